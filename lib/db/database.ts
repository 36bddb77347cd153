import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import {
  type DraftHistoryRow,
  type DraftRow,
  type GroupRow,
  type LatestReadRow,
  type ProductRow,
  type ResultSetRow,
  type ReviewRow,
  type SnapshotRow,
  type TabReadRow,
} from './schema';
import type { SettingsRow } from './settings';
import { DB_VERSIONS, type DbVersion } from './versions';

export const DB_NAME = 'listing-lens';

/**
 * The extension's IndexedDB. One class so every context opens the same schema; the
 * background is its only writer, the side panel reads it through liveQuery.
 */
export class ListingLensDb extends Dexie {
  tabReads!: EntityTable<TabReadRow, 'tabId'>;
  products!: EntityTable<ProductRow, 'key'>;
  snapshots!: EntityTable<SnapshotRow, 'id'>;
  latestReads!: Table<LatestReadRow, [string, string]>;
  resultSets!: EntityTable<ResultSetRow, 'id'>;
  reviews!: Table<ReviewRow, [string, string]>;
  groups!: EntityTable<GroupRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'id'>;
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

/** Every table of the current schema that holds the user's data (tabReads is per session). */
export const DATA_TABLES = ['products', 'snapshots', 'latestReads', 'resultSets', 'groups', 'settings', 'drafts', 'draftHistory', 'reviews'] as const;
export type DataTable = (typeof DATA_TABLES)[number];
