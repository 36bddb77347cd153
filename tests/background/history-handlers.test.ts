import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { backgroundHandlers } from '../../entrypoints/background/handlers';
import { productHistory, storePageRead, type ListingLensDb, type StorageLike } from '../../lib/db';
import { exportJson } from '../../lib/export/json';
import { IMPORT_PART_CHARS } from '../../lib/export/limits';
import { dispatch, envelope, importParts, type Handlers, type ResponseOf, type Result, type Self } from '../../lib/messaging';
import { amazonRead, dumpTables, fillHistory } from '../db/history-fixture';
import { openTestDb } from '../db/helpers';

/** The background's answers to the competitor-history messages, against a fake IndexedDB. */
const self: Self = { id: 'ext', origin: 'chrome-extension://ext/' };
const panel: Browser.runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };
const NOW = new Date('2025-03-20T10:00:00.000Z');

let db: ListingLensDb;
let handlers: Handlers;
beforeEach(async () => {
  db = openTestDb();
  let n = 0;
  handlers = backgroundHandlers(db, { now: () => NOW, newId: () => `g${++n}` });
  await storePageRead(db, 1, amazonRead('B0MINE0001', 0, 30));
  await storePageRead(db, 2, amazonRead('B0COMP0001', 0, 25));
});
afterEach(() => db.close());

const send = (type: string, payload: unknown) => dispatch(handlers, { type, payload }, panel, self);

describe('background: tracking and groups', () => {
  it('track-product creates the group, tracks the product and stores its first snapshot', async () => {
    expect(await send('track-product', { productKey: 'amazon:B0MINE0001', role: 'mine', groupName: 'Chargers' })).toEqual({
      ok: true,
      data: { role: 'mine', groupId: 'g1', groupCreated: true, snapshotId: 1, snapshot: 'added' },
    });
    expect(await send('track-product', { productKey: 'amazon:B0COMP0001', role: 'competitor', groupId: 'g1' })).toEqual({
      ok: true,
      data: { role: 'competitor', groupId: 'g1', groupCreated: false, snapshotId: 2, snapshot: 'added' },
    });
    expect((await db.groups.get('g1'))?.updatedAt).toBe(NOW.getTime());
  });

  it('track-product of a product never read answers not-found', async () => {
    const res = await send('track-product', { productKey: 'amazon:B0NEVER001', role: 'competitor' });
    expect(res).toEqual({ ok: false, error: { code: 'not-found', message: 'No read of amazon:B0NEVER001 yet: open its page first' } });
  });

  it('untrack-product, group-save and group-delete', async () => {
    await send('track-product', { productKey: 'amazon:B0MINE0001', role: 'mine', groupName: 'Chargers' });
    const saved = await send('group-save', { group: { id: 'g1', name: 'Power banks', mine: 'amazon:B0MINE0001', competitors: ['amazon:B0COMP0001'] } });
    expect(saved.ok && saved.data).toEqual({ group: { id: 'g1', name: 'Power banks', mine: 'amazon:B0MINE0001', competitors: ['amazon:B0COMP0001'], createdAt: NOW.getTime(), updatedAt: NOW.getTime() } });
    expect(await send('untrack-product', { productKey: 'amazon:B0COMP0001', groupId: 'g1' })).toEqual({ ok: true, data: { role: 'untracked', groups: 0 } });
    expect(await send('group-delete', { groupId: 'g1' })).toEqual({ ok: true, data: { deleted: true, untracked: 1 } });
    expect(await send('group-save', { group: { id: 'g1', name: 'Gone', competitors: [] } })).toEqual({ ok: false, error: { code: 'not-found', message: 'No group g1' } });
  });

  it('a full disk during track-product answers storage-full and keeps the product untracked', async () => {
    db.snapshots.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const res = await send('track-product', { productKey: 'amazon:B0MINE0001', role: 'mine' });
    expect(!res.ok && res.error.code).toBe('storage-full');
    expect([(await db.products.get('amazon:B0MINE0001'))?.role, await db.groups.count()]).toEqual(['untracked', 0]);
  });
});

async function otherExport(): Promise<string> {
  const other = openTestDb();
  await fillHistory(other);
  const text = await exportJson(other);
  other.close();
  return text;
}

describe('background: settings, import, prune, persistence', () => {
  it('settings-save merges and answers the settings', async () => {
    const res = await send('settings-save', { settings: { language: 'en' } });
    expect(res).toEqual({ ok: true, data: { settings: { exchangeRates: [], language: 'en', title: { limits: {}, amazonTitle75: false }, updatedAt: NOW.getTime() } } });
  });

  it('import-data merges an export; a second time adds nothing', async () => {
    const text = await otherExport();
    const first = await send('import-data', { text });
    expect(first.ok && first.data).toMatchObject({ done: true, added: { snapshots: 6, groups: 1 } });
    const second = await send('import-data', { text });
    expect(second.ok && second.data).toMatchObject({ done: true, added: { products: 0, snapshots: 0, groups: 0 } });
  });

  it('import-data in parts: each part answered until the last imports the joined file', async () => {
    // A real export, padded with whitespace (still the same JSON) to need three parts.
    const text = (await otherExport()).padEnd(IMPORT_PART_CHARS * 2 + 10, ' ');
    const parts = importParts(text, 'upload-1');
    expect(parts.map((p) => p.part?.index)).toEqual([0, 1, 2]);
    const answers: Result<ResponseOf<'import-data'>>[] = [];
    for (const p of parts) answers.push((await dispatch(handlers, envelope('import-data', p), panel, self)) as Result<ResponseOf<'import-data'>>);
    expect(answers.map((a) => a.ok && a.data.done)).toEqual([false, false, true]);
    expect(answers[0]).toEqual({ ok: true, data: { done: false, received: 1, of: 3 } });
    expect(answers[2]!.ok && answers[2]!.data).toMatchObject({ done: true, added: { snapshots: 6 } });
    expect(await db.snapshots.count()).toBe(6);
  });

  it('import-data whose first part never arrived (a restarted background) is refused and changes nothing', async () => {
    const text = (await otherExport()).padEnd(IMPORT_PART_CHARS + 10, ' ');
    const [, last] = importParts(text, 'upload-2');
    const res = await dispatch(handlers, envelope('import-data', last!), panel, self);
    expect(!res.ok && res.error.code).toBe('not-found');
    expect(!res.ok && res.error.message).toContain('1 of 2 parts of the file never arrived');
    expect(await db.snapshots.count()).toBe(0);
  });

  it('import-data of a broken file answers invalid-file with the path, and changes nothing', async () => {
    const before = await dumpTables(db);
    const res = await send('import-data', { text: JSON.stringify({ format: 'listing-lens', version: 1, exportedAt: NOW.toISOString(), tables: { products: [{ key: 1 }] } }) });
    expect(!res.ok && res.error.code).toBe('invalid-file');
    expect(!res.ok && res.error.message).toContain('tables.products[0].key');
    expect(await dumpTables(db)).toEqual(before);
  });

  it('prune-snapshots keeps the newest n per product', async () => {
    await send('track-product', { productKey: 'amazon:B0MINE0001', role: 'mine' });
    for (let i = 1; i <= 3; i++) await storePageRead(db, 3, amazonRead('B0MINE0001', i, 30 + i));
    expect(await send('prune-snapshots', { keepPerProduct: 2 })).toEqual({ ok: true, data: { deleted: 2, reviews: 0 } });
    expect(await send('prune-snapshots', { before: '2030-01-01T00:00:00.000Z' })).toEqual({ ok: true, data: { deleted: 1, reviews: 1 } }); // and its one stored review, last seen before 2030
    expect((await productHistory(db, 'amazon', 'B0MINE0001')).map((h) => h.read.product?.price?.amount)).toEqual([33]);
  });

  it.each<[string, StorageLike, unknown]>([
    ['where persist() exists', { persist: async () => true }, { available: true, persisted: true }],
    ['in a service worker (no persist())', { persisted: async () => false }, { available: false, persisted: false }],
  ])('request-persistence %s', async (_where, storage, data) => {
    const h = backgroundHandlers(db, { now: () => NOW, storage });
    expect(await dispatch(h, envelope('request-persistence', {}), panel, self)).toEqual({ ok: true, data });
  });
});
