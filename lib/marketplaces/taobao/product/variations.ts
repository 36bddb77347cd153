import type { OptionGroup, Variations } from '../../../schema';
import { variationsFrom } from '../../shared/cn-listing';
import { closingBrace, parseObject } from '../data/script-json';
import { arr, at, obj } from '../data/values';
import { allIn } from '../dom/scoped';
import type { TaobaoPageContext } from '../page-context';
import { TAOBAO_CLASSIC, TMALL_CLASSIC } from '../selectors/product';

/**
 * Variations from the SKU option groups, counted by the page's SKU list: today's
 * `skuBase.skus`, Tmall's `TShop.Setup` `valItemInfo.skuList`, classic Taobao's `skuMap`.
 * Classic skuMaps keep SKUs of values the seller has since removed, so only SKUs whose every
 * value is on the page count.
 */
export function readVariations(
  doc: Document, ctx: TaobaoPageContext, groups: readonly OptionGroup[] | undefined, unparseable: (message: string) => void = () => undefined,
): Variations | undefined {
  return variationsFrom(groups, groups?.length ? skuCount(doc, ctx, unparseable) : undefined);
}

function skuCount(doc: Document, ctx: TaobaoPageContext, unparseable: (message: string) => void): number | undefined {
  const ice = arr(at(ctx.ice(), 'skuBase', 'skus')).length;
  if (ice) return ice;
  const tmall = arr(at(ctx.tshop(), 'valItemInfo', 'skuList')).length;
  if (tmall) return tmall;
  return classicSkuMapCount(doc, ctx, unparseable);
}

// e.g. skuMap : {";20509:28314;1627207:28320;":{"price":"28.00","skuId":"3217369961424","stock":"2"}, …}
function classicSkuMapCount(doc: Document, ctx: TaobaoPageContext, unparseable: (message: string) => void): number | undefined {
  const shown = new Set(
    [...allIn(doc, TAOBAO_CLASSIC.skuLists), ...allIn(doc, TMALL_CLASSIC.skuLists)]
      .flatMap((ul) => Array.from(ul.querySelectorAll('li[data-value]')))
      .map((li) => li.getAttribute('data-value')!.trim()),
  );
  if (shown.size === 0) return undefined;
  for (const text of ctx.scripts()) {
    const m = /\bskuMap\s*:\s*\{/.exec(text);
    if (!m) continue;
    const open = m.index + m[0].length - 1;
    const map = obj(parseObject(text.slice(open, closingBrace(text, open) + 1)));
    if (!map) {
      unparseable('The page\'s SKU list (skuMap) could not be read');
      return undefined;
    }
    const n = Object.keys(map).filter((key) => key.split(';').filter(Boolean).every((pv) => shown.has(pv))).length;
    return n || undefined;
  }
  return undefined;
}
