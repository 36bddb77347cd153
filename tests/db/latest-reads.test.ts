import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestReadsOf, recentProducts, storePageRead, UNTRACKED_LIMIT, type ListingLensDb } from '../../lib/db';
import { productRead } from './fixtures/sample-reads';
import { openTestDb } from './helpers';

let db: ListingLensDb;
beforeEach(() => {
  db = openTestDb();
});
afterEach(() => db.close());

const read = (id: string, readAt: string, pageKind: 'product' | 'reviews' = 'product', bullets = [`${id} bullet`]) =>
  productRead({ readAt, pageKind, url: pageKind === 'product' ? `https://www.amazon.com/dp/${id}` : `https://www.amazon.com/product-reviews/${id}` }, { id, bullets });

describe('latestReadsOf', () => {
  it('gives the newest read of each product asked for, in the order asked, skipping products never read', async () => {
    await storePageRead(db, 1, read('B000000001', '2026-11-01T10:00:00.000Z'));
    await storePageRead(db, 2, read('B000000002', '2026-11-02T10:00:00.000Z'));
    await storePageRead(db, 3, read('B000000001', '2026-11-03T10:00:00.000Z', 'product', ['newer']));
    const rows = await latestReadsOf(db, 'amazon', ['B000000002', 'B0NEVERSEEN', 'B000000001', 'B000000002']);
    expect(rows.map((r) => [r.productId, r.readAt])).toEqual([
      ['B000000002', '2026-11-02T10:00:00.000Z'],
      ['B000000001', '2026-11-03T10:00:00.000Z'],
    ]);
    expect(rows[1]!.read.product?.bullets).toEqual(['newer']);
  });

  it('prefers a product page over a newer review page (the review page has no bullets)', async () => {
    await storePageRead(db, 1, read('B000000001', '2026-11-01T10:00:00.000Z'));
    await storePageRead(db, 2, read('B000000001', '2026-11-05T10:00:00.000Z', 'reviews', []));
    const [row] = await latestReadsOf(db, 'amazon', ['B000000001']);
    expect([row?.pageKind, row?.readAt]).toEqual(['product', '2026-11-01T10:00:00.000Z']);
  });

  it('falls back to a review page when that is all there is, and keeps marketplaces apart', async () => {
    await storePageRead(db, 1, read('B000000001', '2026-11-05T10:00:00.000Z', 'reviews', []));
    expect((await latestReadsOf(db, 'amazon', ['B000000001'])).map((r) => r.pageKind)).toEqual(['reviews']);
    expect(await latestReadsOf(db, 'jd', ['B000000001'])).toEqual([]);
  });

  it('skips a stored row that no longer fits the schema and takes the review page’s instead', async () => {
    await storePageRead(db, 1, read('B000000001', '2026-11-01T10:00:00.000Z', 'reviews', []));
    await storePageRead(db, 2, read('B000000001', '2026-11-03T10:00:00.000Z'));
    const row = await db.latestReads.get(['amazon:B000000001', 'product']);
    await db.latestReads.put({ ...row!, read: { ...row!.read, version: 99 as never } });
    const [taken] = await latestReadsOf(db, 'amazon', ['B000000001']);
    expect([taken?.pageKind, taken?.readAt]).toEqual(['reviews', '2026-11-01T10:00:00.000Z']);
  });
});

describe('recentProducts', () => {
  it('gives the newest read of each recently read product of a marketplace, newest first', async () => {
    await storePageRead(db, 1, read('B000000001', '2026-11-01T10:00:00.000Z'));
    await storePageRead(db, 2, read('B000000002', '2026-11-02T10:00:00.000Z'));
    await storePageRead(db, 3, read('B000000001', '2026-11-03T10:00:00.000Z', 'reviews', []));
    const rows = await recentProducts(db, 'amazon');
    expect(rows.map((r) => [r.productId, r.pageKind])).toEqual([
      ['B000000001', 'reviews'],
      ['B000000002', 'product'],
    ]);
    expect((await recentProducts(db, 'amazon', 1)).map((r) => r.productId)).toEqual(['B000000001']);
    expect(await recentProducts(db, 'jd')).toEqual([]);
  });
});

describe('the untracked bound', () => {
  it(`keeps the ${UNTRACKED_LIMIT} most recently seen untracked products and drops the rest with their reads`, async () => {
    const base = Date.parse('2026-11-01T00:00:00.000Z');
    const id = (i: number) => `B${String(i).padStart(9, '0')}`;
    for (let i = 0; i < UNTRACKED_LIMIT + 5; i++) await storePageRead(db, 1, read(id(i), new Date(base + i * 60_000).toISOString()));
    // Product 2 is seen again: it is recent now, so 0, 1, 3, 4, 5 go.
    await storePageRead(db, 1, read(id(2), new Date(base + 10_000 * 60_000).toISOString()));
    expect(await db.products.count()).toBe(UNTRACKED_LIMIT);
    expect(await db.latestReads.count()).toBe(UNTRACKED_LIMIT);
    const gone = [0, 1, 3, 4, 5].map(id);
    expect(await latestReadsOf(db, 'amazon', gone)).toEqual([]);
    expect((await db.products.bulkGet(gone.map((g) => `amazon:${g}`))).every((p) => p === undefined)).toBe(true);
    expect((await latestReadsOf(db, 'amazon', [id(2), id(6), id(UNTRACKED_LIMIT + 4)])).map((r) => r.productId)).toEqual([id(2), id(6), id(UNTRACKED_LIMIT + 4)]);
  });
});
