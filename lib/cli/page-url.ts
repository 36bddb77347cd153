import { rebuildAmazonUrl } from './rebuild-amazon-url';
import { rebuildJdUrl } from './rebuild-jd-url';
import { rebuildTaobaoUrl } from './rebuild-taobao-url';

/** Where the audit found a saved page's address, strongest first. */
export const URL_SOURCES = ['option', 'saved-from', 'canonical', 'og:url', 'rebuilt'] as const;
export type UrlSource = (typeof URL_SOURCES)[number];

export interface FoundUrl {
  url: string;
  source: UrlSource;
}

/**
 * Marketplace-specific rebuilders, tried in order when the page names no address of its
 * own. Each returns undefined for pages that are not its marketplace's.
 */
const REBUILDERS: readonly ((doc: Document) => string | undefined)[] = [rebuildAmazonUrl, rebuildJdUrl, rebuildTaobaoUrl];

/**
 * The address a saved page came from: the operator's `--url`, else the browser's
 * `<!-- saved from url=(0071)… -->` mark, the canonical link, og:url, and last a URL
 * rebuilt from the page's own data. Undefined when none of them gives an http(s) URL.
 */
export function discoverPageUrl(doc: Document, html: string, option?: string): FoundUrl | undefined {
  const candidates: [UrlSource, () => string | undefined][] = [
    ['option', () => option],
    ['saved-from', () => savedFromUrl(html)],
    ['canonical', () => canonicalHref(doc)],
    ['og:url', () => doc.querySelector('meta[property="og:url"], meta[name="og:url"]')?.getAttribute('content') ?? undefined],
    ['rebuilt', () => REBUILDERS.map((rebuild) => rebuild(doc)).find(Boolean)],
  ];
  for (const [source, get] of candidates) {
    const url = absoluteHttpUrl(get());
    if (url) return { url, source };
  }
  return undefined;
}

/**
 * The Chromium / IE "mark of the web" a browser writes at the top of a saved page:
 * `<!-- saved from url=(0071)https://www.amazon.com/dp/… -->` (the number is the URL's length).
 */
export function savedFromUrl(html: string): string | undefined {
  const m = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 16 * 1024));
  return m ? unwrapArchiveUrl(m[1]!) : undefined;
}

/** A page saved from the Wayback Machine names its archive address; the original is inside it. */
export function unwrapArchiveUrl(url: string): string {
  // e.g. https://web.archive.org/web/20210630171617/https://www.amazon.de/s?k=monitor
  //      https://web.archive.org/web/20210630171617id_/https://www.amazon.de/s?k=monitor
  const m = /^https?:\/\/web\.archive\.org\/web\/\d{1,14}[a-z_]*\/(https?:\/\/.+)$/i.exec(url);
  return m ? m[1]! : url;
}

function canonicalHref(doc: Document): string | undefined {
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) return link.getAttribute('href') ?? undefined;
  }
  return undefined;
}

/**
 * Accepts absolute http(s) URLs and protocol-relative ones (`//item.taobao.com/…`, which
 * pages served over https mean as https). A relative or other-scheme value is no address.
 */
export function absoluteHttpUrl(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const withScheme = text.startsWith('//') ? `https:${text}` : text;
  if (!/^https?:\/\//i.test(withScheme)) return undefined;
  try {
    return new URL(withScheme).href;
  } catch {
    return undefined;
  }
}
