import { Dexie } from 'dexie';
import { productKey, type Marketplace } from '../schema';
import type { ListingLensDb } from './database';
import { SNAPSHOT_KINDS, LatestReadRowSchema, TabReadRowSchema, type LatestReadRow, type TabReadRow } from './schema';

/**
 * What the workbench scores beside a draft and the FABE view compares with: the open tabs'
 * search reads and the latest read of recently seen products (tracked or not; untracked
 * ones are bounded, capture.ts). Rows are parsed again on the way out (a row an older
 * version wrote that no longer fits is skipped, not shown wrong).
 */

/** The newest read of each of the `limit` most recently read products of a marketplace. */
export async function recentProducts(db: ListingLensDb, marketplace: Marketplace, limit = 10): Promise<LatestReadRow[]> {
  const seen = new Set<string>();
  const out: LatestReadRow[] = [];
  // A product has at most one row per page kind, so this many rows hold `limit` products.
  const rows = await db.latestReads
    .where('[marketplace+readAtMs]')
    .between([marketplace, Dexie.minKey], [marketplace, Dexie.maxKey])
    .reverse()
    .limit(limit * SNAPSHOT_KINDS.length)
    .toArray();
  for (const row of rows) {
    if (out.length >= limit) break;
    if (seen.has(row.productKey)) continue;
    const parsed = LatestReadRowSchema.safeParse(row);
    if (!parsed.success) continue;
    seen.add(row.productKey);
    out.push(parsed.data);
  }
  return out;
}

/** Open tabs' latest search reads of a marketplace, newest first. */
export async function searchReadsOf(db: ListingLensDb, marketplace: Marketplace): Promise<TabReadRow[]> {
  const rows = await db.tabReads.orderBy('updatedAt').reverse().toArray();
  return rows.flatMap((row) => {
    if (row.read?.pageKind !== 'search' || row.read.marketplace !== marketplace) return [];
    const parsed = TabReadRowSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The latest product-page read of each of these products that has one (else its latest
 * review-page read), in the order given; products never read (or dropped from the
 * untracked bound) are left out. For the FABE view: the current search's results the user
 * has opened. A product page carries the bullets and description a review page lacks,
 * hence the preference.
 */
export async function latestReadsOf(db: ListingLensDb, marketplace: Marketplace, productIds: readonly string[]): Promise<LatestReadRow[]> {
  const ids = [...new Set(productIds)];
  const keys = ids.flatMap((id) => SNAPSHOT_KINDS.map((kind): [string, string] => [productKey(marketplace, id), kind]));
  const rows = await db.latestReads.bulkGet(keys);
  const out: LatestReadRow[] = [];
  for (let i = 0; i < ids.length; i++) {
    // Parse only the row taken (a read is large); one that no longer fits gives way to the next.
    for (const row of rows.slice(i * SNAPSHOT_KINDS.length, (i + 1) * SNAPSHOT_KINDS.length)) {
      const parsed = LatestReadRowSchema.safeParse(row);
      if (!parsed.success) continue;
      out.push(parsed.data);
      break;
    }
  }
  return out;
}
