import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import { DB_VERSIONS, type DbVersion, type DraftHistoryRow, type DraftRow, type SnapshotRow, type TabReadRow } from './schema';

export const DB_NAME = 'listing-lens';

/**
 * The extension's IndexedDB. One class so every context opens the same schema; the
 * background is its only writer, the side panel reads it through liveQuery.
 */
export class ListingLensDb extends Dexie {
  tabReads!: EntityTable<TabReadRow, 'tabId'>;
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  draftHistory!: EntityTable<DraftHistoryRow, 'id'>;

  /** `options` lets tests pass fake-indexeddb; `versions` lets the migration test stop early. */
  constructor(name: string = DB_NAME, options?: DexieOptions, versions: readonly DbVersion[] = DB_VERSIONS) {
    super(name, options);
    applyVersions(this, versions);
  }
}

/** Declares each schema step on `db`, oldest first (Dexie needs every step to upgrade from any). */
export function applyVersions(db: Dexie, versions: readonly DbVersion[]): void {
  for (const step of versions) {
    const v = db.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
}
