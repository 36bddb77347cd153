import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { dispatch, envelope, type Handlers, type Self } from '../../lib/messaging';

/** draft-save / draft-delete: only the extension's own pages may send them, and only valid drafts pass. */
type Sender = Browser.runtime.MessageSender;
const self: Self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const tab = (id: number) => ({ id, index: 0, windowId: 1, active: true, pinned: false, highlighted: true, incognito: false }) as Browser.tabs.Tab;
const sidePanel: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
const panelInATab: Sender = { id: 'ext-id', tab: tab(9), frameId: 0, url: 'chrome-extension://ext-id/sidepanel.html?tabId=42' };
const contentScript: Sender = { id: 'ext-id', tab: tab(42), frameId: 0, url: 'https://www.amazon.com/dp/B0BYNZ6B6Y' };

const DRAFT = {
  id: 'draft-1',
  marketplace: 'jd' as const,
  name: '电热水壶',
  title: '美的电热水壶 1.7L 304不锈钢',
  bullets: [],
  searchTerms: '',
  shortTitle: '304不锈钢 大容量',
  keywords: ['电热水壶'],
  updatedAt: 0,
};

function handlers() {
  const save = vi.fn<NonNullable<Handlers['draft-save']>>(() => ({ saved: true, updatedAt: 1, historyId: 4 }));
  const remove = vi.fn<NonNullable<Handlers['draft-delete']>>(() => ({ deleted: true }));
  return { save, remove, all: { 'draft-save': save, 'draft-delete': remove } satisfies Handlers };
}

describe('draft-save and draft-delete', () => {
  it.each([
    ['the side panel', sidePanel],
    ['the panel opened as a tab', panelInATab],
  ])('accepts a draft from %s, short title and all', async (_name, sender) => {
    const h = handlers();
    const res = await dispatch(h.all, envelope('draft-save', { draft: DRAFT, checkpoint: true }), sender, self);
    expect(res).toEqual({ ok: true, data: { saved: true, updatedAt: 1, historyId: 4 } });
    expect(h.save).toHaveBeenCalledWith({ draft: DRAFT, checkpoint: true }, { url: sender.url });
  });

  it('accepts a delete from the panel', async () => {
    const h = handlers();
    expect(await dispatch(h.all, envelope('draft-delete', { id: 'draft-1' }), sidePanel, self)).toEqual({ ok: true, data: { deleted: true } });
  });

  it.each<[string, 'draft-save' | 'draft-delete', Sender]>([
    ['a draft from a content script (page code could forge it)', 'draft-save', contentScript],
    ['a delete from a content script', 'draft-delete', contentScript],
    ['a draft from another extension’s page', 'draft-save', { id: 'other', url: 'chrome-extension://other/x.html' }],
    ['a delete from another extension, whatever URL it gives', 'draft-delete', { id: 'other', url: 'chrome-extension://ext-id/sidepanel.html' }],
  ])('refuses %s', async (_name, type, sender) => {
    const h = handlers();
    const payload = type === 'draft-save' ? { draft: DRAFT } : { id: 'draft-1' };
    const res = await dispatch(h.all, { type, payload }, sender, self);
    expect(!res.ok && res.error.code).toBe('wrong-sender');
    expect(h.save).not.toHaveBeenCalled();
    expect(h.remove).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['no draft', {}],
    ['a title over 2000 characters', { draft: { ...DRAFT, title: 'x'.repeat(2001) } }],
    ['a short title over 2000 characters', { draft: { ...DRAFT, shortTitle: 'x'.repeat(2001) } }],
    ['501 keywords', { draft: { ...DRAFT, keywords: Array.from({ length: 501 }, (_, i) => `k${i}`) } }],
    ['eleven bullets', { draft: { ...DRAFT, bullets: Array.from({ length: 11 }, () => 'b') } }],
    ['an unknown marketplace', { draft: { ...DRAFT, marketplace: 'ebay' } }],
    ['an empty id', { draft: { ...DRAFT, id: '' } }],
    ['an id over 64 characters', { draft: { ...DRAFT, id: 'x'.repeat(65) } }],
    ['a negative time', { draft: { ...DRAFT, updatedAt: -1 } }],
    ['a checkpoint that is not a boolean', { draft: DRAFT, checkpoint: 'yes' }],
  ])('answers a draft-save with %s as malformed', async (_name, payload) => {
    const h = handlers();
    const res = await dispatch(h.all, { type: 'draft-save', payload }, sidePanel, self);
    expect(!res.ok && res.error.code).toBe('malformed');
    expect(h.save).not.toHaveBeenCalled();
  });

  it.each<[string, unknown]>([
    ['no id', {}],
    ['an empty id', { id: '' }],
    ['a number id', { id: 7 }],
  ])('answers a draft-delete with %s as malformed', async (_name, payload) => {
    const h = handlers();
    const res = await dispatch(h.all, { type: 'draft-delete', payload }, sidePanel, self);
    expect(!res.ok && res.error.code).toBe('malformed');
    expect(h.remove).not.toHaveBeenCalled();
  });

  it('drops fields the draft schema does not know (nothing extra reaches the database)', async () => {
    const h = handlers();
    await dispatch(h.all, { type: 'draft-save', payload: { draft: { ...DRAFT, html: '<img src=x onerror=alert(1)>' } } }, sidePanel, self);
    expect(h.save.mock.calls[0]![0].draft).not.toHaveProperty('html');
  });

  it('turns an answer outside the protocol into handler-failed', async () => {
    const res = await dispatch({ 'draft-save': () => ({ saved: false }) as never }, envelope('draft-save', { draft: DRAFT }), sidePanel, self);
    expect(!res.ok && res.error.code).toBe('handler-failed');
  });
});
