import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trackTabProduct } from '../../entrypoints/background/quick-track';
import { storePageRead, type ListingLensDb } from '../../lib/db';
import type { PageRead } from '../../lib/schema';
import { blockedRead, productRead, reviewsRead, searchRead } from '../db/fixtures/sample-reads';
import { openTestDb } from '../db/helpers';

/** "Track this product" from the context menu or Alt+Shift+K: the tab's stored read decides what is tracked. */
let db: ListingLensDb;
beforeEach(() => {
  db = openTestDb();
});
afterEach(() => db.close());

describe('trackTabProduct', () => {
  it.each<[string, PageRead | undefined, string]>([
    ['a tab with no read', undefined, 'no-read'],
    ['a search page', searchRead(), 'not-a-product'],
    ['a blocked page', blockedRead(), 'not-a-product'],
  ])('%s: tracks nothing (%s)', async (_name, read, why) => {
    if (read) await storePageRead(db, 4, read);
    expect(await trackTabProduct(db, 4, 1)).toEqual({ tracked: false, why });
    expect(await db.products.where('role').notEqual('untracked').count()).toBe(0);
  });

  it.each([
    ['a product page', productRead(), 'amazon:B0BYNZ6B6Y'],
    ['a review page', reviewsRead(), 'amazon:B00004YS4O'],
  ])('%s: tracks its product as a competitor, in no group', async (_name, read, key) => {
    await storePageRead(db, 4, read);
    const r = await trackTabProduct(db, 4, 1);
    expect(r.tracked && [r.result.role, r.result.groupId]).toEqual(['competitor', undefined]);
    expect((await db.products.get(key))?.role).toBe('competitor');
  });
});
