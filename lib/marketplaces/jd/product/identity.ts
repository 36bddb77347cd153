import { canonicalHref } from '../../shared/structured-data';
import { textOf } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { anchorName } from '../class-index';
import { shown } from '../dom';
import type { JdPage } from '../page';
import { stringField } from '../page-state';
import { TITLE } from '../selectors/product';
import { isSku, skuFromHref, skuFromItemUrl } from '../sku';

/**
 * The SKU: the address first (a variant switch on the 2025–26 page changes the URL and
 * every field, while `pageConfig` keeps the SKU the page was loaded with), then
 * `pageConfig.product.skuid`, then the canonical link.
 */
export function idStrategies(page: JdPage): Strategy<string>[] {
  return [
    { name: 'url-sku', read: () => skuFromItemUrl(page.url) },
    { name: 'page-config-skuid', read: () => onlySku(stringField(page.config(), 'skuid')) },
    { name: 'canonical-link', read: () => skuFromHref(canonicalHref(page.doc)) },
  ];
}

/**
 * The visible title first (same reason: it follows the chosen variant), then the name in
 * `pageConfig.product.name` (\u-escaped in 2013–20 scripts).
 */
export function titleStrategies(page: JdPage): Strategy<string>[] {
  return [
    ...TITLE.map((anchor) => ({
      name: `title ${anchorName(anchor)}`,
      read: () => {
        const el = page.index().query(anchor).find((e) => shown(e) && textOf(e));
        return el ? textOf(el) : undefined;
      },
    })),
    { name: 'page-config-name', read: () => stringField(page.config(), 'name') },
  ];
}

function onlySku(v: string | undefined): string | undefined {
  return isSku(v) ? v.trim() : undefined;
}
