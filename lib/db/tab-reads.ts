import { PageReadSchema, productKey, type Marketplace, type PageRead } from '../schema';
import { captureProductRead, historyRange, type SnapshotOutcome } from './capture';
import type { ListingLensDb } from './database';
import { captureResultSet } from './result-sets';
import { SnapshotRowSchema, type SnapshotRow } from './schema';

export { VISIT_WINDOW_MS } from './capture';

export interface StoreResult {
  /** The snapshot that holds this read's state, when the product is tracked. */
  snapshotId?: number;
  /** What the read did to the product's history. */
  snapshot?: SnapshotOutcome;
  /** The result set written or updated, for a search read. */
  resultSetId?: number;
}

/**
 * Stores a validated read as its tab's latest and, by the capture rule (capture.ts), as the
 * product's latest read and history, or a search page's result set — in one transaction,
 * so a failure leaves none of it. Concurrent calls (several tabs) queue on the
 * transaction: each sees the one before it, so no change is lost or kept twice.
 */
export async function storePageRead(db: ListingLensDb, tabId: number, read: PageRead, now: Date = new Date()): Promise<StoreResult> {
  // Callers pass a parsed read; parse again so this write path cannot store a bad row.
  const valid = PageReadSchema.parse(read);
  return db.transaction('rw', [db.tabReads, db.products, db.latestReads, db.snapshots, db.resultSets, db.reviews], async () => {
    await db.tabReads.put({ tabId, read: valid, updatedAt: now.getTime() });
    if (valid.pageKind === 'search') {
      const resultSetId = await captureResultSet(db, valid, tabId);
      return resultSetId === undefined ? {} : { resultSetId };
    }
    const captured = await captureProductRead(db, valid, tabId);
    return captured?.snapshotId === undefined ? {} : { snapshotId: captured.snapshotId, snapshot: captured.outcome };
  });
}

/** The newest snapshot of one product, or undefined. */
export async function latestSnapshot(db: ListingLensDb, marketplace: Marketplace, productId: string): Promise<SnapshotRow | undefined> {
  return historyRange(db, productKey(marketplace, productId)).last();
}

/** One product's history, oldest first (rows that no longer parse are left out). */
export async function productHistory(db: ListingLensDb, marketplace: Marketplace, productId: string): Promise<SnapshotRow[]> {
  const rows = await historyRange(db, productKey(marketplace, productId)).toArray();
  return rows.flatMap((row) => {
    const parsed = SnapshotRowSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
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
