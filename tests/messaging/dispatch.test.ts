import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { dispatch, envelope, MAX_MESSAGE_CHARS, MessageRefused, parseResponse, type Handlers, type Self } from '../../lib/messaging';
import { productRead } from '../db/fixtures/sample-reads';

type Sender = Browser.runtime.MessageSender;
const self: Self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const tab = (id: number) => ({ id, index: 0, windowId: 1, active: true, pinned: false, highlighted: true, incognito: false }) as Browser.tabs.Tab;

const contentScript: Sender = { id: 'ext-id', tab: tab(42), frameId: 0, url: 'https://www.amazon.com/dp/B0BYNZ6B6Y' };
const sidePanel: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
const panelInATab: Sender = { id: 'ext-id', tab: tab(9), frameId: 0, url: 'chrome-extension://ext-id/sidepanel.html?tabId=42' };

function handlers() {
  const pageRead = vi.fn<NonNullable<Handlers['page-read']>>(() => ({ stored: true, snapshotId: 3 }));
  const readNow = vi.fn<NonNullable<Handlers['read-now']>>(() => ({ accepted: true }));
  return { pageRead, readNow, all: { 'page-read': pageRead, 'read-now': readNow } satisfies Handlers };
}

describe('dispatch: good messages', () => {
  it('passes a valid page-read to the handler with the sender’s tab id', async () => {
    const h = handlers();
    const read = productRead();
    const res = await dispatch(h.all, envelope('page-read', { read }), contentScript, self);
    expect(res).toEqual({ ok: true, data: { stored: true, snapshotId: 3 } });
    expect(h.pageRead).toHaveBeenCalledWith({ read }, { tabId: 42, url: contentScript.url });
  });

  it('ignores a tab id smuggled into the payload', async () => {
    const h = handlers();
    await dispatch(h.all, { type: 'page-read', payload: { read: productRead(), tabId: 7 } }, contentScript, self);
    const [payload, sender] = h.pageRead.mock.calls[0]!;
    expect(payload).not.toHaveProperty('tabId');
    expect(sender.tabId).toBe(42);
  });

  it.each([
    ['the side panel', sidePanel],
    ['the panel opened as a tab', panelInATab],
  ])('accepts read-now from %s', async (_name, sender) => {
    const h = handlers();
    expect(await dispatch(h.all, envelope('read-now', {}), sender, self)).toEqual({ ok: true, data: { accepted: true } });
  });
});

describe('dispatch: malformed messages', () => {
  const cyclic: Record<string, unknown> = { type: 'page-read' };
  cyclic.payload = cyclic;
  it.each([
    ['a string', 'page-read'],
    ['null', null],
    ['no type', { payload: {} }],
    ['an unknown type', { type: 'delete-everything', payload: {} }],
    ['no payload read', { type: 'page-read', payload: {} }],
    ['a read with a 6-star rating', { type: 'page-read', payload: { read: { ...productRead(), product: { id: 'B0', rating: 6 } } } }],
    ['a read with a wrong version', { type: 'page-read', payload: { read: { ...productRead(), version: 2 } } }],
    ['a cyclic object', cyclic],
  ])('answers %s with a malformed error', async (_name, raw) => {
    const h = handlers();
    const res = await dispatch(h.all, raw, contentScript, self);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.code).toBe('malformed');
    expect(h.pageRead).not.toHaveBeenCalled();
  });

  it('names the rejected field', async () => {
    const raw = { type: 'page-read', payload: { read: { ...productRead(), product: { id: 'B0', rating: 6 } } } };
    const res = await dispatch(handlers().all, raw, contentScript, self);
    expect(!res.ok && res.error.message).toContain('read.product.rating');
  });

  it('answers a type with no handler in this context as malformed', async () => {
    const res = await dispatch({ 'read-now': () => ({ accepted: true }) }, envelope('page-read', { read: productRead() }), contentScript, self);
    expect(!res.ok && res.error.code).toBe('malformed');
  });
});

describe('dispatch: oversized messages', () => {
  it.each([
    ['just over the limit', MAX_MESSAGE_CHARS],
    ['far over the limit', MAX_MESSAGE_CHARS * 3],
  ])('refuses a message %s before parsing it', async (_name, size) => {
    const h = handlers();
    const raw = { type: 'page-read', payload: { read: productRead(), padding: 'x'.repeat(size) } };
    const res = await dispatch(h.all, raw, contentScript, self);
    expect(!res.ok && res.error.code).toBe('too-large');
    expect(h.pageRead).not.toHaveBeenCalled();
  });

  it('accepts a large but real read (500 search results)', async () => {
    const results = Array.from({ length: 500 }, (_, i) => ({ position: i + 1, id: `B0${String(i).padStart(8, '0')}`, title: 'Charger '.repeat(40), sponsored: false }));
    const read = { ...productRead(), pageKind: 'search' as const, product: undefined, reviews: undefined, results };
    expect((await dispatch(handlers().all, envelope('page-read', { read }), contentScript, self)).ok).toBe(true);
  });
});

describe('dispatch: wrong senders', () => {
  it.each<[string, 'page-read' | 'read-now', Sender]>([
    ['page-read from the side panel (no tab)', 'page-read', sidePanel],
    ['page-read from the panel opened as a tab', 'page-read', panelInATab],
    ['page-read from an iframe', 'page-read', { ...contentScript, frameId: 3 }],
    ['page-read from another extension', 'page-read', { ...contentScript, id: 'other-ext' }],
    ['page-read with no sender at all', 'page-read', {}],
    ['read-now from a content script', 'read-now', contentScript],
    ['read-now from another extension’s page', 'read-now', { id: 'other-ext', url: 'chrome-extension://other-ext/x.html' }],
  ])('refuses %s', async (_name, type, sender) => {
    const h = handlers();
    const payload = type === 'page-read' ? { read: productRead() } : {};
    const res = await dispatch(h.all, { type, payload }, sender, self);
    expect(!res.ok && res.error.code).toBe('wrong-sender');
    expect(h.pageRead).not.toHaveBeenCalled();
    expect(h.readNow).not.toHaveBeenCalled();
  });
});

describe('dispatch: handler failures', () => {
  it.each([
    ['a named refusal', () => { throw new MessageRefused('wrong-sender', 'url is not the tab’s'); }, 'wrong-sender'],
    ['a crash', () => { throw new Error('quota exceeded'); }, 'handler-failed'],
    ['an answer outside the protocol', () => ({ stored: 'yes' }), 'handler-failed'],
  ])('turns %s into an error answer', async (_name, impl, code) => {
    const res = await dispatch({ 'page-read': impl as never }, envelope('page-read', { read: productRead() }), contentScript, self);
    expect(!res.ok && res.error.code).toBe(code);
  });
});

describe('parseResponse', () => {
  it.each([
    ['a good answer', { ok: true, data: { accepted: true } }, true, undefined],
    ['a named error', { ok: false, error: { code: 'too-large', message: 'big' } }, false, 'too-large'],
    ['undefined (listener returned nothing)', undefined, false, 'bad-response'],
    ['data outside the protocol', { ok: true, data: { accepted: 'maybe' } }, false, 'bad-response'],
    ['an unknown error code', { ok: false, error: { code: 'boom', message: '' } }, false, 'bad-response'],
  ])('reads %s', (_name, raw, ok, code) => {
    const res = parseResponse('read-now', raw);
    expect(res.ok).toBe(ok);
    if (!res.ok) expect(res.error.code).toBe(code);
  });
});
