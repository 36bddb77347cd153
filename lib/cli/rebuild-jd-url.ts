import { inlineScriptMatch, linkMatches, mostFrequent, schemeFor, titleText } from './rebuild-helpers';

/**
 * Rebuilds the address of a saved JD page that names neither a canonical link nor og:url
 * (search and list pages never do; item pages saved by tools may not), from the page's
 * own data: the sku of an item page, the keyword of a search, the category of a list.
 * Returns undefined for a page that is not JD's, or a JD page it cannot place (the bare
 * goods-list fragment search.jd.com loads into a result page has no address of its own).
 */
export function rebuildJdUrl(doc: Document): string | undefined {
  if (!isJdPage(doc)) return undefined;
  return itemUrl(doc) ?? searchUrl(doc) ?? listUrl(doc);
}

/**
 * JD's own page: its title ends in JD's name (`…-京东`, `…-京东商城`, `情商 - 商品搜索 - 京东`,
 * JD Worldwide `…-京东国际`), or it carries JD's page data (`window.pageConfig` with a sku).
 */
function isJdPage(doc: Document): boolean {
  return /京东(商城|国际|全球购)?$/.test(titleText(doc)) || skuFromPageData(doc) !== undefined;
}

/** e.g. https://item.jd.com/917461.html — the item's sku from its page data. */
function itemUrl(doc: Document): string | undefined {
  const sku = skuFromPageData(doc);
  if (!sku) return undefined;
  // JD Worldwide items live on item.jd.hk / npcitem.jd.hk; the page links its own item host.
  const pattern = new RegExp(`^(?:https?:)?//((?:npc)?item\\.jd\\.(?:com|hk))/${sku}\\.html`, 'i');
  const host = mostFrequent(linkMatches(doc, `a[href*="/${sku}.html"]`, pattern).map((h) => h.toLowerCase())) ?? 'item.jd.com';
  return `${schemeFor(doc, host)}://${host}/${sku}.html`;
}

/**
 * The item's sku: `window.pageConfig = { product: { skuid: 917461 … } }` (every item page
 * layout since 2012), else the hidden sku field or the spec list's 商品编号 line.
 */
function skuFromPageData(doc: Document): string | undefined {
  const fromConfig = inlineScriptMatch(doc, /pageConfig[\s\S]{0,2000}?\bskuid['"]?\s*:\s*['"]?(\d{5,14})\b/i);
  if (fromConfig) return fromConfig;
  const hidden = doc.querySelector('input#skuId, input[name="skuId"], input#sku')?.getAttribute('value')?.trim() ?? '';
  if (/^\d{5,14}$/.test(hidden)) return hidden;
  for (const li of doc.querySelectorAll('.parameter2 li, .p-parameter li, .Ptable-item dd, #detail li')) {
    const m = /^商品编号[：:]\s*(\d{5,14})$/.exec((li.textContent ?? '').trim());
    if (m) return m[1];
  }
  return undefined;
}

/**
 * e.g. https://search.jd.com/Search?keyword=123&enc=utf-8 — the keyword as the page shows
 * it (the crumb's "123", else the title `123 - 商品搜索 - 京东`), re-encoded as UTF-8: the
 * 2013 GBK pages' own links carry it GBK-encoded (`keyword=%B4%B4%D0%C2`).
 */
function searchUrl(doc: Document): string | undefined {
  const shown = doc.querySelector('strong.search-key, .crumb strong, .crumbs-nav .search-key')?.textContent ?? '';
  const fromCrumb = /^\s*["“]?(.+?)["”]?\s*$/.exec(shown)?.[1];
  const fromTitle = /^(.+?) - 商品搜索 - 京东$/.exec(titleText(doc))?.[1];
  const keyword = (fromCrumb ?? fromTitle)?.trim();
  if (!keyword) return undefined;
  return `https://search.jd.com/Search?${new URLSearchParams({ keyword, enc: 'utf-8' }).toString()}`;
}

/**
 * e.g. http://list.jd.com/list.html?cat=670,671,672 — a category list: the last category
 * of its breadcrumb, which links the page itself.
 */
function listUrl(doc: Document): string | undefined {
  const crumbs = doc.querySelectorAll('.breadcrumb a[href*="list.html?cat="], .crumbs-nav a[href*="list.html?cat="], #J_crumbsBar a[href*="list.html?cat="]');
  const last = crumbs[crumbs.length - 1]?.getAttribute('href')?.trim();
  const m = last && /^(?:(https?):)?\/\/(list\.jd\.com)\/list\.html\?cat=([\d,]+)/i.exec(last);
  if (!m) return undefined;
  return `${m[1]?.toLowerCase() ?? schemeFor(doc, 'list.jd.com')}://list.jd.com/list.html?cat=${m[3]}`;
}
