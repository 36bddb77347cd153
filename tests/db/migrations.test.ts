import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  DB_VERSIONS,
  DraftHistoryRowSchema,
  draftHistory,
  DraftRowSchema,
  getSettings,
  GroupRowSchema,
  LatestReadRowSchema,
  latestReadsOf,
  listDrafts,
  ListingLensDb,
  productHash,
  productHistory,
  productList,
  ProductRowSchema,
  recentProducts,
  ResultSetRowSchema,
  reviewKeyOf,
  ReviewRowSchema,
  reviewVisitsOf,
  SettingsRowSchema,
  SnapshotRowSchema,
  storePageRead,
  TabReadRowSchema,
  trackProduct,
} from '../../lib/db';
import { PageReadSchema } from '../../lib/schema';
import { V1_ROWS } from './fixtures/v1';
import { V2_ROWS } from './fixtures/v2';
import { V3_ROWS } from './fixtures/v3';
import { V4_ROWS } from './fixtures/v4';
import { fakeIdb } from './helpers';

/**
 * One fixture per schema version: rows as that version wrote them. The test opens a
 * database at each version, fills it, then reopens it with the current schema (running
 * every upgrade in between) and checks the rows are all there, still parse and answer
 * queries — and that the database keeps working afterwards (a new read is captured).
 */
type Table = 'tabReads' | 'products' | 'snapshots' | 'latestReads' | 'resultSets' | 'groups' | 'settings' | 'drafts' | 'draftHistory' | 'reviews';
interface Fixture {
  /** Rows per table that version has. */
  rows: Partial<Record<Table, unknown[]>>;
  /** What productHistory('amazon', productId) must answer after the walk (prices in order). */
  history: { productId: string; prices: number[] };
  /** recentProducts('amazon') after the walk: product ids, newest first. */
  recent: string[];
  /** The product list after the walk, with every role: [key, role] newest first. */
  products: [string, string][];
}

/** v1 and v2 stored one product's two visits; the v3 upgrade makes it an untracked product with that history. */
const BEFORE_V3: Omit<Fixture, 'rows'> = {
  history: { productId: 'B0BYNZ6B6Y', prices: [35.99, 31.5] },
  recent: ['B0BYNZ6B6Y'],
  products: [['amazon:B0BYNZ6B6Y', 'untracked']],
};
const SINCE_V3: Omit<Fixture, 'rows'> = {
  history: { productId: 'B0BYNZ6B6Y', prices: [35.99, 31.5] },
  recent: ['B07QXV6N1B', 'B0BYNZ6B6Y'],
  products: [
    ['amazon:B0BYNZ6B6Y', 'mine'],
    ['jd:100012043978', 'untracked'],
    ['amazon:B07QXV6N1B', 'competitor'],
  ],
};
const FIXTURES: Record<number, Fixture> = {
  1: { rows: V1_ROWS, ...BEFORE_V3 },
  2: { rows: V2_ROWS, ...BEFORE_V3 },
  3: { rows: V3_ROWS, ...SINCE_V3 },
  4: { rows: V4_ROWS, ...SINCE_V3 },
};
/** Every row of every current table must still parse as its schema after the walk. */
const ROW_SCHEMAS: Record<Table, z.ZodType> = {
  tabReads: TabReadRowSchema,
  products: ProductRowSchema,
  snapshots: SnapshotRowSchema,
  latestReads: LatestReadRowSchema,
  resultSets: ResultSetRowSchema,
  groups: GroupRowSchema,
  settings: SettingsRowSchema,
  drafts: DraftRowSchema,
  draftHistory: DraftHistoryRowSchema,
  reviews: ReviewRowSchema,
};

async function openAt(from: number, idb = fakeIdb(), rows?: Fixture['rows']): Promise<{ idb: ReturnType<typeof fakeIdb> }> {
  const fixture = rows ?? FIXTURES[from]!.rows;
  const old = new ListingLensDb('walk', idb, DB_VERSIONS.filter((v) => v.version <= from));
  await old.open();
  expect(old.verno).toBe(from);
  const tables = Object.keys(fixture) as Table[];
  expect(old.tables.map((t) => t.name).sort()).toEqual([...tables].sort());
  await old.transaction('rw', tables, async () => {
    for (const table of tables) await old.table(table).bulkAdd(fixture[table]!);
  });
  old.close();
  return { idb };
}

describe('schema versions', () => {
  it('go up one by one from 1 and each has a fixture', () => {
    expect(DB_VERSIONS.map((v) => v.version)).toEqual(DB_VERSIONS.map((_, i) => i + 1));
    for (const v of DB_VERSIONS) expect(FIXTURES[v.version], `fixture for v${v.version}`).toBeDefined();
  });

  it('current version declares the tables the extension uses', async () => {
    const db = new ListingLensDb('schema', fakeIdb());
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(ROW_SCHEMAS).sort());
    expect(db.snapshots.schema.primKey.auto).toBe(true);
    expect(db.snapshots.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['[productKey+readAtMs]', '[productKey+hash+readAtMs]', 'lastSeenMs']));
    expect(db.latestReads.schema.primKey.name).toBe('[productKey+pageKind]');
    expect(db.latestReads.schema.indexes.map((i) => i.name)).toContain('[marketplace+readAtMs]');
    expect(db.products.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['[role+lastSeenMs]', 'lruMs']));
    expect(db.groups.schema.indexes.find((i) => i.name === 'competitors')?.multi).toBe(true);
    expect(db.drafts.schema.primKey.name).toBe('id');
    expect(db.draftHistory.schema.indexes.map((i) => i.name)).toContain('[draftId+savedAt]');
    expect(db.reviews.schema.primKey.name).toBe('[productKey+reviewKey]');
    expect(db.reviews.schema.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(['[productKey+firstSeenMs]', '[productKey+lastSeenMs]', 'lastSeenMs']));
    db.close();
  });
});

describe.each(DB_VERSIONS.map((v) => v.version))('a database written at v%i', (from) => {
  it(`opens at v${DB_VERSION} with every row intact and valid`, async () => {
    const { rows: fixture, history: expected, recent, products } = FIXTURES[from]!;
    const { idb } = await openAt(from);
    const db = new ListingLensDb('walk', idb);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    for (const table of Object.keys(ROW_SCHEMAS) as Table[]) {
      const rows = (await db.table(table).toArray()) as unknown[];
      // Rows the old version held are all there (with their data; an upgrade may add fields).
      // (In primary-key order, which need not be the fixture's.)
      if (fixture[table]) {
        expect(rows, table).toHaveLength(fixture[table].length);
        expect(rows, table).toEqual(expect.arrayContaining(fixture[table].map((row) => expect.objectContaining(row as object))));
      }
      for (const row of rows) expect(ROW_SCHEMAS[table].safeParse(row).success, `${table} ${JSON.stringify(row).slice(0, 80)}`).toBe(true);
    }
    // Indexes still answer: one product's history in time order…
    const history = await productHistory(db, 'amazon', expected.productId);
    expect(history.map((h) => h.read.product?.price?.amount)).toEqual(expected.prices);
    // …the recent products the workbench scores beside a draft, and the product list.
    expect((await recentProducts(db, 'amazon')).map((r) => r.productId)).toEqual(recent);
    expect((await productList(db, { roles: ['mine', 'competitor', 'untracked'] })).map((p) => [p.product.key, p.product.role])).toEqual(products);
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

describe.each([1, 2])('the v3 upgrade of a v%i database', (from) => {
  it('turns every snapshot into a product, its history and its latest read, keeping ids and reads', async () => {
    const { idb } = await openAt(from);
    const db = new ListingLensDb('walk', idb);
    const snapshots = await db.snapshots.toArray();
    expect(snapshots.map((s) => [s.id, s.productKey, s.readAtMs, s.lastSeenMs, s.hash])).toEqual([
      [1, 'amazon:B0BYNZ6B6Y', 1740823200000, 1740823200000, productHash(PageReadSchema.parse(V1_ROWS.snapshots[0]!.read))],
      [2, 'amazon:B0BYNZ6B6Y', 1740909600000, 1740909600000, productHash(PageReadSchema.parse(V1_ROWS.snapshots[1]!.read))],
    ]);
    // The price drop is a different state, so the two fingerprints differ.
    expect(snapshots[0]!.hash).not.toBe(snapshots[1]!.hash);
    expect(snapshots.map((s) => s.read)).toEqual(V1_ROWS.snapshots.map((s) => s.read));
    expect(await db.products.toArray()).toEqual([
      {
        key: 'amazon:B0BYNZ6B6Y',
        marketplace: 'amazon',
        productId: 'B0BYNZ6B6Y',
        title: 'Anker Portable Charger',
        firstSeenMs: 1740823200000,
        lastSeenMs: 1740909600000,
        role: 'untracked',
        latest: { readAt: '2025-03-02T10:00:00.000Z', price: { amount: 31.5, currency: 'USD' }, rating: 4.2, reviewCount: 12873 },
      },
    ]);
    expect((await db.latestReads.toArray()).map((r) => [r.productKey, r.pageKind, r.readAt, r.tabId])).toEqual([['amazon:B0BYNZ6B6Y', 'product', '2025-03-02T10:00:00.000Z', 40]]);
    expect((await latestReadsOf(db, 'amazon', ['B0BYNZ6B6Y'])).map((r) => r.read.product?.price?.amount)).toEqual([31.5]);
    expect(await getSettings(db)).toMatchObject({ language: 'auto', exchangeRates: [] });
    db.close();
  });

  it('keeps working after the upgrade: tracking continues the migrated history', async () => {
    const { idb } = await openAt(from);
    const db = new ListingLensDb('walk', idb);
    const tracked = await trackProduct(db, { productKey: 'amazon:B0BYNZ6B6Y', role: 'mine' }, { now: 1741000000000, newId: () => 'g1' });
    // The latest read is the second visit's state: unchanged, so no new snapshot.
    expect(tracked).toEqual({ role: 'mine', groupId: 'g1', groupCreated: true, snapshotId: 2, snapshot: 'unchanged' });
    const read = PageReadSchema.parse({ ...V1_ROWS.snapshots[1]!.read, readAt: '2025-03-05T10:00:00.000Z', product: { ...V1_ROWS.snapshots[1]!.read.product, price: { amount: 29.99, currency: 'USD' } } });
    expect(await storePageRead(db, 50, read)).toEqual({ snapshotId: 3, snapshot: 'added' });
    expect((await productHistory(db, 'amazon', 'B0BYNZ6B6Y')).map((h) => h.read.product?.price?.amount)).toEqual([35.99, 31.5, 29.99]);
    expect(await db.drafts.count()).toBe(from === 2 ? 2 : 0);
    db.close();
  });
});

describe('the v4 upgrade of a v3 database', () => {
  /** The v3 fixture plus latest review-page reads: of my tracked product (two reviews, one
   * also on its product page) and of the untracked JD product (whose reviews stay unstored). */
  const review = (id: string | undefined, body: string, date: string) => ({ ...(id ? { id } : {}), rating: 3, body, date, author: 'Kim' });
  const mineReviews = {
    ...V3_ROWS.latestReads[0]!.read,
    pageKind: 'reviews',
    url: 'https://www.amazon.com/product-reviews/B0BYNZ6B6Y',
    readAt: '2025-03-03T08:00:00.000Z',
    reviews: [review('R1MINE', 'Charges fast. Edited: still fast.', '2025-02-01'), review(undefined, 'Gets warm', '2025-02-15')],
  };
  const mineProduct = { ...V3_ROWS.latestReads[0]!.read, reviews: [review('R1MINE', 'Charges fast.', '2025-02-01')] };
  const jdReviews = { ...V3_ROWS.latestReads[2]!.read, pageKind: 'reviews', url: 'https://club.jd.com/review/100012043978', reviews: [review('J1', '很好', '2025-02-02')] };
  const rows = {
    ...V3_ROWS,
    latestReads: [
      { ...V3_ROWS.latestReads[0]!, read: mineProduct },
      V3_ROWS.latestReads[1]!,
      V3_ROWS.latestReads[2]!,
      { ...V3_ROWS.latestReads[0]!, pageKind: 'reviews', url: mineReviews.url, readAt: mineReviews.readAt, readAtMs: 1740988800000, read: mineReviews },
      { ...V3_ROWS.latestReads[2]!, pageKind: 'reviews', url: jdReviews.url, read: jdReviews },
    ],
  };

  it('adds an empty reviews table to the v3 fixture and leaves every v3 row as it was', async () => {
    const { idb } = await openAt(3);
    const db = new ListingLensDb('walk', idb);
    expect(await db.reviews.count()).toBe(0);
    for (const table of Object.keys(V3_ROWS) as (keyof typeof V3_ROWS)[]) expect(await db.table(table).toArray(), table).toEqual(expect.arrayContaining(V3_ROWS[table].map((r) => expect.objectContaining(r))));
    db.close();
  });

  it('seeds the stored reviews of tracked products from their latest reads, first seen at the read', async () => {
    const { idb } = await openAt(3, fakeIdb(), rows);
    const db = new ListingLensDb('walk', idb);
    const stored = await db.reviews.toArray();
    // R1MINE was on both pages: one row, first seen on the product page (2 March), the
    // review page's newer copy (3 March). The JD product is untracked: nothing stored.
    expect(stored.map((r) => [r.productKey, r.reviewKey, r.firstSeenMs, r.lastSeenMs, r.review.body])).toEqual(
      [
        ['amazon:B0BYNZ6B6Y', 'id:R1MINE', 1740909600000, 1740988800000, 'Charges fast. Edited: still fast.'],
        ['amazon:B0BYNZ6B6Y', reviewKeyOf(mineReviews.reviews[1]!), 1740988800000, 1740988800000, 'Gets warm'],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    expect(await db.latestReads.count()).toBe(5);
    expect((await reviewVisitsOf(db, 'amazon:B0BYNZ6B6Y')).map((v) => [v.at, v.reviews.map((r) => r.body)])).toEqual([
      ['2025-03-02', ['Charges fast. Edited: still fast.']],
      ['2025-03-03', ['Gets warm']],
    ]);
    db.close();
  });
});
