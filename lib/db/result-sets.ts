import { Dexie } from 'dexie';
import type { Marketplace, PageRead } from '../schema';
import { VISIT_WINDOW_MS } from './capture';
import type { ListingLensDb } from './database';
import { resultsHash } from './fingerprint';
import { strip } from './rows';
import { ResultSetRowSchema, type ResultSetRow } from './schema';
import { searchQueryOf } from './search-query';

/**
 * Search and list pages' results over time. A read of a search page is stored as a result
 * set under its query (search-query.ts) and page number. Like product snapshots: a reload
 * showing the same list moves the newest set's lastSeenMs; a re-read of the same visit
 * (same tab, query and page, within VISIT_WINDOW_MS — late tiles, lazy prices) replaces
 * it; otherwise a new set. Each query keeps its newest MAX_RESULT_SETS_PER_QUERY sets.
 */
export const MAX_RESULT_SETS_PER_QUERY = 30;

/** Stores a search read's results (inside the caller's rw transaction over resultSets). */
export async function captureResultSet(db: ListingLensDb, read: PageRead, tabId: number | undefined): Promise<number | undefined> {
  if (read.pageKind !== 'search' || !read.results?.length) return undefined;
  const { query, page } = searchQueryOf(read.marketplace, read.url);
  const readAtMs = Date.parse(read.readAt);
  const row: Omit<ResultSetRow, 'id'> = strip({
    marketplace: read.marketplace,
    query,
    page,
    url: read.url,
    readAt: read.readAt,
    readAtMs,
    lastSeenMs: readAtMs,
    tabId,
    totalResults: read.totalResults,
    hash: resultsHash(read.results),
    results: read.results,
  });
  const latest = await queryRange(db, read.marketplace, query)
    .reverse()
    .filter((r) => r.page === page)
    .first();
  if (latest?.id !== undefined && latest.hash === row.hash) {
    if (readAtMs > latest.lastSeenMs) await db.resultSets.update(latest.id, { lastSeenMs: readAtMs });
    return latest.id;
  }
  if (latest?.id !== undefined && latest.tabId !== undefined && latest.tabId === tabId && readAtMs >= latest.readAtMs && readAtMs - latest.readAtMs < VISIT_WINDOW_MS) {
    await db.resultSets.put({ ...row, id: latest.id });
    return latest.id;
  }
  const id = await db.resultSets.add(row);
  await pruneQuery(db, read.marketplace, query);
  return id;
}

/** Keeps a query's newest `keep` result sets (inside the caller's transaction). */
export async function pruneQuery(db: ListingLensDb, marketplace: Marketplace, query: string, keep = MAX_RESULT_SETS_PER_QUERY): Promise<number> {
  const count = await queryRange(db, marketplace, query).count();
  if (count <= keep) return 0;
  const oldest = await queryRange(db, marketplace, query).limit(count - keep).primaryKeys();
  await db.resultSets.bulkDelete(oldest);
  return oldest.length;
}

/** One query's result sets, oldest first (all pages; filter by `page` for one). */
export async function resultSetsOf(db: ListingLensDb, marketplace: Marketplace, query: string, page?: number): Promise<ResultSetRow[]> {
  const rows = await queryRange(db, marketplace, query).toArray();
  return rows.flatMap((row) => {
    if (page !== undefined && row.page !== page) return [];
    const parsed = ResultSetRowSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The queries with stored result sets, most recently read first. Reads index keys only
 * (no result arrays), so it stays cheap under liveQuery.
 */
export async function storedQueries(db: ListingLensDb, marketplace: Marketplace, limit = 100): Promise<StoredQuery[]> {
  const keys = (await db.resultSets
    .where('[marketplace+query+readAtMs]')
    .between([marketplace, Dexie.minKey, Dexie.minKey], [marketplace, Dexie.maxKey, Dexie.maxKey])
    .keys()) as unknown as [string, string, number][];
  const byQuery = new Map<string, StoredQuery>();
  for (const [, query, readAtMs] of keys) {
    const seen = byQuery.get(query);
    if (!seen) byQuery.set(query, { marketplace, query, sets: 1, lastReadAtMs: readAtMs });
    else {
      seen.sets++;
      seen.lastReadAtMs = Math.max(seen.lastReadAtMs, readAtMs);
    }
  }
  return [...byQuery.values()].sort((a, b) => b.lastReadAtMs - a.lastReadAtMs).slice(0, limit);
}

export interface StoredQuery {
  marketplace: Marketplace;
  query: string;
  /** Result sets stored (all pages). */
  sets: number;
  lastReadAtMs: number;
}

function queryRange(db: ListingLensDb, marketplace: string, query: string) {
  return db.resultSets.where('[marketplace+query+readAtMs]').between([marketplace, query, Dexie.minKey], [marketplace, query, Dexie.maxKey]);
}
