import type { ListingLensDb } from './database';
import { DraftRowSchema, type DraftHistoryRow, type DraftRow } from './schema';

/**
 * The copywriter's drafts and their history. The panel saves a draft a moment after each
 * pause in typing; keeping every one of those saves would bury the versions worth going
 * back to, so a version is kept at most once per HISTORY_INTERVAL_MS — sooner only at a
 * checkpoint the panel marks (a draft started or restored, the editor left) — and only
 * when the text changed. Each draft keeps its newest MAX_HISTORY_PER_DRAFT versions.
 */
export const HISTORY_INTERVAL_MS = 30_000;
export const MAX_HISTORY_PER_DRAFT = 50;

export interface SaveDraftOptions {
  now?: number;
  /** A moment worth a version of its own, regardless of the interval. */
  checkpoint?: boolean;
}

export interface SaveDraftResult {
  /** The history row written, when this save made one. */
  historyId?: number;
}

/**
 * Writes a draft and, when due, a version of it — in one transaction, so the history
 * never holds a version the draft table does not know about. The background is the only
 * caller (it is the only writer); `updatedAt` is its clock, not the sender's.
 */
export async function saveDraft(db: ListingLensDb, draft: DraftRow, options: SaveDraftOptions = {}): Promise<SaveDraftResult> {
  const now = options.now ?? Date.now();
  const valid = DraftRowSchema.parse({ ...draft, updatedAt: now });
  return db.transaction('rw', db.drafts, db.draftHistory, async () => {
    await db.drafts.put(valid);
    const latest = await historyRange(db, valid.id).last();
    const changed = !latest || !sameContent(latest.draft, valid);
    const due = !latest || options.checkpoint === true || now - latest.savedAt >= HISTORY_INTERVAL_MS;
    if (!changed || !due) return {};
    const historyId = await db.draftHistory.add({ draftId: valid.id, savedAt: now, draft: valid });
    await pruneHistory(db, valid.id);
    return { historyId };
  });
}

/** Removes a draft and all its versions; false when there was no such draft. */
export async function deleteDraft(db: ListingLensDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.drafts, db.draftHistory, async () => {
    const existed = (await db.drafts.get(id)) !== undefined;
    await db.drafts.delete(id);
    await historyRange(db, id).delete();
    return existed;
  });
}

/** One draft's versions, newest first. */
export async function draftHistory(db: ListingLensDb, draftId: string): Promise<DraftHistoryRow[]> {
  return historyRange(db, draftId).reverse().toArray();
}

/** Drafts, most recently edited first (bounded: the panel lists them in a menu). */
export async function listDrafts(db: ListingLensDb, limit = 200): Promise<DraftRow[]> {
  return db.drafts.orderBy('updatedAt').reverse().limit(limit).toArray();
}

/** Whether two versions say the same thing (the save time aside). */
export function sameContent(a: DraftRow, b: DraftRow): boolean {
  const text = (d: DraftRow) =>
    JSON.stringify([d.marketplace, d.productId, d.name, d.title, d.bullets, d.searchTerms, d.shortTitle, d.keywords, d.brand]);
  return text(a) === text(b);
}

/** Keeps a draft's newest MAX_HISTORY_PER_DRAFT versions (inside the caller's transaction). */
export async function pruneHistory(db: ListingLensDb, draftId: string): Promise<void> {
  const count = await historyRange(db, draftId).count();
  if (count <= MAX_HISTORY_PER_DRAFT) return;
  const oldest = await historyRange(db, draftId).limit(count - MAX_HISTORY_PER_DRAFT).primaryKeys();
  await db.draftHistory.bulkDelete(oldest);
}

function historyRange(db: ListingLensDb, draftId: string) {
  return db.draftHistory.where('[draftId+savedAt]').between([draftId, -Infinity], [draftId, Infinity]);
}
