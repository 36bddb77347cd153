import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { backgroundHandlers } from '../../entrypoints/background/handlers';
import { DATA_TABLES, saveSettings, storePageRead, type ListingLensDb } from '../../lib/db';
import { dispatch, type Handlers, type Self } from '../../lib/messaging';
import { amazonRead } from '../db/history-fixture';
import { openTestDb } from '../db/helpers';

/** "Clear all data" on the options page: everything goes, in one go, and only when confirmed. */
const self: Self = { id: 'ext', origin: 'chrome-extension://ext/' };
const optionsPage: Browser.runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const contentScript: Browser.runtime.MessageSender = { id: 'ext', url: 'https://www.amazon.com/dp/B0MINE0001', tab: { id: 1 } as Browser.tabs.Tab, frameId: 0 };

let db: ListingLensDb;
let handlers: Handlers;
beforeEach(async () => {
  db = openTestDb();
  handlers = backgroundHandlers(db, { now: () => new Date('2025-03-20T10:00:00.000Z'), newId: () => 'g1' });
  await storePageRead(db, 1, amazonRead('B0MINE0001', 0, 30));
  await dispatch(handlers, { type: 'track-product', payload: { productKey: 'amazon:B0MINE0001', role: 'mine', groupName: 'Chargers' } }, optionsPage, self);
  await saveSettings(db, { language: 'zh_CN' });
});
afterEach(() => db.close());

const rows = async () => Object.fromEntries(await Promise.all([...DATA_TABLES, 'tabReads' as const].map(async (t) => [t, await db.table(t).count()] as const)));

describe('background: clear-data', () => {
  it('removes every row of every table and says how many', async () => {
    const before = await rows();
    const total = Object.values(before).reduce((a, b) => a + b, 0);
    expect([before.products, before.groups, before.settings, before.tabReads]).toEqual([1, 1, 1, 1]);
    expect(await dispatch(handlers, { type: 'clear-data', payload: { confirm: 'clear-all-data' } }, optionsPage, self)).toEqual({ ok: true, data: { removed: total } });
    expect(Object.values(await rows()).every((n) => n === 0)).toBe(true);
  });

  it.each([
    ['without the confirmation literal', { type: 'clear-data', payload: {} }, optionsPage, 'malformed'],
    ['with a wrong confirmation', { type: 'clear-data', payload: { confirm: 'yes' } }, optionsPage, 'malformed'],
    ['from a content script', { type: 'clear-data', payload: { confirm: 'clear-all-data' } }, contentScript, 'wrong-sender'],
  ])('refuses a request %s and keeps the data', async (_name, message, sender, code) => {
    const before = await rows();
    const answer = await dispatch(handlers, message, sender, self);
    expect(answer.ok ? undefined : answer.error.code).toBe(code);
    expect(await rows()).toEqual(before);
  });
});
