/**
 * JD SKU ids and where URLs carry them. A SKU is 5–14 digits: 2013 pages have 6–7
 * (917461), self-operated 2019+ items 12 (100012043978), POP sellers up to 14.
 */
export const SKU = /^\d{5,14}$/;

export function isSku(value: string | null | undefined): value is string {
  return !!value && SKU.test(value.trim());
}

// e.g. https://item.jd.com/100012043978.html · https://item.jd.hk/100045678901.html
//      https://npcitem.jd.hk/1234567890.html · https://item-yiyao.jd.com/100009876543.html
const ITEM_PATH = /^\/(\d{5,14})\.html$/;
const ITEM_HOST = /^(item|npcitem|item-yiyao)\.jd\.(com|hk)$/i;

/** The SKU of an item-page URL, or undefined for any other JD page. */
export function skuFromItemUrl(url: URL): string | undefined {
  if (!ITEM_HOST.test(url.hostname)) return undefined;
  return ITEM_PATH.exec(url.pathname)?.[1];
}

/** The SKU in a product link (`//item.jd.com/11609949.html#comment`), any item host. */
export function skuFromHref(href: string | null | undefined): string | undefined {
  const m = /\/\/(?:item|npcitem|item-yiyao)\.jd\.(?:com|hk)\/(\d{5,14})\.html/i.exec(href ?? '');
  return m?.[1];
}

/** The canonical item URL of a SKU (the shape JD itself links to from every list). */
export function itemUrl(sku: string, host = 'item.jd.com'): string {
  return `https://${host}/${sku}.html`;
}
