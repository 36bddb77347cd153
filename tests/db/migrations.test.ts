import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  DB_VERSIONS,
  DraftHistoryRowSchema,
  draftHistory,
  DraftRowSchema,
  listDrafts,
  ListingLensDb,
  productHistory,
  recentProducts,
  SnapshotRowSchema,
  TabReadRowSchema,
} from '../../lib/db';
import { V1_ROWS } from './fixtures/v1';
import { V2_ROWS } from './fixtures/v2';
import { fakeIdb } from './helpers';

/**
 * One fixture per schema version: rows as that version wrote them. The test opens a
 * database at each version, fills it, then reopens it with the current schema (running
 * every upgrade in between) and checks the rows still parse and answer queries.
 */
type Table = 'tabReads' | 'snapshots' | 'drafts' | 'draftHistory';
interface Fixture {
  /** Rows per table that version has. */
  rows: Partial<Record<Table, unknown[]>>;
  /** What productHistory('amazon', productId) must answer after the walk (prices in order). */
  history: { productId: string; prices: number[] };
}
const FIXTURES: Record<number, Fixture> = {
  1: { rows: V1_ROWS, history: { productId: 'B0BYNZ6B6Y', prices: [35.99, 31.5] } },
  2: { rows: V2_ROWS, history: { productId: 'B0BYNZ6B6Y', prices: [35.99, 31.5] } },
};
/** Every row of every current table must still parse as its schema after the walk. */
const ROW_SCHEMAS: Record<Table, z.ZodType> = {
  tabReads: TabReadRowSchema,
  snapshots: SnapshotRowSchema,
  drafts: DraftRowSchema,
  draftHistory: DraftHistoryRowSchema,
};

describe('schema versions', () => {
  it('go up one by one from 1 and each has a fixture', () => {
    expect(DB_VERSIONS.map((v) => v.version)).toEqual(DB_VERSIONS.map((_, i) => i + 1));
    for (const v of DB_VERSIONS) expect(FIXTURES[v.version], `fixture for v${v.version}`).toBeDefined();
  });

  it('current version declares the tables the extension uses', async () => {
    const db = new ListingLensDb('schema', fakeIdb());
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['draftHistory', 'drafts', 'snapshots', 'tabReads']);
    expect(db.snapshots.schema.primKey.auto).toBe(true);
    expect(db.snapshots.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['[marketplace+productId+readAtMs]', '[marketplace+readAtMs]']));
    expect(db.drafts.schema.primKey.name).toBe('id');
    expect(db.draftHistory.schema.indexes.map((i) => i.name)).toContain('[draftId+savedAt]');
    db.close();
  });
});

describe.each(DB_VERSIONS.map((v) => v.version))('a database written at v%i', (from) => {
  it(`opens at v${DB_VERSION} with every row intact and valid`, async () => {
    const idb = fakeIdb();
    const { rows: fixture, history: expected } = FIXTURES[from]!;
    const old = new ListingLensDb('walk', idb, DB_VERSIONS.filter((v) => v.version <= from));
    await old.open();
    expect(old.verno).toBe(from);
    const tables = Object.keys(fixture) as Table[];
    expect(old.tables.map((t) => t.name).sort()).toEqual([...tables].sort());
    await old.transaction('rw', tables, async () => {
      for (const table of tables) await old.table(table).bulkAdd(fixture[table]!);
    });
    old.close();

    const db = new ListingLensDb('walk', idb);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    for (const table of Object.keys(ROW_SCHEMAS) as Table[]) {
      const rows = (await db.table(table).toArray()) as unknown[];
      // Rows the old version held are all there (with their data); tables it lacked are empty.
      expect(rows, table).toEqual((fixture[table] ?? []).map((row) => expect.objectContaining(row as object)));
      for (const row of rows) expect(ROW_SCHEMAS[table].safeParse(row).success, `${table} ${JSON.stringify(row).slice(0, 80)}`).toBe(true);
    }
    // Indexes still answer: one product's history in time order…
    const history = await productHistory(db, 'amazon', expected.productId);
    expect(history.map((h) => h.read.product?.price?.amount)).toEqual(expected.prices);
    // …and v2's index over snapshots finds the rows older versions wrote.
    expect((await recentProducts(db, 'amazon')).map((r) => r.readAt)).toEqual(['2025-03-02T10:00:00.000Z']);
    // Drafts (when the version had them) list newest first, each with its versions.
    const drafts = await listDrafts(db);
    expect(drafts.map((d) => d.id)).toEqual(((fixture.drafts ?? []) as { id: string; updatedAt: number }[]).toSorted((a, b) => b.updatedAt - a.updatedAt).map((d) => d.id));
    for (const d of drafts) {
      const versions = (fixture.draftHistory ?? []).filter((h) => (h as { draftId: string }).draftId === d.id);
      expect((await draftHistory(db, d.id)).length, d.id).toBe(versions.length);
    }
    db.close();
  });
});
