import type { OptionGroup, Variations } from '../../../schema';
import { variationsFrom } from '../../shared/cn-listing';
import { readJsLiteral } from '../js-literal';
import type { JdPage } from '../page';

const MAX_SCRIPT_SCAN = 200_000;

/**
 * Variations from the SKU option groups, counted by the page's own SKU list: 2013–15
 * `var ColorSize = [{SkuId, Color, Size}]`, 2016–20 `pageConfig.product.colorSize`.
 * No count when neither is embedded (the 2025–26 page loads colorSizeVO by XHR, J1).
 */
export function readVariations(page: JdPage, groups: readonly OptionGroup[] | undefined, unparseable: (message: string) => void = () => undefined): Variations | undefined {
  return variationsFrom(groups, groups?.length ? skuCount(page, unparseable) : undefined);
}

function skuCount(page: JdPage, unparseable: (message: string) => void): number | undefined {
  const fromConfig = page.config()?.colorSize;
  if (Array.isArray(fromConfig) && fromConfig.length) return distinctSkus(fromConfig);
  for (const text of page.scripts()) {
    // e.g. <script> var ColorSize = [{"SkuId":917460,"Size":"电信3G（16G ROM）","Color":"黑"}, …];</script>
    const at = text.slice(0, MAX_SCRIPT_SCAN).search(/\bColorSize\s*=\s*\[/);
    if (at < 0) continue;
    const list = readJsLiteral(text, text.indexOf('[', at));
    if (Array.isArray(list) && list.length) return distinctSkus(list);
    unparseable('The page\'s SKU list (var ColorSize) could not be read');
    return undefined;
  }
  return undefined;
}

function distinctSkus(list: unknown[]): number | undefined {
  const ids = new Set<string>();
  for (const item of list.slice(0, 5_000)) {
    const sku = item && typeof item === 'object' ? (item as Record<string, unknown>).SkuId ?? (item as Record<string, unknown>).skuId : undefined;
    if (typeof sku === 'number' || (typeof sku === 'string' && /^\d+$/.test(sku))) ids.add(String(sku));
  }
  return ids.size || undefined;
}
