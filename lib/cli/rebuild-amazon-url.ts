import { amazonStore } from '../marketplaces/amazon/hosts';
import { ASIN } from '../marketplaces/amazon/asin';
import { linkMatches, mostFrequent } from './rebuild-helpers';

/**
 * Rebuilds the address of a saved Amazon page that names neither a canonical link nor
 * og:url (captchas, offer listings, newer product and search pages saved by tools), from
 * what the page itself shows: the store (its `ue_mid` marketplace id, else the store host
 * most of its absolute links point to) and the item, query or seller it is about. The
 * result need not be the exact original address; it must lead the reader to the same
 * store and page kind. Returns undefined when the page shows no Amazon store at all.
 */
export function rebuildAmazonUrl(doc: Document): string | undefined {
  const origin = storeOrigin(doc);
  if (!origin) return undefined;
  return new URL(amazonPath(doc) ?? '/', origin).href;
}

/** `ue_mid` (Amazon's marketplace id in the page's inline metrics script) → store host. */
export const MARKETPLACE_IDS: Readonly<Record<string, string>> = {
  ATVPDKIKX0DER: 'amazon.com',
  A2EUQ1WTGCTBG2: 'amazon.ca',
  A1AM78C64UM0Y8: 'amazon.com.mx',
  A2Q3Y263D00KWC: 'amazon.com.br',
  A1F83G8C2ARO7P: 'amazon.co.uk',
  A28R8C7NBKEWEA: 'amazon.ie',
  A1PA6795UKMFR9: 'amazon.de',
  A13V1IB3VIYZZH: 'amazon.fr',
  APJ6JRA9NG5V4: 'amazon.it',
  A1RKKUPIHCS9HS: 'amazon.es',
  A1805IZSGTT6HS: 'amazon.nl',
  AMEN7PMS3EDWL: 'amazon.com.be',
  A2NODRKZP88ZB9: 'amazon.se',
  A1C3SOZRARQ6R3: 'amazon.pl',
  A33AVAJ2PDY3EV: 'amazon.com.tr',
  A2VIGQ35RCS4UG: 'amazon.ae',
  A17E79C6D8DWNP: 'amazon.sa',
  ARBP9OOSHTCHU: 'amazon.eg',
  A21TJRUUN4KGV: 'amazon.in',
  A1VC38T7YXB528: 'amazon.co.jp',
  A39IBJ37TRP1C6: 'amazon.com.au',
  A19VAU5U5O7RUS: 'amazon.sg',
};

/**
 * `https://www.amazon.de`: the store's host from its marketplace id, else the store host
 * most absolute links name. https unless the page links its store only over http (2010s
 * captures), which keeps the rebuilt address the one the page was served at.
 */
function storeOrigin(doc: Document): string | undefined {
  const hosts = new Map<string, { count: number; https: boolean }>();
  for (const el of doc.querySelectorAll('a[href], link[href], form[action], area[href]')) {
    const raw = el.getAttribute('href') ?? el.getAttribute('action') ?? '';
    // Relative links say nothing about the host; only absolute ones count.
    const m = /^(https?):\/\/([^/?#:]+)/i.exec(raw.trim());
    if (!m || !/^(www|smile)\./i.test(m[2]!) || !amazonStore(m[2]!)) continue;
    const host = m[2]!.toLowerCase();
    const seen = hosts.get(host) ?? { count: 0, https: false };
    hosts.set(host, { count: seen.count + 1, https: seen.https || m[1]!.toLowerCase() === 'https' });
  }
  const ranked = [...hosts].sort((a, b) => b[1].count - a[1].count);
  const idHost = marketplaceIdHost(doc);
  // The footer links every sister store; the marketplace id says which one rendered the page.
  const chosen = idHost ? ranked.find(([h]) => amazonStore(h)?.host === idHost) : ranked[0];
  if (chosen) return `${chosen[1].https ? 'https' : 'http'}://${chosen[0]}`;
  return idHost ? `https://www.${idHost}` : undefined;
}

function marketplaceIdHost(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const m = /\bue_mid\s*=\s*['"]([A-Z0-9]{8,20})['"]/.exec(script.textContent ?? '');
    if (m) return MARKETPLACE_IDS[m[1]!];
  }
  return undefined;
}


/** The path (and query) of the page, from the strongest clue it carries. */
function amazonPath(doc: Document): string | undefined {
  // e.g. captcha: <input type=hidden name="amzn-r" value="/dp/0001982389"> = the page that was asked for
  const requested = doc.querySelector('input[name="amzn-r"]')?.getAttribute('value') ?? '';
  if (/^\/(?!\/)/.test(requested)) return requested;

  // e.g. http://www.amazon.com/review/RWUN3MGC1ZIPB — a single review's permalink page
  const permalink = doc.querySelector('a[href*="cm_cr_rdp_perm"]')?.getAttribute('href') ?? '';
  const reviewId = /\/review\/(R[0-9A-Z]{6,})/.exec(permalink)?.[1];
  if (reviewId) return `/review/${reviewId}`;

  // e.g. https://www.amazon.com/gp/offer-listing/B07L6P7J2M — "Buying Choices" for one product
  if (doc.querySelector('#olpOfferList, #olpProduct, #olpProductDetails')) {
    const asin = mostFrequent(linkMatches(doc, 'a[href*="/offer-listing/"]', /\/offer-listing\/([0-9A-Z]{10})/));
    if (asin) return `/gp/offer-listing/${asin}`;
  }

  // e.g. https://www.amazon.com/dp/B0DR8G428S — the displayed item's ASIN (hidden form field)
  const asin = doc.querySelector('input#ASIN, input[name="ASIN"]')?.getAttribute('value')?.trim() ?? '';
  if (ASIN.test(asin) && doc.querySelector('#productTitle, #dp-container, #ppd, #btAsinTitle')) return `/dp/${asin}`;

  if (doc.querySelector('[data-component-type="s-search-result"], .s-result-item[data-asin], li.s-result-item')) {
    return searchPath(doc);
  }

  // e.g. http://www.amazon.com/Natural-Language-Processing-Python-Steven/product-reviews/0596516495
  if (doc.querySelector('#cm_cr-review_list, [data-hook="review"], #productReviews')) {
    const path = mostFrequent(linkMatches(doc, 'a[href*="/product-reviews/"]', /^(?:https?:\/\/[^/]+)?(\/[^?#]*?\/product-reviews\/[0-9A-Z]{10})/));
    if (path) return path;
  }
  return undefined;
}

/** e.g. https://www.amazon.com/s?k=portable+charger  ·  /s?me=A2DP2EEPU3VU45&marketplaceID=ATVPDKIKX0DER */
function searchPath(doc: Document): string {
  const box = doc.querySelector('#twotabsearchtextbox')?.getAttribute('value')?.trim();
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  // "Amazon.com : portable charger" · "Suchergebnis auf Amazon.de für: plastikfrei besteck"
  const fromTitle = /^Amazon\.[a-z.]+ ?: (.+)$/i.exec(title)?.[1] ?? /auf Amazon\.[a-z.]+ für: (.+)$/i.exec(title)?.[1];
  const keyword = box || fromTitle?.trim();
  if (keyword) return `/s?${new URLSearchParams({ k: keyword }).toString()}`;
  // A seller's storefront is a search grid filtered by merchant: its own links carry me=<seller id>.
  const seller = mostFrequent(linkMatches(doc, 'a[href*="me="]', /[?&]me=([A-Z0-9]{8,20})(?:&|$)/));
  if (seller) {
    const params = new URLSearchParams({ me: seller });
    const mid = mostFrequent(linkMatches(doc, 'a[href*="marketplaceID="]', /[?&]marketplaceID=([A-Z0-9]{8,20})/));
    if (mid) params.set('marketplaceID', mid);
    return `/s?${params.toString()}`;
  }
  return '/s';
}
