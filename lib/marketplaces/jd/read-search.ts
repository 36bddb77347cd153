import type { SearchResult } from '../../schema';
import type { FieldReader } from '../shared/field-reader';
import type { JdPage } from './page';
import { findCards, layoutNames } from './search/find-cards';
import { readLegacyTile } from './search/legacy-card';
import { readModernCard } from './search/modern-card';
import { isZeroResultsPage, readResultCount } from './search/result-count';
import { readShopTile } from './search/shop-card';
import type { TileRead } from './search/tile';

const MAX_RESULTS = 500;

/**
 * Reads search.jd.com, the s_new.php fragment, list.jd.com and shop search: one result per
 * product card in page order (activity banners are not products). A page that says "no
 * results" gives `results: []`; cards that match no layout give no `results` and a
 * missing-required issue, because that means the markup changed.
 */
export function readSearchResults(page: JdPage, r: FieldReader): { results?: SearchResult[]; totalResults?: number } {
  const found = findCards(page.index());
  const count = readResultCount(page);
  const totalResults = count?.total;
  if (count) r.provenance.totalResults = count.strategy;
  if (!found) {
    if (totalResults === 0 || isZeroResultsPage(page)) {
      r.provenance.results = 'zero-results';
      return { results: [], totalResults: totalResults ?? 0 };
    }
    r.issue('results', 'missing-required', 'No result cards found: the list layout may have changed', layoutNames());
    return { totalResults };
  }
  r.provenance.results = found.layout;
  if (totalResults === undefined) r.issue('totalResults', 'missing-optional', 'totalResults not found on the page', ['#J_resCount', 'result-total-text']);
  const read = found.layout === 'goods-card-wrapper' ? readModernCard
    : found.layout.startsWith('shop-search') ? readShopTile : readLegacyTile;
  const tiles = found.cards.slice(0, MAX_RESULTS).map((card) => read(card, page.url)).filter((t) => !t.notProduct);
  const results: SearchResult[] = [];
  for (const t of tiles) if (t.id && t.title) results.push(toResult(t, results.length + 1));
  if (results.length === 0) {
    r.issue('results', 'missing-required', `${tiles.length} cards found but none could be read`, [found.layout]);
    return { totalResults };
  }
  reportGaps(r, tiles.length - results.length, results);
  return { results, totalResults };
}

function toResult(t: TileRead, position: number): SearchResult {
  const out: SearchResult = { position, id: t.id!, title: t.title!, sponsored: t.sponsored };
  if (t.url) out.url = t.url;
  if (t.price) out.price = t.price;
  if (t.reviewCount !== undefined) out.reviewCount = t.reviewCount;
  if (t.shop) out.shop = t.shop;
  if (t.salesVolume) out.salesVolume = t.salesVolume;
  return out;
}

/**
 * One issue per field for the list. JD fills card prices by script, so a list where no
 * card has a price (2013 price images, empty list.jd.com placeholders) is reported as
 * missing, never filled in.
 */
function reportGaps(r: FieldReader, unreadable: number, results: SearchResult[]): void {
  if (unreadable > 0) r.issue('results', 'unparseable', `${unreadable} cards had no readable id or title and were left out`);
  const noPrice = results.filter((x) => !x.price).length;
  if (noPrice === results.length) {
    r.issue('results.price', 'missing-required', 'No card shows a price as text (empty placeholders or price images)', ['card-price-text']);
  } else if (noPrice > 0) {
    r.issue('results.price', 'missing-optional', `No price on ${noPrice} of ${results.length} cards`);
  }
}
