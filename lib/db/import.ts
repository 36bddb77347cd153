import type { ExportTables } from '../export/format';
import { MAX_IMPORT_BYTES } from '../export/format';
import { boundReviews, hasHistory, pruneUntracked } from './capture';
import type { ListingLensDb } from './database';
import { pruneHistory } from './drafts';
import { StoreRefused } from './errors';
import { canonicalJson, productHash, resultsHash } from './fingerprint';
import { parseImport } from './import-check';
import { pruneQuery } from './result-sets';
import { mergeReviewRow, reviewKeyOf } from './review-rows';
import type { GroupRow, LatestReadRow, ProductRow, ResultSetRow, ReviewRow, SnapshotRow } from './schema';
import { getSettings, SETTINGS_ID } from './settings';
import { settleRoles } from './tracking';

/**
 * The import: all or nothing, idempotent. The file is read and checked in full first
 * (import-check.ts); then one transaction over every data table merges it in. Any failure
 * inside — a row that points at a product neither side has, a full disk — aborts the
 * transaction and leaves every table as it was.
 *
 * Merge rules (so importing the same file twice changes nothing the second time):
 * - products by key: first seen the earliest, last seen the latest, title and summary from
 *   the newer side; a product tracked here keeps its role, an untracked one takes the file's;
 * - snapshots by product key + fingerprint (recomputed, never the file's) + first-read
 *   time: a known one only moves its last-seen time forward;
 * - latest reads by product and page kind, result sets by query + time + page + results,
 *   draft versions by draft + save time: the newer or the missing one is written;
 * - stored reviews by product + review identity (recomputed, never the file's): first seen
 *   the earliest, last seen the latest, the review's text from the side seen later;
 * - groups, drafts and settings by id: the side saved later wins;
 * - then group members are tracked, result sets, draft versions and stored reviews bounded
 *   per query, draft and product, and the untracked bound applied, as after any write.
 */
export const IMPORT_TABLES = ['products', 'snapshots', 'latestReads', 'resultSets', 'groups', 'drafts', 'draftHistory', 'settings', 'reviews'] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];
export type ImportCounts = Record<ImportTable, number>;

export interface ImportResult {
  /** Rows new to the database, per table. */
  added: ImportCounts;
  /** Rows that existed and changed, per table. */
  updated: ImportCounts;
}

export interface ImportOptions {
  /** Bound on the file's UTF-8 size (MAX_IMPORT_BYTES; the benchmark lifts it). */
  maxBytes?: number;
  now?: number;
}

/** Checks `text` as an export file and merges it into the database; throws StoreRefused with where it is wrong. */
export async function importData(db: ListingLensDb, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const envelope = parseImport(text, options.maxBytes ?? MAX_IMPORT_BYTES);
  return writeImport(db, envelope.tables, options.now ?? Date.now());
}

/** Merges checked tables in one transaction. */
export async function writeImport(db: ListingLensDb, t: ExportTables, now: number): Promise<ImportResult> {
  const zero = () => Object.fromEntries(IMPORT_TABLES.map((n) => [n, 0])) as ImportCounts;
  const result: ImportResult = { added: zero(), updated: zero() };
  const tables = [db.products, db.snapshots, db.latestReads, db.resultSets, db.groups, db.settings, db.drafts, db.draftHistory, db.tabReads, db.reviews];
  return db.transaction('rw', tables, async () => {
    const products = await mergeProducts(db, t, result);
    const withHistory = await mergeSnapshots(db, t, result);
    for (const key of await mergeReviews(db, t, result)) withHistory.add(key);
    await mergeLatestReads(db, t, result);
    await mergeResultSets(db, t, result);
    const members = await mergeGroups(db, t, result);
    await mergeDrafts(db, t, result);
    await mergeSettings(db, t, result);
    // Bounds and roles as after any write: members tracked, history-less untracked products bounded.
    await settleRoles(db, members, now);
    for (const key of products) {
      const row = await db.products.get(key);
      if (!row) continue;
      const evictable = row.role === 'untracked' && !withHistory.has(key) && !(await hasHistory(db, key));
      if (evictable !== (row.lruMs !== undefined)) {
        const { lruMs: _l, ...rest } = row;
        await db.products.put(evictable ? { ...rest, lruMs: rest.lastSeenMs } : rest);
      }
    }
    await pruneUntracked(db);
    return result;
  });
}

function changed(before: unknown, after: unknown): boolean {
  return canonicalJson(before) !== canonicalJson(after);
}

async function mergeProducts(db: ListingLensDb, t: ExportTables, result: ImportResult): Promise<Set<string>> {
  const keys = [...new Set(t.products.map((p) => p.key))];
  const existing = new Map((await db.products.bulkGet(keys)).flatMap((p) => (p ? [[p.key, p] as const] : [])));
  const merged = new Map<string, ProductRow>();
  for (const row of t.products) {
    const current = merged.get(row.key) ?? existing.get(row.key);
    merged.set(row.key, current ? mergeProduct(current, row) : row);
  }
  const writes = [...merged.values()].filter((row) => !existing.has(row.key) || changed(existing.get(row.key), row));
  for (const row of writes) result[existing.has(row.key) ? 'updated' : 'added'].products++;
  await db.products.bulkPut(writes);
  return new Set(keys);
}

function mergeProduct(here: ProductRow, file: ProductRow): ProductRow {
  const newer = file.lastSeenMs > here.lastSeenMs ? file : here;
  const trackedAt = [here.trackedAtMs, file.trackedAtMs].filter((n): n is number => n !== undefined);
  const out: ProductRow = {
    ...newer,
    firstSeenMs: Math.min(here.firstSeenMs, file.firstSeenMs),
    lastSeenMs: Math.max(here.lastSeenMs, file.lastSeenMs),
    role: here.role !== 'untracked' ? here.role : file.role,
  };
  if (trackedAt.length) out.trackedAtMs = Math.min(...trackedAt);
  if (here.lruMs !== undefined) out.lruMs = here.lruMs;
  else delete out.lruMs;
  return out;
}

/** Throws when rows point at products the database (after the products merge) does not have. */
async function requireProducts(db: ListingLensDb, rows: readonly { productKey: string }[], table: string): Promise<void> {
  const keys = [...new Set(rows.map((r) => r.productKey))];
  const found = await db.products.bulkGet(keys);
  const missing = new Set(keys.filter((_, i) => !found[i]));
  if (!missing.size) return;
  const i = rows.findIndex((r) => missing.has(r.productKey));
  throw new StoreRefused('invalid-file', `Import refused, nothing was changed. tables.${table}[${i}].productKey: ${rows[i]!.productKey} is in neither the file’s products nor the database`);
}

async function mergeSnapshots(db: ListingLensDb, t: ExportTables, result: ImportResult): Promise<Set<string>> {
  await requireProducts(db, t.snapshots, 'snapshots');
  const index = new Map<string, number>();
  await db.snapshots.orderBy('[productKey+hash+readAtMs]').eachPrimaryKey((id, cursor) => {
    index.set((cursor.key as [string, string, number]).join('\u0000'), id as number);
  });
  const adds = new Map<string, Omit<SnapshotRow, 'id'>>();
  const lastSeen = new Map<number, number>();
  for (const s of t.snapshots) {
    const hash = productHash(s.read);
    const k = [s.productKey, hash, s.readAtMs].join('\u0000');
    const id = index.get(k);
    if (id !== undefined) lastSeen.set(id, Math.max(lastSeen.get(id) ?? 0, s.lastSeenMs));
    else {
      const pending = adds.get(k);
      adds.set(k, pending ? { ...pending, lastSeenMs: Math.max(pending.lastSeenMs, s.lastSeenMs) } : { ...s, hash });
    }
  }
  // Last-seen times from their index (keys only), so only rows that move are read whole.
  const stored = new Map<number, number>();
  if (lastSeen.size) await db.snapshots.orderBy('lastSeenMs').eachPrimaryKey((id, cursor) => stored.set(id as number, cursor.key as number));
  const ids = [...lastSeen.keys()].filter((id) => lastSeen.get(id)! > (stored.get(id) ?? Number.POSITIVE_INFINITY));
  const rows = await db.snapshots.bulkGet(ids);
  const updates = rows.flatMap((row, i) => (row ? [{ ...row, lastSeenMs: lastSeen.get(ids[i]!)! }] : []));
  await db.snapshots.bulkPut(updates);
  await db.snapshots.bulkAdd([...adds.values()]);
  result.added.snapshots += adds.size;
  result.updated.snapshots += updates.length;
  return new Set([...adds.values()].map((s) => s.productKey));
}

/** Returns the products that gained stored reviews. */
async function mergeReviews(db: ListingLensDb, t: ExportTables, result: ImportResult): Promise<Set<string>> {
  await requireProducts(db, t.reviews, 'reviews');
  const fromFile = t.reviews.map((r): ReviewRow => ({ ...r, reviewKey: reviewKeyOf(r.review) }));
  const existing = await db.reviews.bulkGet(fromFile.map((r): [string, string] => [r.productKey, r.reviewKey]));
  const writes = fromFile.flatMap((row, i) => {
    const here = existing[i];
    const merged = here ? mergeReviewRow(here, row) : row;
    if (here && !changed(here, merged)) return [];
    result[here ? 'updated' : 'added'].reviews++;
    return [merged];
  });
  await db.reviews.bulkPut(writes);
  const touched = new Set(writes.map((r) => r.productKey));
  for (const key of touched) await boundReviews(db, key);
  return touched;
}

async function mergeLatestReads(db: ListingLensDb, t: ExportTables, result: ImportResult): Promise<void> {
  await requireProducts(db, t.latestReads, 'latestReads');
  const newest = new Map<string, LatestReadRow>();
  for (const r of t.latestReads) {
    const k = `${r.productKey}\u0000${r.pageKind}`;
    const seen = newest.get(k);
    if (!seen || r.readAtMs > seen.readAtMs) newest.set(k, r);
  }
  const rows = [...newest.values()];
  const existing = await db.latestReads.bulkGet(rows.map((r): [string, string] => [r.productKey, r.pageKind]));
  const writes = rows.filter((r, i) => {
    const here = existing[i];
    if (here && r.readAtMs <= here.readAtMs) return false;
    result[here ? 'updated' : 'added'].latestReads++;
    return true;
  });
  await db.latestReads.bulkPut(writes);
}

async function mergeResultSets(db: ListingLensDb, t: ExportTables, result: ImportResult): Promise<void> {
  const index = new Map<string, number[]>();
  await db.resultSets.orderBy('[marketplace+query+readAtMs]').eachPrimaryKey((id, cursor) => {
    const k = (cursor.key as [string, string, number]).join('\u0000');
    (index.get(k) ?? index.set(k, []).get(k)!).push(id as number);
  });
  const candidateIds = [...new Set(t.resultSets.flatMap((r) => index.get([r.marketplace, r.query, r.readAtMs].join('\u0000')) ?? []))];
  const candidates = new Map((await db.resultSets.bulkGet(candidateIds)).flatMap((r) => (r?.id !== undefined ? [[r.id, r] as const] : [])));
  const adds = new Map<string, Omit<ResultSetRow, 'id'>>();
  const updates = new Map<number, ResultSetRow>();
  for (const r of t.resultSets) {
    const hash = resultsHash(r.results);
    const ids = index.get([r.marketplace, r.query, r.readAtMs].join('\u0000')) ?? [];
    const match = ids.map((id) => updates.get(id) ?? candidates.get(id)).find((c) => c && c.page === r.page && c.hash === hash);
    if (match?.id !== undefined) {
      if (r.lastSeenMs > match.lastSeenMs) updates.set(match.id, { ...match, lastSeenMs: r.lastSeenMs });
      continue;
    }
    const k = [r.marketplace, r.query, r.readAtMs, r.page, hash].join('\u0000');
    const pending = adds.get(k);
    adds.set(k, pending ? { ...pending, lastSeenMs: Math.max(pending.lastSeenMs, r.lastSeenMs) } : { ...r, hash });
  }
  await db.resultSets.bulkPut([...updates.values()]);
  await db.resultSets.bulkAdd([...adds.values()]);
  result.added.resultSets += adds.size;
  result.updated.resultSets += updates.size;
  const queries = new Map([...adds.values()].map((r) => [`${r.marketplace}\u0000${r.query}`, r] as const));
  for (const r of queries.values()) await pruneQuery(db, r.marketplace, r.query);
}

/** Returns the members of every group the file brought (to be tracked). */
async function mergeGroups(db: ListingLensDb, t: ExportTables, result: ImportResult): Promise<string[]> {
  const members = t.groups.flatMap((g, i) => [...(g.mine ? [{ key: g.mine, at: `tables.groups[${i}].mine` }] : []), ...g.competitors.map((key, j) => ({ key, at: `tables.groups[${i}].competitors[${j}]` }))]);
  const found = await db.products.bulkGet(members.map((m) => m.key));
  const missing = members.find((_, i) => !found[i]);
  if (missing) throw new StoreRefused('invalid-file', `Import refused, nothing was changed. ${missing.at}: ${missing.key} is in neither the file’s products nor the database`);
  const newest = new Map<string, GroupRow>();
  for (const file of t.groups) {
    // A group's "my product" is not also its competitor; each competitor once.
    const g = { ...file, competitors: [...new Set(file.competitors)].filter((k) => k !== file.mine) };
    if (!newest.has(g.id) || g.updatedAt > newest.get(g.id)!.updatedAt) newest.set(g.id, g);
  }
  const rows = [...newest.values()];
  const existing = await db.groups.bulkGet(rows.map((g) => g.id));
  const writes = rows.filter((g, i) => {
    const here = existing[i];
    if (here && !(g.updatedAt > here.updatedAt && changed(here, g))) return false;
    result[here ? 'updated' : 'added'].groups++;
    return true;
  });
  await db.groups.bulkPut(writes);
  return writes.flatMap((g) => [...(g.mine ? [g.mine] : []), ...g.competitors]);
}

async function mergeDrafts(db: ListingLensDb, t: ExportTables, result: ImportResult): Promise<void> {
  const newest = new Map<string, ExportTables['drafts'][number]>();
  for (const d of t.drafts) if (!newest.has(d.id) || d.updatedAt > newest.get(d.id)!.updatedAt) newest.set(d.id, d);
  const rows = [...newest.values()];
  const existing = await db.drafts.bulkGet(rows.map((d) => d.id));
  const writes = rows.filter((d, i) => {
    const here = existing[i];
    if (here && !(d.updatedAt > here.updatedAt && changed(here, d))) return false;
    result[here ? 'updated' : 'added'].drafts++;
    return true;
  });
  await db.drafts.bulkPut(writes);

  const draftIds = [...new Set(t.draftHistory.map((h) => h.draftId))];
  const drafts = await db.drafts.bulkGet(draftIds);
  const orphan = draftIds.findIndex((_, i) => !drafts[i]);
  if (orphan !== -1) {
    const i = t.draftHistory.findIndex((h) => h.draftId === draftIds[orphan]);
    throw new StoreRefused('invalid-file', `Import refused, nothing was changed. tables.draftHistory[${i}].draftId: no draft ${draftIds[orphan]} in the file or the database`);
  }
  const known = new Set(((await db.draftHistory.orderBy('[draftId+savedAt]').keys()) as unknown as [string, number][]).map((k) => k.join('\u0000')));
  const adds = new Map(t.draftHistory.filter((h) => !known.has(`${h.draftId}\u0000${h.savedAt}`)).map((h) => [`${h.draftId}\u0000${h.savedAt}`, h] as const));
  await db.draftHistory.bulkAdd([...adds.values()]);
  result.added.draftHistory += adds.size;
  for (const id of new Set([...adds.values()].map((h) => h.draftId))) await pruneHistory(db, id);
}

async function mergeSettings(db: ListingLensDb, t: ExportTables, result: ImportResult): Promise<void> {
  if (!t.settings) return;
  const here = await getSettings(db);
  if (t.settings.updatedAt <= here.updatedAt || !changed({ ...here, updatedAt: 0 }, { ...t.settings, updatedAt: 0 })) return;
  await db.settings.put({ ...t.settings, id: SETTINGS_ID });
  result[here.updatedAt > 0 ? 'updated' : 'added'].settings++;
}
