import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { backgroundHandlers } from '../../entrypoints/background/handlers';
import type { ListingLensDb } from '../../lib/db';
import { dispatch, envelope, type Self } from '../../lib/messaging';
import { productRead, searchRead } from '../db/fixtures/sample-reads';
import { openTestDb } from '../db/helpers';

const self: Self = { id: 'ext', origin: 'chrome-extension://ext/' };
const fromTab = (id: number, url: string): Browser.runtime.MessageSender => ({
  id: 'ext',
  frameId: 0,
  url,
  tab: { id, index: 0, windowId: 1, active: true, pinned: false, highlighted: true, incognito: false } as Browser.tabs.Tab,
});

let db: ListingLensDb;
beforeEach(() => {
  db = openTestDb();
});
afterEach(() => db.close());

const now = () => new Date('2025-03-01T10:00:05Z');

describe('background: page-read', () => {
  it('stores the read under the sender’s tab and the product’s latest read (no history until tracked)', async () => {
    const read = productRead();
    const res = await dispatch(backgroundHandlers(db, now), envelope('page-read', { read }), fromTab(17, read.url), self);
    expect(res).toEqual({ ok: true, data: { stored: true } });
    expect((await db.tabReads.get(17))?.read).toEqual(read);
    expect((await db.tabReads.get(17))?.updatedAt).toBe(Date.parse('2025-03-01T10:00:05Z'));
    expect((await db.latestReads.get(['amazon:B0BYNZ6B6Y', 'product']))?.tabId).toBe(17);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('stores a search read as a result set, without a snapshot', async () => {
    const read = searchRead();
    const res = await dispatch(backgroundHandlers(db, now), envelope('page-read', { read }), fromTab(4, read.url), self);
    expect(res).toEqual({ ok: true, data: { stored: true } });
    expect(await db.snapshots.count()).toBe(0);
    expect((await db.resultSets.toArray()).map((r) => [r.query, r.results.length])).toEqual([['portable charger', 3]]);
  });

  it.each([
    ['another site', 'https://evil.example/dp/B0BYNZ6B6Y'],
    ['another Amazon store', 'https://www.amazon.de/dp/B0BYNZ6B6Y'],
  ])('refuses a read of %s sent from an amazon.com tab', async (_name, readUrl) => {
    const read = productRead({ url: readUrl });
    const res = await dispatch(backgroundHandlers(db, now), envelope('page-read', { read }), fromTab(3, 'https://www.amazon.com/dp/B0BYNZ6B6Y'), self);
    expect(!res.ok && res.error.code).toBe('wrong-sender');
    expect(await db.tabReads.count()).toBe(0);
  });

  it('stores nothing for a malformed read', async () => {
    const raw = { type: 'page-read', payload: { read: { ...productRead(), pageKind: 'home' } } };
    const res = await dispatch(backgroundHandlers(db, now), raw, fromTab(3, 'https://www.amazon.com/'), self);
    expect(!res.ok && res.error.code).toBe('malformed');
    expect(await db.tabReads.count()).toBe(0);
  });

  it('answers handler-failed when the database write fails, and stores nothing', async () => {
    db.tabReads.hook('creating', () => {
      throw new Error('something else broke');
    });
    const read = productRead();
    const res = await dispatch(backgroundHandlers(db, now), envelope('page-read', { read }), fromTab(3, read.url), self);
    expect(!res.ok && res.error.code).toBe('handler-failed');
    expect(!res.ok && res.error.message).toContain('something else broke');
    expect([await db.products.count(), await db.latestReads.count()]).toEqual([0, 0]);
  });

  it('answers storage-full when the disk is full, and stores nothing', async () => {
    db.latestReads.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const read = productRead();
    const res = await dispatch(backgroundHandlers(db, now), envelope('page-read', { read }), fromTab(3, read.url), self);
    expect(!res.ok && res.error).toEqual({
      code: 'storage-full',
      message: 'Storage is full (QuotaExceededError): nothing from this request was saved; what was stored before is intact. Free disk space, or prune old snapshots.',
    });
    expect([await db.tabReads.count(), await db.products.count()]).toEqual([0, 0]);
  });
});

describe('background: drafts', () => {
  const panel: Browser.runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };
  const draft = {
    id: 'd1',
    marketplace: 'amazon' as const,
    name: 'Kettle',
    title: 'Listing Lens Test Kettle 1.7 L',
    bullets: ['Boils fast', '', '', '', ''],
    searchTerms: 'electric kettle',
    keywords: ['kettle'],
    updatedAt: 1,
  };

  it('stores a draft from the panel under the background’s clock, with its first version', async () => {
    const res = await dispatch(backgroundHandlers(db, now), envelope('draft-save', { draft }), panel, self);
    const at = Date.parse('2025-03-01T10:00:05Z');
    expect(res).toEqual({ ok: true, data: { saved: true, updatedAt: at, historyId: 1 } });
    expect(await db.drafts.get('d1')).toEqual({ ...draft, updatedAt: at });
    expect(await db.draftHistory.count()).toBe(1);
  });

  it('throttles versions: a second save at the same moment keeps the draft but adds no version, a checkpoint does', async () => {
    const h = backgroundHandlers(db, now);
    await dispatch(h, envelope('draft-save', { draft }), panel, self);
    const second = await dispatch(h, envelope('draft-save', { draft: { ...draft, title: 'Kettle 2' } }), panel, self);
    expect(second).toEqual({ ok: true, data: { saved: true, updatedAt: Date.parse('2025-03-01T10:00:05Z') } });
    expect((await db.drafts.get('d1'))?.title).toBe('Kettle 2');
    expect(await db.draftHistory.count()).toBe(1);
    await dispatch(h, envelope('draft-save', { draft: { ...draft, title: 'Kettle 3' }, checkpoint: true }), panel, self);
    expect(await db.draftHistory.count()).toBe(2);
  });

  it('deletes a draft and its versions; a second delete answers deleted: false', async () => {
    const h = backgroundHandlers(db, now);
    await dispatch(h, envelope('draft-save', { draft }), panel, self);
    expect(await dispatch(h, envelope('draft-delete', { id: 'd1' }), panel, self)).toEqual({ ok: true, data: { deleted: true } });
    expect([await db.drafts.count(), await db.draftHistory.count()]).toEqual([0, 0]);
    expect(await dispatch(h, envelope('draft-delete', { id: 'd1' }), panel, self)).toEqual({ ok: true, data: { deleted: false } });
  });

  it('refuses a draft sent from a content script and stores nothing', async () => {
    const res = await dispatch(backgroundHandlers(db, now), envelope('draft-save', { draft }), fromTab(3, 'https://www.amazon.com/dp/B0BYNZ6B6Y'), self);
    expect(!res.ok && res.error.code).toBe('wrong-sender');
    expect(await db.drafts.count()).toBe(0);
  });
});
