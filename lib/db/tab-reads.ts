import { PageReadSchema, type PageRead } from '../schema';
import type { ListingLensDb } from './database';
import { SNAPSHOT_KINDS, type SnapshotRow } from './schema';

/**
 * Reads of one product in one tab within this window are one visit: a late price or a
 * re-read after a variant click updates that visit's snapshot instead of adding another, so
 * history holds one point per visit, not one per DOM mutation.
 */
export const VISIT_WINDOW_MS = 10 * 60_000;

export interface StoreResult {
  /** The snapshot written or updated, when the read is a product read. */
  snapshotId?: number;
}

/**
 * Stores a validated read as its tab's latest and, for product reads, in the product's
 * history — in one transaction, so a failure leaves neither half.
 */
export async function storePageRead(db: ListingLensDb, tabId: number, read: PageRead, now: Date = new Date()): Promise<StoreResult> {
  // Callers pass a parsed read; parse again so this write path cannot store a bad row.
  const valid = PageReadSchema.parse(read);
  return db.transaction('rw', db.tabReads, db.snapshots, async () => {
    await db.tabReads.put({ tabId, read: valid, updatedAt: now.getTime() });
    const snapshot = snapshotOf(tabId, valid);
    if (!snapshot) return {};
    const latest = await latestSnapshot(db, snapshot.marketplace, snapshot.productId);
    const sameVisit =
      latest?.id !== undefined && latest.tabId === tabId && snapshot.readAtMs - latest.readAtMs < VISIT_WINDOW_MS && snapshot.readAtMs >= latest.readAtMs;
    if (sameVisit) {
      await db.snapshots.put({ ...snapshot, id: latest.id });
      return { snapshotId: latest.id };
    }
    return { snapshotId: await db.snapshots.add(snapshot) };
  });
}

/** The history row for a read, or undefined for reads that are not about one product. */
export function snapshotOf(tabId: number, read: PageRead): Omit<SnapshotRow, 'id'> | undefined {
  const kind = SNAPSHOT_KINDS.find((k) => k === read.pageKind);
  const productId = read.product?.id;
  if (!kind || !productId) return undefined;
  return {
    marketplace: read.marketplace,
    productId,
    pageKind: kind,
    url: read.url,
    readAt: read.readAt,
    readAtMs: Date.parse(read.readAt),
    tabId,
    read,
  };
}

/** The newest snapshot of one product, or undefined. */
export async function latestSnapshot(db: ListingLensDb, marketplace: string, productId: string): Promise<SnapshotRow | undefined> {
  return db.snapshots
    .where('[marketplace+productId+readAtMs]')
    .between([marketplace, productId, -Infinity], [marketplace, productId, Infinity])
    .last();
}

/** One product's history, oldest first. */
export async function productHistory(db: ListingLensDb, marketplace: string, productId: string): Promise<SnapshotRow[]> {
  return db.snapshots
    .where('[marketplace+productId+readAtMs]')
    .between([marketplace, productId, -Infinity], [marketplace, productId, Infinity])
    .toArray();
}

/** The tab closed: its latest read goes (its snapshots stay as history). */
export async function removeTabRead(db: ListingLensDb, tabId: number): Promise<void> {
  await db.tabReads.delete(tabId);
}

/**
 * Drops rows of tabs that no longer exist. Only rows older than `before` are candidates, so
 * a tab that opened after the caller listed the open tabs is not mistaken for a closed one.
 */
export async function pruneTabReads(db: ListingLensDb, openTabIds: Iterable<number>, before: number): Promise<number> {
  const open = new Set(openTabIds);
  return db.tabReads
    .where('updatedAt')
    .below(before)
    .filter((row) => !open.has(row.tabId))
    .delete();
}

/**
 * Drops rows written before `before`. On browser startup tab ids start again, so a row
 * from the last session could otherwise be shown for an unrelated new tab.
 */
export async function removeTabReadsBefore(db: ListingLensDb, before: number): Promise<number> {
  return db.tabReads.where('updatedAt').below(before).delete();
}
