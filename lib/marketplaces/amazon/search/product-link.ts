import { absoluteUrl } from '../../shared/dom';
import { asinFromProductPath } from '../asin';
import { SPONSORED } from '../selectors/search';

/**
 * Product-page paths that carry the ASIN.
 * e.g. /Ring-Video-Doorbell/dp/B08N5NQ869/ref=zg_bs_hi_1 · /gp/product/B00004YS4O
 * Other links (an MP3 track tile's /music/player/albums/B08D9164JT?trackAsin=B08D92SGLJ)
 * name another product in the path and are kept whole.
 */
const ASIN_IN_PATH = /\/(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/ASIN)\/([0-9A-Z]{10})(?=[/?#]|$)/;

/**
 * The product a tile links to, as a clean absolute URL. Sponsored links go through
 * Amazon's ad-click redirect: we unwrap it, so opening the link from the panel never
 * counts as an ad click. `/ref=…`, the query and the hash are tracking, so a `/dp/ASIN`
 * link keeps only its slug and ASIN.
 */
export function productUrl(href: string | null | undefined, base: URL): string | undefined {
  const resolved = absoluteUrl(href, base);
  if (!resolved) return undefined;
  let url = new URL(resolved);
  // e.g. /sspa/click?ie=UTF8&spc=…&url=%2FCoowisty-Portable%2Fdp%2FB0FQVG4RWW%2Fref%3Dsr_1_1_sspa
  //      /gp/slredirect/picassoRedirect.html/ref=pa_sp_atf?ie=UTF8&url=https%3A%2F%2Fwww.amazon.de%2F…%2Fdp%2FB077ZB6LWK
  if (SPONSORED.adHref.test(url.pathname)) {
    const target = absoluteUrl(url.searchParams.get('url'), base);
    if (!target) return undefined;
    url = new URL(target);
  }
  const m = ASIN_IN_PATH.exec(url.pathname);
  if (!m || m[1] === undefined) {
    url.hash = '';
    return url.href;
  }
  const end = m.index + m[0].length;
  return `${url.origin}${url.pathname.slice(0, end)}`;
}

/** The ASIN in a product URL (after unwrapping), or undefined. */
export function asinFromUrl(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return asinFromProductPath(new URL(href).pathname);
  } catch {
    return undefined;
  }
}
