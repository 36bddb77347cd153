import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { productHistory, pruneSnapshots, storePageRead, trackProduct, type ListingLensDb } from '../../lib/db';
import { amazonRead, at } from './history-fixture';
import { openTestDb } from './helpers';

let db: ListingLensDb;
/** Two tracked products: A with prices 10..15 over visits 0..5, B with 20, 21 over visits 0, 1 (then unchanged until 5). */
beforeEach(async () => {
  db = openTestDb();
  await storePageRead(db, 1, amazonRead('B0AAAAAAAA', 0, 10));
  await storePageRead(db, 1, amazonRead('B0BBBBBBBB', 0, 20));
  await trackProduct(db, { productKey: 'amazon:B0AAAAAAAA', role: 'competitor' }, { now: 0 });
  await trackProduct(db, { productKey: 'amazon:B0BBBBBBBB', role: 'competitor' }, { now: 0 });
  for (let i = 1; i <= 5; i++) await storePageRead(db, 2, amazonRead('B0AAAAAAAA', i, 10 + i));
  await storePageRead(db, 3, amazonRead('B0BBBBBBBB', 1, 21));
  await storePageRead(db, 3, amazonRead('B0BBBBBBBB', 5, 21));
});
afterEach(() => db.close());

const prices = async (id: string) => (await productHistory(db, 'amazon', id)).map((h) => h.read.product?.price?.amount);

describe('pruneSnapshots', () => {
  it.each([
    // Each product also stores one review (R1EXAMPLE01), last seen at visit 5: only the date
    // rule removes stored reviews, and only past visit 5.
    ['the newest 2 per product', { keepPerProduct: 2 }, 4, 0, [14, 15], [20, 21]],
    ['the newest 1 per product', { keepPerProduct: 1 }, 6, 0, [15], [21]],
    ['those last seen before visit 3 (A’s newest and B’s still-current state stay)', { beforeMs: Date.parse(at(3)) }, 4, 0, [13, 14, 15], [21]],
    ['a date before everything', { beforeMs: Date.parse(at(0)) }, 0, 0, [10, 11, 12, 13, 14, 15], [20, 21]],
    ['a date after everything (each product’s newest snapshot stays, stored reviews go)', { beforeMs: Date.parse(at(99)) }, 6, 2, [15], [21]],
    ['either rule', { keepPerProduct: 4, beforeMs: Date.parse(at(2)) }, 3, 0, [12, 13, 14, 15], [21]],
  ])('removes %s', async (_name, rule, deleted, reviews, a, b) => {
    expect(await pruneSnapshots(db, rule)).toEqual({ deleted, reviews });
    expect([await prices('B0AAAAAAAA'), await prices('B0BBBBBBBB')]).toEqual([a, b]);
    expect(await db.reviews.count()).toBe(2 - reviews);
  });

  it('keeps capturing against the newest snapshot after a prune', async () => {
    await pruneSnapshots(db, { keepPerProduct: 1 });
    expect((await storePageRead(db, 4, amazonRead('B0AAAAAAAA', 6, 15))).snapshot).toBe('unchanged');
  });

  it('removes nothing and fails whole when the delete fails', async () => {
    const fail = () => {
      throw new Error('disk error');
    };
    db.snapshots.hook('deleting', fail);
    await expect(pruneSnapshots(db, { keepPerProduct: 1 })).rejects.toThrow('disk error');
    db.snapshots.hook('deleting').unsubscribe(fail);
    expect(await db.snapshots.count()).toBe(8);
  });
});
