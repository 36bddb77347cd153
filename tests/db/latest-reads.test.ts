import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestReadsOf, storePageRead, type ListingLensDb } from '../../lib/db';
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

  it('skips a stored row that no longer fits the schema and takes the next one', async () => {
    await storePageRead(db, 1, read('B000000001', '2026-11-01T10:00:00.000Z'));
    await storePageRead(db, 2, read('B000000001', '2026-11-03T10:00:00.000Z'));
    const newest = await db.snapshots.orderBy('readAtMs').last();
    await db.snapshots.put({ ...newest!, read: { ...newest!.read, version: 99 as never } });
    const [row] = await latestReadsOf(db, 'amazon', ['B000000001']);
    expect(row?.readAt).toBe('2026-11-01T10:00:00.000Z');
  });
});
