import type { Marketplace } from '../schema';

/**
 * The query and page number of a search or list page, from its URL, so result sets of one
 * search group together across visits. Keywords are normalised (trimmed, whitespace
 * collapsed, lower case — marketplaces match keywords case-insensitively); pages without
 * keywords (best-seller lists, categories, in-shop lists) are named by what identifies the
 * list (`node:123`, `cat:670,671,672`, `path:/gp/bestsellers/appliances`).
 */
export interface SearchQuery {
  query: string;
  page: number;
}

const MAX_QUERY = 500;

export function searchQueryOf(marketplace: Marketplace, href: string): SearchQuery {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { query: `path:${href.slice(0, MAX_QUERY - 5)}`, page: 1 };
  }
  const p = url.searchParams;
  switch (marketplace) {
    case 'amazon':
      // e.g. https://www.amazon.com/s?k=portable+charger&page=2 · /s?field-keywords=… · /b?node=123 · /gp/bestsellers/appliances
      return {
        query: keywords(p.get('k') ?? p.get('field-keywords')) ?? (p.get('node') ? `node:${p.get('node')}` : pathQuery(url)),
        page: pageNumber(p.get('page')),
      };
    case 'taobao':
    case 'tmall':
      // e.g. https://s.taobao.com/search?q=ipad&page=2 · https://s.taobao.com/search?q=ipad&s=44 (44 per page)
      //      https://list.tmall.com/search_product.htm?q=…&s=60 (60 per page) · https://x.taobao.com/search.htm?q=…&pageNo=2
      return {
        query: keywords(p.get('q') ?? p.get('keyword')) ?? (p.get('cat') ? `cat:${p.get('cat')}` : pathQuery(url)),
        page: p.get('page') ? pageNumber(p.get('page')) : p.get('pageNo') ? pageNumber(p.get('pageNo')) : offsetPage(p.get('s'), url.hostname.startsWith('list.tmall') ? 60 : 44),
      };
    case 'jd': {
      // e.g. https://search.jd.com/Search?keyword=耳机&page=3 (JD counts half pages: 1, 3, 5 … are pages 1, 2, 3)
      //      https://list.jd.com/list.html?cat=670,671,672 · http://list.jd.com/670-671-672.html · https://mall.jd.com/view_search-396211-….html
      const listPath = /^\/(\d+(?:-\d+)+)\.html$/.exec(url.pathname);
      const cat = p.get('cat') ?? listPath?.[1]?.replace(/-/g, ',');
      const raw = p.get('page');
      return {
        query: keywords(p.get('keyword')) ?? (cat ? `cat:${cat}` : pathQuery(url)),
        page: raw && url.hostname === 'search.jd.com' ? Math.ceil(pageNumber(raw) / 2) : pageNumber(raw),
      };
    }
  }
}

function keywords(raw: string | null): string | undefined {
  const text = raw?.replace(/\s+/g, ' ').trim().toLowerCase();
  return text ? text.slice(0, MAX_QUERY) : undefined;
}

function pathQuery(url: URL): string {
  return `path:${url.hostname.replace(/^www\./, '')}${url.pathname}`.slice(0, MAX_QUERY);
}

function pageNumber(raw: string | null): number {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 10_000) : 1;
}

function offsetPage(raw: string | null, perPage: number): number {
  const n = Number.parseInt(raw ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(Math.floor(n / perPage) + 1, 10_000) : 1;
}
