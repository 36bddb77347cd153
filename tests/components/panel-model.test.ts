import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPanelModel, type PanelModel } from '../../entrypoints/sidepanel/state';
import { storePageRead, type ListingLensDb } from '../../lib/db';
import { blockedRead, productRead, searchRead } from '../db/fixtures/sample-reads';
import { openTestDb } from '../db/helpers';
import { blockedCnRead, tmallProductRead } from './cn-reads';
import { FakeTabs, isRead } from './fake-tabs';

let db: ListingLensDb;
let tabs: FakeTabs;
let model: PanelModel | undefined;
let requestRead: ReturnType<typeof vi.fn<(tabId: number) => Promise<boolean>>>;

function start(fixedTabId?: number | 'invalid'): PanelModel {
  model = createPanelModel({ db, tabs, fixedTabId, isReadUrl: isRead, requestRead, retryMs: 20 });
  void model.start();
  return model;
}
const kind = () => model!.state.value.kind;
const settle = (expected: string) => vi.waitFor(() => expect(kind()).toBe(expected), { timeout: 2000, interval: 5 });

const PRODUCT = productRead();
const SEARCH = searchRead();

beforeEach(() => {
  db = openTestDb();
  tabs = new FakeTabs();
  requestRead = vi.fn(async () => true);
});
afterEach(() => {
  model?.stop();
  db.close();
});

describe('panel model: following the active tab', () => {
  it('shows the active tab’s read as soon as the background stores it', async () => {
    tabs.add(1, PRODUCT.url, 1, true);
    start();
    await settle('loading');
    await vi.waitFor(() => expect(requestRead).toHaveBeenCalledWith(1));
    await storePageRead(db, 1, PRODUCT);
    await settle('read');
    expect(model!.state.value).toMatchObject({ kind: 'read', read: { product: { id: 'B0BYNZ6B6Y' } } });
  });

  it('says no marketplace for a tab we cannot read, and asks no content script', async () => {
    tabs.add(1, 'https://news.example/', 1, true);
    start();
    await settle('no-marketplace');
    expect(requestRead).not.toHaveBeenCalled();
  });

  it('follows tab switches in its window only', async () => {
    tabs.add(1, PRODUCT.url, 1, true);
    tabs.add(2, SEARCH.url, 1);
    tabs.add(3, 'https://news.example/', 2);
    await storePageRead(db, 1, PRODUCT);
    await storePageRead(db, 2, SEARCH);
    start();
    await settle('read');
    tabs.activate(2);
    await vi.waitFor(() => expect(model!.state.value).toMatchObject({ kind: 'read', read: { pageKind: 'search' } }));
    tabs.activate(3); // another window's tab
    await new Promise((r) => setTimeout(r, 30));
    expect(model!.state.value).toMatchObject({ kind: 'read', read: { pageKind: 'search' } });
  });

  it('does not show the previous page’s read after the tab navigates', async () => {
    tabs.add(1, PRODUCT.url, 1, true);
    await storePageRead(db, 1, PRODUCT);
    start();
    await settle('read');
    tabs.navigate(1, SEARCH.url);
    await settle('loading');
    await storePageRead(db, 1, SEARCH);
    await vi.waitFor(() => expect(model!.state.value).toMatchObject({ kind: 'read', read: { pageKind: 'search' } }));
    tabs.navigate(1, 'https://news.example/');
    await settle('no-marketplace');
  });

  it('shows a blocked page as blocked', async () => {
    const read = blockedRead('captcha');
    tabs.add(1, read.url, 1, true);
    await storePageRead(db, 1, read);
    start();
    await settle('blocked');
  });

  it('hints at a reload when no content script answers', async () => {
    requestRead.mockResolvedValue(false);
    tabs.add(1, PRODUCT.url, 1, true);
    start();
    await vi.waitFor(() => expect(model!.state.value).toEqual({ kind: 'loading', hint: 'no-content-script' }));
    expect(requestRead).toHaveBeenCalledTimes(2); // asked again once: it may have been starting
  });

  it('reports a stored row that no longer fits the schema', async () => {
    tabs.add(1, PRODUCT.url, 1, true);
    await db.tabReads.put({ tabId: 1, read: { ...PRODUCT, version: 0 as 1 }, updatedAt: 1 });
    start();
    await vi.waitFor(() => expect(model!.state.value).toMatchObject({ kind: 'error', message: 'errorBadRow' }));
  });
});

describe('panel model: Taobao, Tmall and JD tabs', () => {
  it('asks a Tmall tab’s content script for its read and shows it', async () => {
    const read = tmallProductRead();
    tabs.add(1, read.url, 1, true);
    start();
    await vi.waitFor(() => expect(requestRead).toHaveBeenCalledWith(1));
    await storePageRead(db, 1, read);
    await settle('read');
    expect(model!.state.value).toMatchObject({ kind: 'read', read: { marketplace: 'tmall', product: { id: '605258110430' } } });
  });

  it('follows a switch to a JD tab that is behind a risk check', async () => {
    const tmall = tmallProductRead();
    const jd = blockedCnRead('jd', 'risk-check');
    tabs.add(1, tmall.url, 1, true);
    tabs.add(2, jd.url, 1);
    await storePageRead(db, 1, tmall);
    await storePageRead(db, 2, jd);
    start();
    await settle('read');
    tabs.activate(2);
    await settle('blocked');
    expect(model!.state.value).toMatchObject({ kind: 'blocked', read: { marketplace: 'jd', blockedReason: 'risk-check' } });
  });

  it('says no marketplace for a look-alike host', async () => {
    tabs.add(1, 'https://item.taobao.com.evil.example/item.htm?id=1', 1, true);
    start();
    await settle('no-marketplace');
    expect(requestRead).not.toHaveBeenCalled();
  });
});

describe('panel model: a fixed tab (?tabId=)', () => {
  it('shows that tab and ignores activation of others', async () => {
    tabs.add(1, SEARCH.url, 1, true);
    tabs.add(7, PRODUCT.url, 1);
    await storePageRead(db, 1, SEARCH);
    await storePageRead(db, 7, PRODUCT);
    start(7);
    await vi.waitFor(() => expect(model!.state.value).toMatchObject({ kind: 'read', read: { pageKind: 'product' } }));
    tabs.activate(1);
    await new Promise((r) => setTimeout(r, 30));
    expect(model!.state.value).toMatchObject({ kind: 'read', read: { pageKind: 'product' } });
  });

  it.each<[string, number | 'invalid', string]>([
    ['a tab that does not exist', 99, 'errorTabGone'],
    ['a malformed id', 'invalid', 'errorNoTab'],
  ])('says so for %s', async (_name, id, message) => {
    start(id);
    await vi.waitFor(() => expect(model!.state.value).toMatchObject({ kind: 'error', message }));
  });

  it('says the tab is closed when it closes', async () => {
    tabs.add(7, PRODUCT.url, 1);
    await storePageRead(db, 7, PRODUCT);
    start(7);
    await settle('read');
    tabs.remove(7);
    await vi.waitFor(() => expect(model!.state.value).toMatchObject({ kind: 'error', message: 'errorTabGone' }));
  });
});
