import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isQuotaError, requestPersistence, storageEstimate, storePageRead, trackProduct, type ListingLensDb, type PersistenceAnswer, type StorageLike } from '../../lib/db';
import { amazonRead, fillHistory } from './history-fixture';
import { openTestDb } from './helpers';

let db: ListingLensDb;
beforeEach(() => {
  db = openTestDb();
});
afterEach(() => db.close());

describe('requestPersistence', () => {
  it.each<[string, StorageLike | undefined, PersistenceAnswer]>([
    ['a window (persist exists)', { persist: async () => true, persisted: async () => true }, { available: true, persisted: true }],
    ['a window where the browser says no', { persist: async () => false }, { available: true, persisted: false }],
    ['a service worker (no persist, persisted answers)', { persisted: async () => false, estimate: async () => ({}) }, { available: false, persisted: false }],
    ['no storage API at all', undefined, { available: false }],
  ])('in %s', async (_where, storage, answer) => {
    expect(await requestPersistence(storage)).toEqual(answer);
  });
});

describe('storageEstimate', () => {
  it('counts rows per table and passes on the browser’s usage and quota', async () => {
    await fillHistory(db);
    const estimate = await storageEstimate(db, { estimate: async () => ({ usage: 123_456, quota: 9_000_000 }), persisted: async () => true });
    expect(estimate).toEqual({
      usage: 123_456,
      quota: 9_000_000,
      persisted: true,
      counts: { tabReads: 11, products: 5, snapshots: 6, latestReads: 6, resultSets: 2, groups: 1, settings: 1, drafts: 1, draftHistory: 1, reviews: 3 },
    });
  });

  it('still counts when the browser has no estimate, or it fails', async () => {
    expect((await storageEstimate(db)).counts.snapshots).toBe(0);
    expect(await storageEstimate(db, { estimate: () => Promise.reject(new Error('denied')) })).toEqual({ counts: expect.objectContaining({ products: 0 }) });
  });
});

describe('a full disk', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it.each([
    ['a DOMException', quota(), true],
    ['Dexie’s wrapper around it', Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota() }), true],
    ['a bulk write with one failure', Object.assign(new Error('bulk'), { name: 'BulkError', failures: [new Error('x'), quota()] }), true],
    ['Firefox’s name', Object.assign(new Error('x'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }), true],
    ['another error', new Error('QuotaExceededError in the message only'), false],
    ['not an error', 'QuotaExceededError', false],
  ])('is recognised in %s: %s', (_name, err, expected) => {
    expect(isQuotaError(err)).toBe(expected);
  });

  it('loses nothing already stored when a snapshot put is refused', async () => {
    await storePageRead(db, 1, amazonRead('B0QUOTA001', 0, 10));
    await trackProduct(db, { productKey: 'amazon:B0QUOTA001', role: 'competitor' }, { now: 0 });
    const before = [await db.products.toArray(), await db.snapshots.toArray(), await db.latestReads.toArray(), await db.tabReads.toArray()];
    vi.spyOn(db.snapshots, 'add').mockImplementation(() => {
      throw quota();
    });
    const err = await storePageRead(db, 2, amazonRead('B0QUOTA001', 1, 11)).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(isQuotaError(err)).toBe(true);
    expect([await db.products.toArray(), await db.snapshots.toArray(), await db.latestReads.toArray(), await db.tabReads.toArray()]).toEqual(before);
  });
});
