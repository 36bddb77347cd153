import type { PageKind } from '../../schema';
import { isItemPath } from './item-url';
import { blockReason } from './walls';

/**
 * Page kind from the URL first, then from the document where the URL says nothing (a wall can
 * be served at any address; an item can open under an odd path). Never throws.
 */
export function detectTaobaoPage(url: URL, doc: Document): PageKind {
  if (blockReason(url, doc)) return 'blocked';
  if (isItemPath(url)) return 'product';
  if (isSearchPath(url)) return 'search';
  return detectFromDocument(doc);
}

function isSearchPath(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  // e.g. https://s.taobao.com/search?q=ipad&page=2&tab=all · https://s.taobao.com/list?cat=…
  if (/^s\.taobao\.com$/.test(host)) return /^\/(search|list)/.test(path);
  // e.g. https://list.tmall.com/search_product.htm?q=… · https://list.tmall.hk/search_product.htm?q=…
  if (/^list\.tmall\.(com|hk)$/.test(host)) return /^\/search/.test(path);
  // In-shop search and category listings on a shop's own host:
  // e.g. https://shop119667895.taobao.com/search.htm?search=y · https://qjy2.taobao.com/search.htm?orderType=hotsell_desc
  //      https://xxx.tmall.com/search.htm?q=… · https://xxx.tmall.com/category-1234567.htm
  //      https://qjy2.taobao.com/i/asynSearch.htm?mid=w-16561706669-0&wid=16561706669&path=/search.htm&search=y
  if (/\.(taobao|tmall)\.(com|hk)$/.test(host) && !/^(www|item|detail|login|sec|rate|s|list|buy|cart|trade)\./.test(host)) {
    return /^\/(search\.htm|category(-\d+)?\.htm|i\/asynsearch\.htm)/.test(path);
  }
  return false;
}

/** The page's own markers, cheapest first: stable ids, then embedded data, then hashed names. */
function detectFromDocument(doc: Document): PageKind {
  if (doc.getElementById('J_Title') || doc.getElementById('J_DetailMeta') || doc.querySelector('.tb-detail-hd h1')) {
    return 'product';
  }
  if (doc.querySelector('.shop-hesper-bd dl.item, #J_ItemList .product, a[id^="item_id_"]')) return 'search';
  const scripts = Array.from(doc.getElementsByTagName('script'), (s) => (s.hasAttribute('src') ? '' : s.textContent ?? ''));
  if (scripts.some((s) => s.includes('g_page_config') && s.includes('"auctions"'))) return 'search';
  if (scripts.some((s) => s.includes('__ICE_APP_CONTEXT__') && /"itemId"|"skuBase"/.test(s))) return 'product';
  if (doc.querySelector('[class*="--mainTitle--"], [class*="mainTitle--"]')) return 'product';
  return 'unsupported';
}
