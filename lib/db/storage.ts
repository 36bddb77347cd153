import { DATA_TABLES, type DataTable, type ListingLensDb } from './database';

/**
 * How much the extension stores, and asking the browser to keep it.
 *
 * `navigator.storage.persist()` is exposed to windows only (Storage Standard:
 * `[Exposed=Window] persist()`), so in Chrome's MV3 service worker it does not exist, while
 * `estimate()` and `persisted()` do. The side panel (a window) calls requestPersistence with
 * its own `navigator.storage`; the background's `request-persistence` handler calls it with
 * the background's and answers `available: false` where the API is missing (Chrome MV3),
 * so the panel knows to ask itself. Firefox's MV2 background page is a window and can ask.
 */

/** The parts of StorageManager used (tests pass a fake; a missing member is an absent API). */
export interface StorageLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export interface PersistenceAnswer {
  /** Whether persist() exists in this context. */
  available: boolean;
  /** The browser's answer (true: the data is not evicted under storage pressure). */
  persisted?: boolean;
}

export async function requestPersistence(storage: StorageLike | undefined): Promise<PersistenceAnswer> {
  if (typeof storage?.persist !== 'function') {
    const persisted = typeof storage?.persisted === 'function' ? await storage.persisted() : undefined;
    return persisted === undefined ? { available: false } : { available: false, persisted };
  }
  return { available: true, persisted: await storage.persist() };
}

export interface StorageEstimate {
  /** Bytes used by the extension's origin, and its quota (from estimate(), when available). */
  usage?: number;
  quota?: number;
  persisted?: boolean;
  /** Rows per table. */
  counts: Record<DataTable | 'tabReads', number>;
}

/** Usage and quota where the browser tells them, and row counts per table (always). */
export async function storageEstimate(db: ListingLensDb, storage?: StorageLike): Promise<StorageEstimate> {
  const tables = ['tabReads', ...DATA_TABLES] as const;
  const counts = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await db.table(t).count()] as const))) as StorageEstimate['counts'];
  const out: StorageEstimate = { counts };
  try {
    const estimate = typeof storage?.estimate === 'function' ? await storage.estimate() : undefined;
    if (estimate?.usage !== undefined) out.usage = estimate.usage;
    if (estimate?.quota !== undefined) out.quota = estimate.quota;
    if (typeof storage?.persisted === 'function') out.persisted = await storage.persisted();
  } catch {
    // An estimate is a nicety; the counts still answer.
  }
  return out;
}
