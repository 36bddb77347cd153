import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import type { ChangeBadge } from '../../entrypoints/background/change-badge';
import { backgroundHandlers } from '../../entrypoints/background/handlers';
import type { ListingLensDb } from '../../lib/db';
import { dispatch, envelope, type Handlers, type Self } from '../../lib/messaging';
import type { PageRead } from '../../lib/schema';
import { amazonRead, at } from '../db/history-fixture';
import { openTestDb } from '../db/helpers';

/** The toolbar badge: set when a tracked product's new visit differs from its last snapshot, cleared when the panel shows it. */
const self: Self = { id: 'ext', origin: 'chrome-extension://ext/' };
const panel: Browser.runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };
const fromTab = (id: number, url: string): Browser.runtime.MessageSender => ({ id: 'ext', url, tab: { id } as Browser.tabs.Tab, frameId: 0 });

let db: ListingLensDb;
let handlers: Handlers;
type Spy = ReturnType<typeof vi.fn<(tabId: number) => void>>;
let badge: Record<keyof ChangeBadge, Spy>;
beforeEach(() => {
  db = openTestDb();
  badge = { changed: vi.fn(), seen: vi.fn(), tracked: vi.fn(), notTracked: vi.fn() };
  let clock = Date.parse(at(0));
  handlers = backgroundHandlers(db, { now: () => new Date((clock += 60_000)), newId: () => 'g1', badge });
});
afterEach(() => db.close());

const read = (tabId: number, r: PageRead) => dispatch(handlers, envelope('page-read', { read: r }), fromTab(tabId, r.url), self);
const track = (id: string) => dispatch(handlers, envelope('track-product', { productKey: `amazon:${id}`, role: 'mine', groupName: 'G' }), panel, self);

describe('background: the "changed since your last visit" badge', () => {
  it.each([
    ['a tracked product whose price changed, on a new visit', true, 'B0MINE0001', 24.99, 2, true],
    ['a tracked product that did not change', true, 'B0MINE0001', 30, 2, false],
    ['an untracked product whose price changed', false, 'B0MINE0001', 24.99, 2, false],
  ])('%s → badge %s', async (_name, tracked, id, newPrice, visit, want) => {
    expect((await read(1, amazonRead(id, 0, 30))).ok).toBe(true);
    if (tracked) expect((await track(id)).ok).toBe(true);
    expect((await read(7, amazonRead(id, visit, newPrice))).ok).toBe(true);
    expect(badge.changed.mock.calls).toEqual(want ? [[7]] : []);
  });

  it('is cleared for the tab the panel shows', async () => {
    expect(await dispatch(handlers, envelope('product-seen', { tabId: 7 }), panel, self)).toEqual({ ok: true, data: { cleared: true } });
    expect(badge.seen.mock.calls).toEqual([[7]]);
  });

  it('takes product-seen from extension pages only', async () => {
    const answer = await dispatch(handlers, envelope('product-seen', { tabId: 7 }), fromTab(7, 'https://www.amazon.com/dp/B0X'), self);
    expect(answer.ok ? undefined : answer.error.code).toBe('wrong-sender');
    expect(badge.seen).not.toHaveBeenCalled();
  });
});
