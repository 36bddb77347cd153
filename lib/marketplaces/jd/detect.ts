import type { BlockReason, PageKind } from '../../schema';
import { isHidden, textOf } from '../shared/dom';
import type { ClassIndex } from './class-index';
import { skuFromItemUrl } from './sku';
import { BLOCK, CONTENT_MARKERS } from './selectors/detect';

/**
 * Page kind from the URL first, then from the document where the URL says nothing: a wall
 * (risk check, login, slider) can be served at any address, and a saved page or a
 * fragment may be read at an address that does not name its kind.
 */
export function detectJdPage(url: URL, doc: Document): PageKind {
  const kind = kindFromUrl(url);
  if (jdBlockReason(url, doc, kind !== undefined)) return 'blocked';
  // Shop home pages (mall.jd.com/index-1000004259.html) are curated layouts, not a result list;
  // item.m.jd.com is the mobile page, whose markup these readers do not know.
  return kind ?? detectFromDocument(doc);
}

function kindFromUrl(url: URL): PageKind | undefined {
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  // e.g. https://item.jd.com/100012043978.html · https://npcitem.jd.hk/1234567890.html
  if (skuFromItemUrl(url)) return 'product';
  // e.g. https://search.jd.com/Search?keyword=%E8%80%B3%E6%9C%BA&enc=utf-8 ·
  //      http://search.jd.com/search?keyword=… (Wayback, lower case) · https://search.jd.com/s_new.php?keyword=…&page=2
  if (host === 'search.jd.com' && /^\/(search|s_new\.php)$/i.test(path)) return 'search';
  // e.g. https://list.jd.com/list.html?cat=670,671,672 · http://list.jd.com/670-671-672.html
  if (host === 'list.jd.com' && (/^\/list\.html$/i.test(path) || /^\/\d+(-\d+)+\.html$/.test(path))) return 'search';
  // e.g. https://mall.jd.com/view_search-396211-17821117-99-1-20-1.html · https://apple.jd.com/view_search-1000-0-99-1-24-1.html
  if (/^\/view_search-[\d-]+\.html$/i.test(path)) return 'search';
  // e.g. https://club.jd.com/comment/productPageComments.action?productId=100047982391&score=0&page=0
  if (host === 'club.jd.com' && /\/comment\/(sku)?productPageComments\.action$/i.test(path)) return 'reviews';
  return undefined;
}

function detectFromDocument(doc: Document): PageKind {
  if (doc.querySelector(CONTENT_MARKERS.product)) return 'product';
  if (doc.querySelector(CONTENT_MARKERS.search)) return 'search';
  return 'unsupported';
}

/**
 * Why the page is a wall rather than content, or undefined for a normal page. Cheap checks
 * first (address, title, one slider query): whole-document queries cost milliseconds each
 * on a large page, so the text and asset checks run only on pages whose address names no
 * content (`contentUrl` false) — a risk or login page is served at its own address.
 */
export function jdBlockReason(url: URL, doc: Document, contentUrl = false): BlockReason | undefined {
  const host = url.hostname.toLowerCase();
  // e.g. https://cfe.m.jd.com/privatedomain/risk_handler/03101900/?returnurl=https%3A%2F%2Fitem.jd.com%2F100012043978.html&evtype=2
  if (/\/risk_handler\//i.test(url.pathname)) return 'risk-check';
  // e.g. https://passport.jd.com/new/login.aspx?ReturnUrl=https%3A%2F%2Fsearch.jd.com%2F…&czLogin=1 · https://passport.jd.com/uc/login
  if (/^(passport|plogin\.m)\.jd\.com$/.test(host) && /login/i.test(url.pathname)) return 'login';
  const title = collapseTitle(doc);
  if (BLOCK.riskTitle.test(title)) return 'risk-check';
  if (BLOCK.loginTitle.test(title)) return 'login';
  // Item and list addresses: a slider drawn over the page is found by the reader's class index.
  if (contentUrl) return undefined;
  if (sliderShown(doc)) return 'captcha';
  if (doc.querySelector(BLOCK.riskAssets)) return 'risk-check';
  if (doc.querySelector(BLOCK.loginForm)) return 'login';
  // A page with content is not a wall, whatever its header says ("你好，请登录" sits in every header).
  if (doc.querySelector(`${CONTENT_MARKERS.product}, ${CONTENT_MARKERS.search}`)) return undefined;
  const text = textOf(doc.body).slice(0, 4000);
  if (BLOCK.riskText.test(text)) return 'risk-check';
  if (BLOCK.sliderText.test(text)) return 'captcha';
  const frame = doc.querySelector(BLOCK.loginFrame);
  if (frame && !isHidden(frame)) return 'login';
  return undefined;
}

/**
 * A slider puzzle drawn over an item or list page (JD's JDJRV widget), looked up in the
 * reader's class index: the reader then reports the page as blocked, not its content.
 */
export function sliderOver(index: ClassIndex): boolean {
  return BLOCK.sliderClasses.some((c) => index.all(c).some((el) => !isHidden(el)));
}

function sliderShown(doc: Document): boolean {
  const slider = doc.querySelector(BLOCK.slider);
  return !!slider && !isHidden(slider);
}

function collapseTitle(doc: Document): string {
  return (doc.title ?? '').replace(/\s+/g, ' ').trim();
}
