import { csvDocument, csvLine, neutraliseCell, quoteCell } from '../export/csv';
import type { Money } from '../schema';
import { checksSummary, type ScoredRead } from './title-scores';

/** Columns of the audit CSV, in order. One row per product (per result on search pages). */
export const CSV_COLUMNS = [
  'file', 'url', 'marketplace', 'pageKind', 'blockedReason', 'id', 'title', 'brand',
  'price', 'currency', 'listPrice', 'couponPrice', 'priceLabel', 'rating', 'reviewCount', 'salesVolume', 'shop',
  'position', 'sponsored', 'issues',
  // Appended, so scripts that read the earlier columns by position keep working.
  'titleScore', 'titleChecks',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** The cell helpers live in lib/export/csv.ts (the side panel's exports use them too). */
export { csvLine, neutraliseCell, quoteCell };

export type CsvRow = Partial<Record<CsvColumn, string | number | boolean>>;

/** The whole document: header plus rows, CRLF line ends (RFC 4180), ending in CRLF. */
export function toCsv(rows: readonly CsvRow[]): string {
  // No byte order mark: this goes to stdout, usually into a pipe or a redirect.
  return csvDocument([CSV_COLUMNS, ...rows.map((row) => CSV_COLUMNS.map((col) => row[col]))]);
}

/**
 * Rows for one read: the product of a product / reviews page, each result of a search
 * page, or a single row with the page's kind and issues when there is neither (a captcha,
 * an unsupported page, a search without results), so every audited file shows up.
 */
export function rowsForRead(file: string, read: ScoredRead): CsvRow[] {
  const page: CsvRow = {
    file,
    url: read.url,
    marketplace: read.marketplace,
    pageKind: read.pageKind,
    blockedReason: read.blockedReason,
    issues: read.issues.map((i) => `${i.field} (${i.severity})`).join('; '),
  };
  const p = read.product;
  if (p) {
    return [{
      ...page, id: p.id, title: p.title, brand: p.brand, ...moneyCells(p.price),
      // One currency column for all of the row's prices (a page shows one currency); it
      // names the list or coupon price's currency when only that was read.
      currency: (p.price ?? p.listPrice ?? p.couponPrice)?.currency,
      listPrice: p.listPrice && amount(p.listPrice), couponPrice: p.couponPrice && amount(p.couponPrice), priceLabel: p.priceLabel,
      rating: p.rating, reviewCount: p.reviewCount,
      // The page's own wording ("月销 1万+"), not a number the page never showed.
      salesVolume: p.salesVolume?.text, shop: p.shop?.name ?? p.seller,
      titleScore: read.titleScore?.score, titleChecks: checksSummary(read.titleScore),
    }];
  }
  if (read.results?.length) {
    return read.results.map((r) => ({
      ...page, id: r.id, title: r.title, ...moneyCells(r.price),
      rating: r.rating, reviewCount: r.reviewCount, salesVolume: r.salesVolume?.text, shop: r.shop,
      position: r.position, sponsored: r.sponsored,
      titleScore: r.titleScore?.score, titleChecks: checksSummary(r.titleScore),
    }));
  }
  return [page];
}

function moneyCells(m: Money | undefined): CsvRow {
  return m ? { price: amount(m), currency: m.currency } : {};
}

/** Plain decimal text (no locale grouping), so the sheet parses it as a number. */
function amount(m: Money): string {
  return String(m.amount);
}
