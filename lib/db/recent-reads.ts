import { Dexie } from 'dexie';
import type { Marketplace } from '../schema';
import type { ListingLensDb } from './database';
import { SnapshotRowSchema, TabReadRowSchema, type SnapshotRow, type TabReadRow } from './schema';

/**
 * What the workbench scores beside a draft: the open tabs' search reads and the most
 * recently seen products of one marketplace. Rows are parsed again on the way out (a row
 * an older version wrote that no longer fits is skipped, not shown wrong).
 */

/** Scanned before giving up on finding `limit` distinct products (one product has many snapshots). */
const SCAN_LIMIT = 500;

/** The newest snapshot of each of the `limit` most recently read products of a marketplace. */
export async function recentProducts(db: ListingLensDb, marketplace: Marketplace, limit = 10): Promise<SnapshotRow[]> {
  const seen = new Set<string>();
  const out: SnapshotRow[] = [];
  const rows = await db.snapshots
    .where('[marketplace+readAtMs]')
    .between([marketplace, Dexie.minKey], [marketplace, Dexie.maxKey])
    .reverse()
    .limit(SCAN_LIMIT)
    .toArray();
  for (const row of rows) {
    if (out.length >= limit) break;
    if (seen.has(row.productId)) continue;
    seen.add(row.productId);
    const parsed = SnapshotRowSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
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
