import type { SearchResult } from '../../schema';
import type { FieldReader } from '../shared/field-reader';
import type { AmazonPageContext } from './page-context';
import { findTiles, isZeroResultsPage, layoutNames } from './search/find-tiles';
import { readTile, type TileRead } from './search/read-tile';
import { readResultCount } from './search/result-count';
import { priceStrategyNames } from './search/tile-price';

/** Schema bound on `results`; Amazon shows at most 60 per page, so this only stops abuse. */
const MAX_RESULTS = 500;

/**
 * Reads search, best-seller and storefront result lists: one SearchResult per tile of the
 * main list, in page order, sponsored tiles included (brand banners, video and editorial
 * widgets are not tiles). A page that says "no results" gives `results: []`; a page where
 * no tile layout matches gives no `results` and a `missing-required` issue, because that
 * means the markup changed.
 */
export function readSearchResults(
  doc: Document, url: URL, ctx: AmazonPageContext, r: FieldReader,
): { results?: SearchResult[]; totalResults?: number } {
  const found = findTiles(doc);
  const count = readResultCount(doc, found?.layout === 'search-result-tiles');
  let totalResults: number | undefined;
  if (count) {
    totalResults = count.total;
    r.provenance.totalResults = count.strategy;
  }

  if (!found) {
    if (totalResults === 0 || isZeroResultsPage(doc)) {
      r.provenance.results = 'zero-results';
      return { results: [], totalResults: totalResults ?? 0 };
    }
    r.issue('results', 'missing-required', 'No result tiles found: the list layout may have changed', layoutNames());
    return { totalResults };
  }
  r.provenance.results = found.layout;
  if (totalResults === undefined) {
    r.issue('totalResults', 'missing-optional', 'totalResults not found on the page', ['result-info-bar', 'legacy-result-count']);
  }

  const reads = found.tiles.slice(0, MAX_RESULTS).map((tile) => readTile(tile, found.layout, url, ctx.money));
  const results: SearchResult[] = [];
  let unreadable = 0;
  for (const t of reads) {
    if (!t.id || !t.title) {
      unreadable++;
      continue;
    }
    results.push(toResult(t, results.length + 1));
  }
  if (results.length === 0) {
    // Tiles without ids or titles mean the tile markup changed: an empty list would be a lie.
    r.issue('results', 'missing-required', `${reads.length} result tiles found but none could be read`, [found.layout]);
    return { totalResults };
  }
  reportGaps(r, found.layout, reads, results, unreadable);
  return { results, totalResults };
}

function toResult(t: TileRead, position: number): SearchResult {
  const out: SearchResult = { position, id: t.id!, title: t.title!, sponsored: t.sponsored };
  if (t.url) out.url = t.url;
  if (t.price) out.price = t.price;
  if (t.rating !== undefined) out.rating = t.rating;
  if (t.reviewCount !== undefined) out.reviewCount = t.reviewCount;
  return out;
}

/**
 * One issue per field for the whole list (not one per tile): a tile without a price is
 * normal ("Currently unavailable"), a list where no tile has one means a layout change.
 */
function reportGaps(r: FieldReader, layout: string, reads: TileRead[], results: SearchResult[], unreadable: number): void {
  if (unreadable > 0) {
    r.issue('results', 'unparseable', `${unreadable} of ${reads.length} tiles had no readable id or title and were left out`);
  }
  const missing = (field: 'price' | 'rating' | 'reviewCount') => results.filter((x) => x[field] === undefined).length;
  const priceMisses = missing('price');
  if (priceMisses > 0 && priceMisses === results.length && results.length >= 3) {
    r.issue('results.price', 'missing-required', 'No tile shows a price: the price markup may have changed', priceStrategyNames(layout));
  } else if (priceMisses > 0) {
    r.issue('results.price', 'missing-optional', `No price on ${priceMisses} of ${results.length} tiles`, priceStrategyNames(layout));
  }
  const strategies = [...new Set(reads.map((t) => t.priceStrategy).filter(Boolean))];
  if (strategies.length > 0) r.provenance['results.price'] = strategies.join('+');
  for (const field of ['rating', 'reviewCount'] as const) {
    const n = missing(field);
    if (n > 0) r.issue(`results.${field}`, 'missing-optional', `No ${field} on ${n} of ${results.length} tiles`);
  }
}
