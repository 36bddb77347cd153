import { DB_VERSION } from '../db/versions';
import type { ListingLensDb } from '../db/database';
import { getSettings } from '../db/settings';
import { strip } from '../db/rows';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportEnvelope } from './format';

/**
 * The full JSON export (format.ts): every table but the per-session tab reads, read in one
 * read-only transaction so the file is one consistent moment. A read, not a write: the
 * side panel calls it directly and downloads the text.
 */
export async function exportDatabase(db: ListingLensDb, now: Date = new Date()): Promise<ExportEnvelope> {
  return db.transaction('r', [db.products, db.snapshots, db.latestReads, db.resultSets, db.groups, db.settings, db.drafts, db.draftHistory, db.reviews], async () => {
    const [products, snapshots, latestReads, resultSets, groups, drafts, draftHistory, settings, reviews] = await Promise.all([
      db.products.toArray(),
      db.snapshots.orderBy('[productKey+readAtMs]').toArray(),
      db.latestReads.toArray(),
      db.resultSets.orderBy('[marketplace+query+readAtMs]').toArray(),
      db.groups.toArray(),
      db.drafts.toArray(),
      db.draftHistory.orderBy('[draftId+savedAt]').toArray(),
      getSettings(db),
      db.reviews.orderBy('[productKey+firstSeenMs]').toArray(),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      schemaVersion: DB_VERSION,
      tables: {
        products: products.map(({ lruMs: _l, ...p }) => p),
        snapshots: snapshots.map(({ id: _i, tabId: _t, hash: _h, ...s }) => s),
        latestReads: latestReads.map(({ tabId: _t, ...r }) => r),
        resultSets: resultSets.map(({ id: _i, tabId: _t, hash: _h, ...r }) => r),
        groups,
        drafts,
        draftHistory: draftHistory.map(({ id: _i, ...h }) => h),
        ...(settings.updatedAt > 0 ? { settings: strip(settings) } : {}),
        reviews: reviews.map(({ reviewKey: _k, ...r }) => r),
      },
    };
  });
}

/** The export as JSON text (compact: the file is read by the import, not by people). */
export async function exportJson(db: ListingLensDb, now: Date = new Date()): Promise<string> {
  return JSON.stringify(await exportDatabase(db, now));
}

/** `listing-lens-2026-11-25.json` */
export function exportFileName(now: Date = new Date(), ext = 'json'): string {
  return `listing-lens-${now.toISOString().slice(0, 10)}.${ext}`;
}
