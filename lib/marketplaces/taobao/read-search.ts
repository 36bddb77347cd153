import type { SearchResult } from '../../schema';
import { textOf } from '../shared/dom';
import type { FieldReader } from '../shared/field-reader';
import { parseCount } from '../shared/numbers';
import { at, str } from './data/values';
import type { TaobaoPageContext } from './page-context';
import { findCards, readCard } from './search/cards';
import { pageConfigResults } from './search/page-config';
import { readShopItem, readTmallListItem } from './search/shop-items';
import { CARD_NAMES, NO_RESULTS_TEXT, SHOP_SEARCH, TMALL_LIST } from './selectors/search';

const MAX_RESULTS = 500;
const LAYOUTS = ['g-page-config', 'result-cards', 'shop-search-grid', 'tmall-list-grid'];

interface Layout {
  name: string;
  reads: Array<SearchResult | undefined>;
  total?: number;
}

/**
 * Reads s.taobao.com, list.tmall.com and in-shop search pages: one result per item of the main
 * list, ads included and marked. Page-state JSON first (classic search), then today's cards,
 * then the in-shop and Tmall list grids. A page that says it found nothing gives `results: []`;
 * a page with no list yet (skeleton placeholders, a changed layout) gives an issue instead.
 */
export function readSearchResults(doc: Document, ctx: TaobaoPageContext, r: FieldReader): { results?: SearchResult[]; totalResults?: number } {
  const layout = findLayout(doc, ctx);
  if (!layout) {
    if (isNoResultsPage(doc, ctx)) {
      r.provenance.results = 'no-results-message';
      return { results: [], totalResults: 0 };
    }
    r.issue('results', 'missing-required', 'No result list found: the page may still be loading or its layout changed', LAYOUTS);
    return {};
  }
  r.provenance.results = layout.name;
  const results: SearchResult[] = [];
  let unreadable = 0;
  for (const read of layout.reads.slice(0, MAX_RESULTS)) {
    if (!read) unreadable++;
    else results.push({ ...read, position: results.length + 1 });
  }
  if (results.length === 0) {
    r.issue('results', 'missing-required', `${layout.reads.length} result cards found but none could be read`, [layout.name]);
    return { totalResults: layout.total };
  }
  if (unreadable) r.issue('results', 'unparseable', `${unreadable} of ${layout.reads.length} cards had no readable id or title`);
  const noPrice = results.filter((x) => !x.price).length;
  if (noPrice) {
    const severity = noPrice === results.length && results.length >= 3 ? 'missing-required' : 'missing-optional';
    r.issue('results.price', severity, `No price on ${noPrice} of ${results.length} results`);
  }
  if (layout.total === undefined) r.issue('totalResults', 'missing-optional', 'totalResults not found on the page');
  return { results, totalResults: layout.total };
}

type LayoutFinder = (doc: Document, ctx: TaobaoPageContext) => Layout | undefined;

const FINDERS: Record<string, LayoutFinder> = {
  'g-page-config': (_doc, ctx) => {
    const config = pageConfigResults(ctx.pageConfig(), ctx.url);
    return config?.results.length ? { name: 'g-page-config', reads: config.results, total: config.total } : undefined;
  },
  'result-cards': (doc, ctx) => {
    const cards = findCards(doc, ctx);
    return cards.length ? { name: 'result-cards', reads: cards.map((c, i) => readCard(c, i + 1, ctx.url)) } : undefined;
  },
  'shop-search-grid': (doc, ctx) => {
    const items = Array.from(doc.querySelectorAll(SHOP_SEARCH.items));
    if (!items.length) return undefined;
    const total = parseCount(textOf(doc.querySelector(SHOP_SEARCH.total)));
    return { name: 'shop-search-grid', reads: items.map((el, i) => readShopItem(el, i + 1, ctx.url)), total };
  },
  'tmall-list-grid': (doc, ctx) => {
    const cells = Array.from(doc.querySelectorAll(TMALL_LIST.items));
    if (!cells.length) return undefined;
    const total = parseCount(textOf(doc.querySelector(TMALL_LIST.total)));
    return { name: 'tmall-list-grid', reads: cells.map((el, i) => readTmallListItem(el, i + 1, ctx.url)), total };
  },
};

/**
 * Each layout costs a walk over the page, so the one the address points to is tried first:
 * list.tmall.com has its grid, a shop host its in-shop grid, s.taobao.com the JSON then cards.
 */
function findLayout(doc: Document, ctx: TaobaoPageContext): Layout | undefined {
  const host = ctx.url.hostname;
  // e.g. https://list.tmall.com/search_product.htm?q=…
  const first = /^list\.tmall\./.test(host)
    ? 'tmall-list-grid'
    : // e.g. https://s.taobao.com/search?q=…
      /^s\.taobao\./.test(host)
      ? 'g-page-config'
      : // e.g. https://qjy2.taobao.com/search.htm?search=y (a shop's own host)
        'shop-search-grid';
  for (const name of [first, ...LAYOUTS.filter((n) => n !== first)]) {
    const layout = FINDERS[name]!(doc, ctx);
    if (layout) return layout;
  }
  return undefined;
}

function isNoResultsPage(doc: Document, ctx: TaobaoPageContext): boolean {
  if (ctx.classes().first(CARD_NAMES.noResult)) return true;
  if (str(at(ctx.pageConfig(), 'mods', 'noresult', 'status')) === 'show') return true;
  const text = textOf(doc.body).slice(0, 20_000);
  return NO_RESULTS_TEXT.test(text);
}
