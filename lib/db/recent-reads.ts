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

/** Snapshots of one product looked at for a product-page read (its most recent visits). */
const PER_PRODUCT_SCAN = 20;

/**
 * The newest product-page snapshot of each of these products that has one (else its
 * newest snapshot of any kind, e.g. a review page's), in the order given; products never
 * read are left out. For the FABE view: the current search's results the user has opened.
 * A product page carries the bullets and description a review page lacks, hence the
 * preference.
 */
export async function latestReadsOf(db: ListingLensDb, marketplace: Marketplace, productIds: readonly string[]): Promise<SnapshotRow[]> {
  const out: SnapshotRow[] = [];
  for (const productId of new Set(productIds)) {
    const rows = await db.snapshots
      .where('[marketplace+productId+readAtMs]')
      .between([marketplace, productId, Dexie.minKey], [marketplace, productId, Dexie.maxKey])
      .reverse()
      .limit(PER_PRODUCT_SCAN)
      .toArray();
    // Parse only the row taken (a read is large); one that no longer fits gives way to the next.
    for (const row of [...rows.filter((r) => r.pageKind === 'product'), ...rows.filter((r) => r.pageKind !== 'product')]) {
      const parsed = SnapshotRowSchema.safeParse(row);
      if (!parsed.success) continue;
      out.push(parsed.data);
      break;
    }
  }
  return out;
}
