import { describe, expect, it } from 'vitest';
import { DB_VERSION, DB_VERSIONS, ListingLensDb, productHistory, SnapshotRowSchema, TabReadRowSchema } from '../../lib/db';
import { V1_ROWS } from './fixtures/v1';
import { fakeIdb } from './helpers';

/**
 * One fixture per schema version: rows as that version wrote them. The test opens a
 * database at each version, fills it, then reopens it with the current schema (running
 * every upgrade in between) and checks the rows still parse and answer queries.
 */
interface Fixture {
  rows: { tabReads: unknown[]; snapshots: unknown[] };
  /** What productHistory('amazon', productId) must answer after the walk (prices in order). */
  history: { productId: string; prices: number[] };
}
const FIXTURES: Record<number, Fixture> = {
  1: { rows: V1_ROWS, history: { productId: 'B0BYNZ6B6Y', prices: [35.99, 31.5] } },
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
    expect(db.tables.map((t) => t.name).sort()).toEqual(['snapshots', 'tabReads']);
    expect(db.snapshots.schema.primKey.auto).toBe(true);
    expect(db.snapshots.schema.indexes.map((i) => i.name)).toContain('[marketplace+productId+readAtMs]');
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
    await old.transaction('rw', old.tabReads, old.snapshots, async () => {
      await old.table('tabReads').bulkAdd(fixture.tabReads);
      await old.table('snapshots').bulkAdd(fixture.snapshots);
    });
    old.close();

    const db = new ListingLensDb('walk', idb);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const tabReads = await db.tabReads.toArray();
    const snapshots = await db.snapshots.toArray();
    expect(tabReads).toHaveLength(fixture.tabReads.length);
    expect(snapshots).toHaveLength(fixture.snapshots.length);
    for (const row of tabReads) expect(TabReadRowSchema.safeParse(row).success, `tab ${row.tabId}`).toBe(true);
    for (const row of snapshots) expect(SnapshotRowSchema.safeParse(row).success, `snapshot ${row.id}`).toBe(true);
    // Indexes still answer: one product's history in time order.
    const history = await productHistory(db, 'amazon', expected.productId);
    expect(history.map((h) => h.read.product?.price?.amount)).toEqual(expected.prices);
    db.close();
  });
});
