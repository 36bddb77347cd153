import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { productHistory, storePageRead, trackProduct, VISIT_WINDOW_MS, type ListingLensDb } from '../../lib/db';
import type { PageRead } from '../../lib/schema';
import { productRead } from './fixtures/sample-reads';
import { openTestDb } from './helpers';

/**
 * Several tabs write at once: every storePageRead / trackProduct is one read-write
 * transaction, and IndexedDB runs overlapping ones one after another, each seeing the
 * last one's writes. Nothing is lost, nothing kept twice.
 */
let db: ListingLensDb;
const T0 = Date.parse('2025-03-01T10:00:00.000Z');
/** Visits far enough apart that the same-visit rule never merges them. */
const visit = (i: number) => new Date(T0 + i * (VISIT_WINDOW_MS + 60_000)).toISOString();
const priced = (id: string, i: number, price: number): PageRead =>
  productRead({ readAt: visit(i), url: `https://www.amazon.com/dp/${id}` }, { id, price: { amount: price, currency: 'USD' } });

beforeEach(async () => {
  db = openTestDb();
  await db.open();
});
afterEach(() => db.close());

/** Runs of equal prices: each run is one state, first seen at its first read, last seen at its last. */
function runs(prices: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  prices.forEach((p, i) => {
    const last = out.at(-1);
    if (last && last[0] === p) last[2] = Date.parse(visit(i));
    else out.push([p, Date.parse(visit(i)), Date.parse(visit(i))]);
  });
  return out;
}

describe('concurrent writes', () => {
  it('keeps every change of one product exactly once when 60 tabs report at once', async () => {
    await storePageRead(db, 1, priced('B0BYNZ6B6Y', 0, 30));
    await trackProduct(db, { productKey: 'amazon:B0BYNZ6B6Y', role: 'competitor' }, { now: T0 });
    // Prices with repeats (unchanged reads) and returns to earlier prices (changes back).
    const prices = [30, ...Array.from({ length: 59 }, (_, i) => [30, 31, 31, 29, 29, 29, 30, 32][i % 8]!)];
    const results = await Promise.all(prices.slice(1).map((p, i) => storePageRead(db, 100 + i, priced('B0BYNZ6B6Y', i + 1, p))));
    const expected = runs(prices);
    const history = await productHistory(db, 'amazon', 'B0BYNZ6B6Y');
    expect(history.map((h) => [h.read.product?.price?.amount, h.readAtMs, h.lastSeenMs])).toEqual(expected);
    expect(results.filter((r) => r.snapshot === 'added')).toHaveLength(expected.length - 1);
    expect(new Set(history.map((h) => h.id)).size).toBe(history.length);
  });

  it('track calls racing the reads of the same product: one group, one membership, every change once', async () => {
    await storePageRead(db, 1, priced('B0BYNZ6B6Y', 0, 30));
    const prices = [30, 31, 31, 32, 30, 30, 33, 34, 34, 35];
    let made = 0;
    const calls: Promise<unknown>[] = [];
    prices.slice(1).forEach((p, i) => {
      calls.push(trackProduct(db, { productKey: 'amazon:B0BYNZ6B6Y', role: 'competitor', groupName: 'Chargers' }, { now: T0, newId: () => `g${++made}` }));
      calls.push(storePageRead(db, 10 + i, priced('B0BYNZ6B6Y', i + 1, p)));
    });
    await Promise.all(calls);
    expect((await db.groups.toArray()).map((g) => [g.name, g.competitors])).toEqual([['Chargers', ['amazon:B0BYNZ6B6Y']]]);
    const history = await productHistory(db, 'amazon', 'B0BYNZ6B6Y');
    expect(history.map((h) => [h.read.product?.price?.amount, h.readAtMs, h.lastSeenMs])).toEqual(runs(prices));
  });

  it('keeps every distinct read once whatever order the tabs’ transactions run in', async () => {
    await storePageRead(db, 1, priced('B0BYNZ6B6Y', 0, 100));
    await trackProduct(db, { productKey: 'amazon:B0BYNZ6B6Y', role: 'competitor' }, { now: T0 });
    const order = [7, 2, 9, 1, 5, 3, 8, 4, 6, 10];
    await Promise.all(order.map((i) => storePageRead(db, 200 + i, priced('B0BYNZ6B6Y', i, 100 + i))));
    const history = await productHistory(db, 'amazon', 'B0BYNZ6B6Y');
    expect(history.map((h) => h.read.product?.price?.amount)).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110]);
  });

  it('tracking and reading many products at once loses no product, membership or snapshot', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `B0CONC${String(i).padStart(4, '0')}`);
    await Promise.all(ids.map((id, i) => storePageRead(db, i + 1, priced(id, 0, 10))));
    // Every product tracked into the same new group at once: one group, created once, holding all 20.
    let made = 0;
    const tracked = await Promise.all(ids.map((id) => trackProduct(db, { productKey: `amazon:${id}`, role: 'competitor', groupName: 'Kettles' }, { now: T0, newId: () => `g${++made}` })));
    expect(tracked.filter((t) => t.groupCreated)).toHaveLength(1);
    const groups = await db.groups.toArray();
    expect(groups.map((g) => [g.name, [...g.competitors].sort()])).toEqual([['Kettles', ids.map((id) => `amazon:${id}`)]]);
    // Then each product is read three more times from different tabs, all at once.
    await Promise.all(ids.flatMap((id, i) => [1, 2, 3].map((v) => storePageRead(db, 100 + i * 3 + v, priced(id, v, 10 + v)))));
    for (const id of ids) {
      expect((await productHistory(db, 'amazon', id)).map((h) => h.read.product?.price?.amount), id).toEqual([10, 11, 12, 13]);
    }
    expect(await db.snapshots.count()).toBe(80);
  });
});
