import type { PageRead } from '../../lib/schema';

/** Longest page label the header shows (it is one line in a ~360 px panel; the rest is in its tooltip). */
export const MAX_LABEL = 90;

/**
 * What page the panel is about, in a few words: the product's title, a search page's
 * keywords, else the address without its scheme. Pure, so the header and its tests agree.
 */
export function pageLabel(read: PageRead): { kind: 'title' | 'search' | 'url'; text: string } {
  const title = read.product?.title?.trim();
  if (title && read.pageKind !== 'search') return { kind: 'title', text: clip(title) };
  const keywords = read.pageKind === 'search' ? searchKeywords(read.url) : undefined;
  if (keywords) return { kind: 'search', text: clip(keywords) };
  return { kind: 'url', text: clip(shortUrl(read.url)) };
}

/**
 * The search words of a marketplace search address.
 * e.g. https://www.amazon.co.uk/s?k=cat+food (k), https://s.taobao.com/search?q=… (q),
 * https://search.jd.com/Search?keyword=… (keyword)
 */
export function searchKeywords(url: string): string | undefined {
  try {
    const params = new URL(url).searchParams;
    for (const name of ['k', 'q', 'keyword', 'field-keywords']) {
      const value = params.get(name)?.trim();
      if (value) return value;
    }
  } catch {
    // not a URL: no keywords
  }
  return undefined;
}

/** `www.amazon.co.uk/dp/B0…` — host and path, no scheme, query or fragment. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return url;
  }
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1)}…` : flat;
}
