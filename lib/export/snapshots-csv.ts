import type { ListingLensDb } from '../db/database';
import { historyRange } from '../db/capture';
import { SnapshotRowSchema, type ProductRow, type SnapshotRow } from '../db/schema';
import type { Money, ProductKey } from '../schema';
import { csvDocument, type CsvCell } from './csv';
import { headerRow } from './header-row';

/**
 * Snapshots as CSV for a spreadsheet: one row per snapshot (a product's state from its
 * first read to its last-seen time), UTF-8 with a byte order mark, formulas neutralised
 * (csv.ts). Prices are in the page's currency, never converted.
 */
export const SNAPSHOT_CSV_COLUMNS = [
  'product',
  'marketplace',
  'productId',
  'role',
  'firstSeen',
  'lastSeen',
  'title',
  'price',
  'currency',
  'listPrice',
  'couponPrice',
  'priceMin',
  'priceMax',
  'rating',
  'reviewCount',
  'salesRank',
  'salesRankCategory',
  'salesVolume',
  'availability',
  'seller',
  'bullets',
  'images',
  'url',
] as const;

/**
 * The CSV text of these snapshots; `products` supplies the role column. `headers` replaces
 * the header row's names (the UI language's, one per SNAPSHOT_CSV_COLUMNS entry, same order).
 */
export function snapshotsCsv(rows: readonly SnapshotRow[], products: ReadonlyMap<string, ProductRow> = new Map(), headers?: readonly string[]): string {
  const records: CsvCell[][] = [headerRow(SNAPSHOT_CSV_COLUMNS, headers)];
  for (const s of rows) {
    const p = s.read.product;
    const rank = p?.salesRanks?.toSorted((a, b) => a.rank - b.rank)[0];
    records.push([
      s.productKey,
      s.marketplace,
      s.productId,
      products.get(s.productKey)?.role,
      s.readAt,
      new Date(s.lastSeenMs).toISOString(),
      p?.title,
      amount(p?.price),
      p?.price?.currency ?? p?.priceRange?.min.currency,
      amount(p?.listPrice),
      amount(p?.couponPrice),
      amount(p?.priceRange?.min),
      amount(p?.priceRange?.max),
      p?.rating,
      p?.reviewCount,
      rank?.rank,
      rank?.category,
      p?.salesVolume?.text,
      p?.availability,
      p?.seller ?? p?.shop?.name,
      p?.bullets?.length,
      p?.images?.length,
      s.url,
    ]);
  }
  return csvDocument(records, { bom: true });
}

/** The snapshots of these products (all when none given), by product then time, as CSV. */
export async function exportSnapshotsCsv(db: ListingLensDb, keys?: readonly ProductKey[], headers?: readonly string[]): Promise<string> {
  const [rows, products] = await db.transaction('r', db.snapshots, db.products, async () => {
    const snaps = keys ? (await Promise.all(keys.map((k) => historyRange(db, k).toArray()))).flat() : await db.snapshots.orderBy('[productKey+readAtMs]').toArray();
    return [snaps, await db.products.toArray()] as const;
  });
  const valid = rows.flatMap((r) => {
    const parsed = SnapshotRowSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
  return snapshotsCsv(valid, new Map(products.map((p) => [p.key, p])), headers);
}

function amount(m: Money | undefined): number | undefined {
  return m?.amount;
}
