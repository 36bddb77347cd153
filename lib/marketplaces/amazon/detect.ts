import type { BlockReason, PageKind } from '../../schema';
import { textOf } from '../shared/dom';
import { asinFromProductPath } from './asin';

/**
 * Page kind from the URL first, then from the document where the URL says nothing
 * (a captcha can be served at any URL; a product can sit under an odd path).
 */
export function detectAmazonPage(url: URL, doc: Document): PageKind {
  if (blockReason(url, doc)) return 'blocked';
  const path = url.pathname;
  // e.g. https://www.amazon.com/gp/offer-listing/B07L6P7J2M — sellers' offers for one product
  if (/\/gp\/offer-listing\//i.test(path)) return 'unsupported';
  // e.g. https://www.amazon.com/Dawn-Ultra/product-reviews/B0BBPNPZTC?pageNumber=2
  //      https://www.amazon.com/portal/customer-reviews/B0BBPNPZTC
  //      https://www.amazon.com/gp/customer-reviews/R1ABCDEF  ·  http://www.amazon.com/review/RWUN3MGC1ZIPB
  if (/\/(product-reviews|portal\/customer-reviews)\/|\/gp\/customer-reviews\/|\/review\/R[0-9A-Z]{6,}/i.test(path)) {
    return 'reviews';
  }
  // e.g. https://www.amazon.de/Cars-Live/dp/B00004YS4O  ·  /gp/product/B00004YS4O  ·  /gp/aw/d/B00004YS4O
  if (asinFromProductPath(path)) return 'product';
  // e.g. https://www.amazon.com/s?k=portable+charger  ·  https://www.amazon.de/plastikfrei-flasche/s?ie=UTF8
  //      https://www.amazon.com/gp/bestsellers/appliances  ·  /Best-Sellers-Tools/zgbs/hi  ·  /b?node=123
  if (/(^|\/)s\/?$|\/gp\/search|\/(gp\/)?(bestsellers|new-releases|movers-and-shakers|most-wished-for|most-gifted)(\/|$)|\/zgbs\/|\/b\//i.test(path)) {
    return 'search';
  }
  if (path === '/b' && url.searchParams.has('node')) return 'search';
  // Brand stores (/stores/…) are curated pages with their own widgets, not a result list.
  return detectFromDocument(doc);
}

function detectFromDocument(doc: Document): PageKind {
  if (doc.querySelector('#productTitle, #dp-container, #ppd')) return 'product';
  if (doc.querySelector('[data-component-type="s-search-result"], #s-results-list-atf, .s-result-list')) return 'search';
  if (doc.querySelector('#cm_cr-review_list, [data-hook="review"]')) return 'reviews';
  return 'unsupported';
}

/** Why the page is a wall rather than content, or undefined for a normal page. */
export function blockReason(url: URL, doc: Document): BlockReason | undefined {
  // e.g. https://www.amazon.com/errors/validateCaptcha?amzn=…
  if (/\/errors\/validateCaptcha/i.test(url.pathname)) return 'captcha';
  if (doc.querySelector('form[action*="validateCaptcha"], #captchacharacters')) return 'captcha';
  const title = textOf(doc.querySelector('title'));
  if (/^(Robot Check|Amazon\.[a-z.]+ CAPTCHA|Bot Check)$/i.test(title)) return 'captcha';
  // e.g. https://www.amazon.com/ap/signin?openid.return_to=…/product-reviews/B0… (reviews behind login)
  if (/^\/ap\/(signin|mfa|cvf)/i.test(url.pathname)) return 'login';
  if (doc.querySelector('form[name="signIn"]') && !doc.querySelector('#productTitle, [data-hook="review"]')) {
    return 'login';
  }
  return undefined;
}
