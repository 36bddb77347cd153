import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  latestSnapshot,
  ListingLensDb,
  productHistory,
  pruneTabReads,
  removeTabRead,
  removeTabReadsBefore,
  snapshotOf,
  storePageRead,
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

  it.each([
    ['product', productRead(), true],
    ['reviews', reviewsRead(), true],
    ['search', searchRead(), false],
    ['blocked', blockedRead(), false],
    ['product without id', { ...productRead(), product: undefined }, false],
  ] as const)('a %s read adds a snapshot: %s', async (_kind, read, expected) => {
    const result = await storePageRead(db, 1, read as PageRead);
    expect(result.snapshotId !== undefined).toBe(expected);
    expect(await db.snapshots.count()).toBe(expected ? 1 : 0);
  });

  it('records marketplace, product id, url and time on the snapshot', async () => {
    const read = productRead();
    const { snapshotId } = await storePageRead(db, 3, read);
    const row = await db.snapshots.get(snapshotId!);
    expect(row).toMatchObject({
      marketplace: 'amazon',
      productId: 'B0BYNZ6B6Y',
      pageKind: 'product',
      url: read.url,
      readAt: '2025-03-01T10:00:00.000Z',
      readAtMs: Date.parse('2025-03-01T10:00:00.000Z'),
      tabId: 3,
    });
    expect(row?.read.product?.price).toEqual({ amount: 35.99, currency: 'USD' });
  });

  it('updates one snapshot for re-reads of one visit (late price) and adds one per new visit', async () => {
    const first = productRead({}, { price: undefined });
    const a = await storePageRead(db, 5, first);
    const b = await storePageRead(db, 5, later(productRead(), 3_000));
    expect(b.snapshotId).toBe(a.snapshotId);
    expect((await latestSnapshot(db, 'amazon', 'B0BYNZ6B6Y'))?.read.product?.price?.amount).toBe(35.99);

    const nextVisit = await storePageRead(db, 5, later(productRead({}, { price: { amount: 31.5, currency: 'USD' } }), VISIT_WINDOW_MS + 5_000));
    const otherTab = await storePageRead(db, 6, later(productRead(), VISIT_WINDOW_MS + 6_000));
    expect(new Set([a.snapshotId, nextVisit.snapshotId, otherTab.snapshotId]).size).toBe(3);
    const history = await productHistory(db, 'amazon', 'B0BYNZ6B6Y');
    expect(history.map((h) => h.read.product?.price?.amount)).toEqual([35.99, 31.5, 35.99]);
  });

  it('keeps histories of different products apart', async () => {
    await storePageRead(db, 1, productRead());
    await storePageRead(db, 1, reviewsRead());
    expect((await productHistory(db, 'amazon', 'B00004YS4O')).map((h) => h.pageKind)).toEqual(['reviews']);
    expect((await productHistory(db, 'amazon', 'B0BYNZ6B6Y')).map((h) => h.pageKind)).toEqual(['product']);
  });

  it('refuses a read that does not fit the schema and writes nothing', async () => {
    const bad = { ...productRead(), product: { ...productRead().product!, rating: 6 } } as PageRead;
    await expect(storePageRead(db, 1, bad)).rejects.toThrow();
    expect(await db.tabReads.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('leaves nothing half-written when the snapshot write fails inside the transaction', async () => {
    await storePageRead(db, 2, searchRead(), at('2025-03-01T09:00:00Z'));
    db.snapshots.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(storePageRead(db, 2, productRead(), at('2025-03-01T10:00:00Z'))).rejects.toThrow('disk full');
    // The tab's previous read is still the latest: the product read's tabReads put was rolled back.
    const row = await db.tabReads.get(2);
    expect(row?.read.pageKind).toBe('search');
    expect(row?.updatedAt).toBe(Date.parse('2025-03-01T09:00:00Z'));
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('snapshotOf', () => {
  it('uses the read time in ms for ordering', () => {
    expect(snapshotOf(1, later(productRead(), 1))?.readAtMs).toBe(Date.parse('2025-03-01T10:00:00.001Z'));
  });
});

describe('tab lifecycle', () => {
  beforeEach(async () => {
    await storePageRead(db, 1, searchRead(), at('2025-03-01T10:00:00Z'));
    await storePageRead(db, 2, searchRead(), at('2025-03-01T10:01:00Z'));
    await storePageRead(db, 3, productRead(), at('2025-03-01T10:02:00Z'));
  });

  it('removes a closed tab’s read but keeps its snapshots', async () => {
    await removeTabRead(db, 3);
    expect(await db.tabReads.toCollection().primaryKeys()).toEqual([1, 2]);
    expect(await db.snapshots.count()).toBe(1);
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
