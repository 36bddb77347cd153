import { inlineScriptMatch, linkMatches, mostFrequent, titleText } from './rebuild-helpers';

/**
 * Rebuilds the address of a saved Taobao or Tmall page that names neither a canonical link
 * nor og:url, from the page's own data: an item's id (g_config, the hidden item_id field,
 * the 2022+ ICE app data), a search's query (g_page_config, the search box), an in-shop
 * search's shop domain. Returns undefined for a page that is not Taobao's or Tmall's.
 */
export function rebuildTaobaoUrl(doc: Document): string | undefined {
  const site = siteOf(doc);
  if (!site) return undefined;
  return itemUrl(doc, site) ?? searchUrl(doc, site) ?? shopSearchUrl(doc);
}

type Site = 'taobao' | 'tmall';

/**
 * Which of the two the page belongs to, by the name its title ends in (`…-淘宝网`,
 * `回力男鞋_淘宝搜索`, `…-tmall.com天猫`, `…-天猫Tmall.com`, `…-天猫国际`).
 */
function siteOf(doc: Document): Site | undefined {
  const title = titleText(doc);
  if (/(tmall\.com)?天猫(tmall\.com|国际)?$/i.test(title)) return 'tmall';
  if (/[-_](淘宝网|淘宝搜索)$/.test(title)) return 'taobao';
  return undefined;
}

/** e.g. https://item.taobao.com/item.htm?id=538429031287 · https://detail.tmall.com/item.htm?id=605258110430 */
function itemUrl(doc: Document, site: Site): string | undefined {
  const id = itemId(doc);
  if (!id) return undefined;
  return site === 'tmall' ? `https://detail.tmall.com/item.htm?id=${id}` : `https://item.taobao.com/item.htm?id=${id}`;
}

/**
 * The displayed item's id: `g_config = { itemId: '…' }` (Taobao and Tmall item pages up to
 * 2021), the cart form's hidden `item_id`, or the ICE app data of the 2022+ React pages
 * (`__ICE_APP_CONTEXT__ … "item":{"itemId":"…"`). Ids are 9–13 digits.
 */
function itemId(doc: Document): string | undefined {
  const fromConfig = inlineScriptMatch(doc, /g_config\s*=\s*\{[\s\S]{0,1500}?\bitemId\s*:\s*['"](\d{6,14})['"]/);
  if (fromConfig) return fromConfig;
  const hidden = doc.querySelector('input[name="item_id"]')?.getAttribute('value')?.trim() ?? '';
  if (/^\d{6,14}$/.test(hidden)) return hidden;
  return inlineScriptMatch(doc, /__ICE_APP_CONTEXT__[\s\S]*?"item"\s*:\s*\{[^{}]*?"itemId"\s*:\s*"?(\d{6,14})/);
}

/**
 * e.g. https://s.taobao.com/search?q=ipad — the query from the page's search config
 * (`g_page_config … "q":"回力男鞋"`), else the filled-in search box, else the title
 * `ipad_淘宝搜索`. Tmall's search lives at list.tmall.com.
 */
function searchUrl(doc: Document, site: Site): string | undefined {
  const title = titleText(doc);
  const fromTitle = /^(.+)_淘宝搜索$/.exec(title)?.[1];
  const fromConfig = inlineScriptMatch(doc, /g_page_config\s*=[\s\S]*?"q"\s*:\s*"((?:[^"\\]|\\.)+)"/);
  if (!fromTitle && !fromConfig) return undefined;
  const box = doc.querySelector('input[name="q"][value]')?.getAttribute('value')?.trim();
  const q = (fromConfig ? unescapeJson(fromConfig) : undefined) || box || fromTitle;
  if (!q) return undefined;
  return site === 'tmall'
    ? `https://list.tmall.com/search_product.htm?${new URLSearchParams({ q }).toString()}`
    : `https://s.taobao.com/search?${new URLSearchParams({ q }).toString()}`;
}

/**
 * e.g. https://qjy2.taobao.com/search.htm?search=y — a shop's own search page (店内搜索页):
 * the shop's domain, which its category and sort links all point to.
 */
function shopSearchUrl(doc: Document): string | undefined {
  const host = mostFrequent(
    linkMatches(doc, 'a[href*="/search.htm"]', /^(?:https?:)?\/\/([a-z0-9-]+\.(?:taobao|tmall)\.com)\/search\.htm/i).map((h) => h.toLowerCase()),
  );
  if (!host || !doc.querySelector('meta[name="microscope-data"]')) return undefined;
  return `https://${host}/search.htm?search=y`;
}

function unescapeJson(text: string): string | undefined {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return undefined;
  }
}
