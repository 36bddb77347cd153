import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  latestSnapshot,
  ListingLensDb,
  productHistory,
  pruneTabReads,
  removeTabRead,
  removeTabReadsBefore,
  storePageRead,
  trackProduct,
  VISIT_WINDOW_MS,
} from '../../lib/db';
import type { PageRead } from '../../lib/schema';
import { blockedRead, productRead, reviewsRead, searchRead } from './fixtures/sample-reads';
import { openTestDb } from './helpers';

let db: ListingLensDb;
beforeEach(() => {
  db = openTestDb();
});
afterEach(() => db.close());

const at = (iso: string) => new Date(iso);
const later = (read: PageRead, ms: number): PageRead => ({ ...read, readAt: new Date(Date.parse(read.readAt) + ms).toISOString() });

describe('storePageRead', () => {
  it('keeps the latest read per tab', async () => {
    await storePageRead(db, 7, searchRead(), at('2025-03-01T10:05:00Z'));
    await storePageRead(db, 7, productRead(), at('2025-03-01T10:06:00Z'));
    await storePageRead(db, 8, searchRead(), at('2025-03-01T10:07:00Z'));
    const row = await db.tabReads.get(7);
    expect(row?.read.pageKind).toBe('product');
    expect(row?.updatedAt).toBe(Date.parse('2025-03-01T10:06:00Z'));
    expect(await db.tabReads.count()).toBe(2);
  });

  // [kind, read, products, latest reads, result sets]: an untracked product keeps its latest read, no history.
  it.each([
    ['product', productRead(), 1, 1, 0],
    ['reviews', reviewsRead(), 1, 1, 0],
    ['search', searchRead(), 0, 0, 1],
    ['blocked', blockedRead(), 0, 0, 0],
    ['product without id', { ...productRead(), product: undefined }, 0, 0, 0],
  ] as const)('a %s read of an untracked product stores no snapshot', async (_kind, read, products, latest, sets) => {
    const result = await storePageRead(db, 1, read as PageRead);
    expect(result.snapshotId).toBeUndefined();
    expect([await db.products.count(), await db.latestReads.count(), await db.resultSets.count(), await db.snapshots.count()]).toEqual([products, latest, sets, 0]);
  });

  it('records the product row and its latest read for an untracked product', async () => {
    const read = productRead();
    await storePageRead(db, 3, read);
    expect(await db.products.get('amazon:B0BYNZ6B6Y')).toEqual({
      key: 'amazon:B0BYNZ6B6Y',
      marketplace: 'amazon',
      productId: 'B0BYNZ6B6Y',
      title: read.product!.title,
      firstSeenMs: Date.parse('2025-03-01T10:00:00.000Z'),
      lastSeenMs: Date.parse('2025-03-01T10:00:00.000Z'),
      role: 'untracked',
      lruMs: Date.parse('2025-03-01T10:00:00.000Z'),
      latest: {
        readAt: '2025-03-01T10:00:00.000Z',
        price: { amount: 35.99, currency: 'USD' },
        listPrice: { amount: 49.99, currency: 'USD' },
        rating: 4.2,
        reviewCount: 12873,
      },
    });
    const latest = await db.latestReads.get(['amazon:B0BYNZ6B6Y', 'product']);
    expect(latest).toMatchObject({ marketplace: 'amazon', productId: 'B0BYNZ6B6Y', url: read.url, readAt: read.readAt, tabId: 3 });
    // The latest read is whole (the FABE view wants its reviews); history drops them.
    expect(latest?.read).toEqual(read);
  });

  it('keeps the newer latest read when an older one arrives late from another tab', async () => {
    await storePageRead(db, 1, later(productRead({}, { price: { amount: 30, currency: 'USD' } }), 60_000));
    await storePageRead(db, 2, productRead());
    expect((await db.latestReads.get(['amazon:B0BYNZ6B6Y', 'product']))?.read.product?.price?.amount).toBe(30);
    const product = await db.products.get('amazon:B0BYNZ6B6Y');
    expect([product?.firstSeenMs, product?.lastSeenMs, product?.latest?.price?.amount]).toEqual([Date.parse('2025-03-01T10:00:00.000Z'), Date.parse('2025-03-01T10:01:00.000Z'), 30]);
  });

  it('refuses a read that does not fit the schema and writes nothing', async () => {
    const bad = { ...productRead(), product: { ...productRead().product!, rating: 6 } } as PageRead;
    await expect(storePageRead(db, 1, bad)).rejects.toThrow();
    expect([await db.tabReads.count(), await db.products.count(), await db.latestReads.count()]).toEqual([0, 0, 0]);
  });

  it('leaves nothing half-written when a write fails inside the transaction', async () => {
    await storePageRead(db, 2, searchRead(), at('2025-03-01T09:00:00Z'));
    db.latestReads.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(storePageRead(db, 2, productRead(), at('2025-03-01T10:00:00Z'))).rejects.toThrow('disk full');
    // The tab's previous read is still the latest: the product read's tabReads put was rolled back, and the product row too.
    const row = await db.tabReads.get(2);
    expect(row?.read.pageKind).toBe('search');
    expect(row?.updatedAt).toBe(Date.parse('2025-03-01T09:00:00Z'));
    expect([await db.products.count(), await db.latestReads.count()]).toEqual([0, 0]);
  });
});

describe('history of a tracked product', () => {
  beforeEach(async () => {
    await storePageRead(db, 1, productRead());
    await trackProduct(db, { productKey: 'amazon:B0BYNZ6B6Y', role: 'competitor' }, { now: 1 });
  });

  it('starts with a snapshot of the latest read, without the page’s reviews', async () => {
    const [row] = await productHistory(db, 'amazon', 'B0BYNZ6B6Y');
    expect(row).toMatchObject({ productKey: 'amazon:B0BYNZ6B6Y', pageKind: 'product', readAt: '2025-03-01T10:00:00.000Z', lastSeenMs: Date.parse('2025-03-01T10:00:00.000Z'), tabId: 1 });
    expect(row?.read.reviews).toBeUndefined();
    expect(row?.read.product).toEqual(productRead().product);
  });

  it('updates one snapshot for re-reads of one visit (late price) and adds one per new visit', async () => {
    await db.snapshots.clear();
    const first = productRead({}, { price: undefined });
    const a = await storePageRead(db, 5, first);
    const b = await storePageRead(db, 5, later(productRead(), 3_000));
    expect([a.snapshot, b.snapshot, b.snapshotId]).toEqual(['added', 'updated', a.snapshotId]);
    expect((await latestSnapshot(db, 'amazon', 'B0BYNZ6B6Y'))?.read.product?.price?.amount).toBe(35.99);

    const nextVisit = await storePageRead(db, 5, later(productRead({}, { price: { amount: 31.5, currency: 'USD' } }), VISIT_WINDOW_MS + 5_000));
    const otherTab = await storePageRead(db, 6, later(productRead(), VISIT_WINDOW_MS + 6_000));
    expect(new Set([a.snapshotId, nextVisit.snapshotId, otherTab.snapshotId]).size).toBe(3);
    const history = await productHistory(db, 'amazon', 'B0BYNZ6B6Y');
    expect(history.map((h) => h.read.product?.price?.amount)).toEqual([35.99, 31.5, 35.99]);
  });

  it('folds a visit that ends where the state before it was back into that state', async () => {
    // A visit first shows a price without the coupon, then settles on the known state.
    const visit = await storePageRead(db, 9, later(productRead({}, { price: { amount: 40, currency: 'USD' } }), VISIT_WINDOW_MS * 3));
    expect(visit.snapshot).toBe('added');
    const settled = await storePageRead(db, 9, later(productRead(), VISIT_WINDOW_MS * 3 + 2_000));
    expect(settled).toEqual({ snapshotId: 1, snapshot: 'unchanged' });
    const history = await productHistory(db, 'amazon', 'B0BYNZ6B6Y');
    expect(history.map((h) => [h.id, h.lastSeenMs])).toEqual([[1, Date.parse('2025-03-01T10:00:00.000Z') + VISIT_WINDOW_MS * 3 + 2_000]]);
  });

  it('takes no snapshot from a review page (it lacks the listing), but notes the product as seen', async () => {
    const reviews = productRead({ pageKind: 'reviews', url: 'https://www.amazon.com/product-reviews/B0BYNZ6B6Y', readAt: '2025-03-04T10:00:00.000Z' }, { bullets: undefined, price: undefined });
    expect(await storePageRead(db, 2, reviews)).toEqual({});
    expect(await db.snapshots.count()).toBe(1);
    expect((await db.products.get('amazon:B0BYNZ6B6Y'))?.lastSeenMs).toBe(Date.parse('2025-03-04T10:00:00.000Z'));
    // The summary stays the product page's (the review page shows no price).
    expect((await db.products.get('amazon:B0BYNZ6B6Y'))?.latest?.price?.amount).toBe(35.99);
  });

  it('keeps histories of different products apart', async () => {
    await storePageRead(db, 1, reviewsRead());
    expect(await productHistory(db, 'amazon', 'B00004YS4O')).toEqual([]);
    expect((await productHistory(db, 'amazon', 'B0BYNZ6B6Y')).map((h) => h.pageKind)).toEqual(['product']);
  });
});

describe('tab lifecycle', () => {
  beforeEach(async () => {
    await storePageRead(db, 1, searchRead(), at('2025-03-01T10:00:00Z'));
    await storePageRead(db, 2, searchRead(), at('2025-03-01T10:01:00Z'));
    await storePageRead(db, 3, productRead(), at('2025-03-01T10:02:00Z'));
  });

  it('removes a closed tab’s read but keeps the product’s latest read', async () => {
    await removeTabRead(db, 3);
    expect(await db.tabReads.toCollection().primaryKeys()).toEqual([1, 2]);
    expect(await db.latestReads.count()).toBe(1);
  });

  it.each([
    ['all open', [1, 2, 3], '2025-03-01T11:00:00Z', [1, 2, 3]],
    ['tab 2 gone', [1, 3], '2025-03-01T11:00:00Z', [1, 3]],
    ['none open', [], '2025-03-01T11:00:00Z', []],
    ['tab 3 written after the tab list was taken', [1], '2025-03-01T10:01:30Z', [1, 3]],
  ])('prunes reads of closed tabs (%s)', async (_name, open, before, left) => {
    await pruneTabReads(db, open, Date.parse(before));
    expect(await db.tabReads.toCollection().primaryKeys()).toEqual(left);
  });

  it('drops rows of a previous browser session on startup', async () => {
    expect(await removeTabReadsBefore(db, Date.parse('2025-03-01T10:01:30Z'))).toBe(2);
    expect(await db.tabReads.toCollection().primaryKeys()).toEqual([3]);
  });
});
