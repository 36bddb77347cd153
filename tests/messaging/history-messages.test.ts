import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { IMPORT_PART_CHARS, MAX_IMPORT_PARTS } from '../../lib/export/limits';
import { dispatch, importParts, MAX_MESSAGE_CHARS, sendImport, type Handlers, type MessageType, type RequestOf, type Self } from '../../lib/messaging';

/**
 * The competitor-history messages: only the extension's own pages may send them, only
 * payloads their schemas accept reach a handler, and none may be oversized.
 */
type Sender = Browser.runtime.MessageSender;
type HistoryMessage = 'track-product' | 'untrack-product' | 'group-save' | 'group-delete' | 'settings-save' | 'import-data' | 'prune-snapshots' | 'request-persistence';
const self: Self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const tab = (id: number) => ({ id, index: 0, windowId: 1, active: true, pinned: false, highlighted: true, incognito: false }) as Browser.tabs.Tab;
const sidePanel: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/sidepanel.html' };
const panelInATab: Sender = { id: 'ext-id', tab: tab(9), frameId: 0, url: 'chrome-extension://ext-id/sidepanel.html?tabId=42' };
const contentScript: Sender = { id: 'ext-id', tab: tab(42), frameId: 0, url: 'https://www.amazon.com/dp/B0BYNZ6B6Y' };
const otherExtension: Sender = { id: 'other', url: 'chrome-extension://ext-id/sidepanel.html' };

/** A valid payload of each, and the answer its fake handler gives. */
const VALID: Record<HistoryMessage, [unknown, unknown]> = {
  'track-product': [{ productKey: 'amazon:B0BYNZ6B6Y', role: 'competitor', groupName: 'Chargers' }, { role: 'competitor', groupId: 'g1', groupCreated: true, snapshotId: 1, snapshot: 'added' }],
  'untrack-product': [{ productKey: 'jd:100012043978', groupId: 'g1' }, { role: 'untracked', groups: 0 }],
  'group-save': [
    { group: { name: 'Chargers', mine: 'amazon:B0BYNZ6B6Y', competitors: ['amazon:B07QXV6N1B'] } },
    { group: { id: 'g1', name: 'Chargers', mine: 'amazon:B0BYNZ6B6Y', competitors: ['amazon:B07QXV6N1B'], createdAt: 1, updatedAt: 1 } },
  ],
  'group-delete': [{ groupId: 'g1' }, { deleted: true, untracked: 1 }],
  'settings-save': [
    { settings: { exchangeRates: [{ from: 'USD', to: 'CNY', rate: 7.2, asOf: '2025-03-01' }] } },
    { settings: { exchangeRates: [{ from: 'USD', to: 'CNY', rate: 7.2, asOf: '2025-03-01' }], language: 'auto', title: { limits: {}, amazonTitle75: false }, updatedAt: 1 } },
  ],
  'import-data': [{ text: '{"format":"listing-lens"}' }, { done: true, added: { products: 1 }, updated: { products: 0 } }],
  'prune-snapshots': [{ keepPerProduct: 10 }, { deleted: 4 }],
  'request-persistence': [{}, { available: false, persisted: false }],
};
const TYPES = Object.keys(VALID) as HistoryMessage[];

function fakeHandlers() {
  const calls: MessageType[] = [];
  const all = Object.fromEntries(
    TYPES.map((type) => [
      type,
      vi.fn(() => {
        calls.push(type);
        return VALID[type][1];
      }),
    ]),
  ) as Handlers;
  return { all, calls };
}

describe('competitor-history messages', () => {
  it.each(TYPES.flatMap((type) => [[type, 'the side panel', sidePanel] as const, [type, 'the panel opened as a tab', panelInATab] as const]))(
    'accept %s from %s',
    async (type, _name, sender) => {
      const h = fakeHandlers();
      const res = await dispatch(h.all, { type, payload: VALID[type][0] }, sender, self);
      expect(res).toEqual({ ok: true, data: VALID[type][1] });
      expect(h.calls).toEqual([type]);
    },
  );

  it.each(TYPES.flatMap((type) => [[type, 'a content script (page code could forge it)', contentScript] as const, [type, 'another extension', otherExtension] as const]))(
    'refuse %s from %s',
    async (type, _name, sender) => {
      const h = fakeHandlers();
      const res = await dispatch(h.all, { type, payload: VALID[type][0] }, sender, self);
      expect(!res.ok && res.error.code).toBe('wrong-sender');
      expect(h.calls).toEqual([]);
    },
  );

  it.each<[HistoryMessage, string, unknown, string]>([
    ['track-product', 'no product key', { role: 'mine' }, 'productKey'],
    ['track-product', 'a key of an unknown marketplace', { productKey: 'ebay:123', role: 'mine' }, 'productKey'],
    ['track-product', 'a key with spaces', { productKey: 'amazon:B0 X', role: 'mine' }, 'productKey'],
    ['track-product', 'role untracked', { productKey: 'amazon:B0BYNZ6B6Y', role: 'untracked' }, 'role'],
    ['track-product', 'a group id with slashes', { productKey: 'amazon:B0BYNZ6B6Y', role: 'mine', groupId: '../g1' }, 'groupId'],
    ['track-product', 'a blank group name', { productKey: 'amazon:B0BYNZ6B6Y', role: 'mine', groupName: '   ' }, 'groupName'],
    ['track-product', 'a 201-character group name', { productKey: 'amazon:B0BYNZ6B6Y', role: 'mine', groupName: 'x'.repeat(201) }, 'groupName'],
    ['untrack-product', 'a number for a key', { productKey: 42 }, 'productKey'],
    ['group-save', 'no group', {}, 'group'],
    ['group-save', 'no name', { group: { competitors: [] } }, 'group.name'],
    ['group-save', 'a competitor that is not a key', { group: { name: 'A', competitors: ['B0BYNZ6B6Y'] } }, 'group.competitors.0'],
    ['group-save', '201 competitors', { group: { name: 'A', competitors: Array.from({ length: 201 }, (_, i) => `jd:${i}`) } }, 'group.competitors'],
    ['group-delete', 'an empty id', { groupId: '' }, 'groupId'],
    ['settings-save', 'an unknown key', { settings: { theme: 'dark' } }, 'settings'],
    ['settings-save', 'a save time', { settings: { updatedAt: 5 } }, 'settings'],
    ['settings-save', 'a zero exchange rate', { settings: { exchangeRates: [{ from: 'USD', to: 'CNY', rate: 0, asOf: 'x' }] } }, 'settings.exchangeRates.0.rate'],
    ['import-data', 'no text', {}, 'text'],
    ['import-data', 'an object for text', { text: { format: 'listing-lens' } }, 'text'],
    ['import-data', 'a part past the count', { text: 'x', part: { upload: 'upload-1', index: 2, count: 2 } }, 'index must be below count'],
    ['import-data', `${MAX_IMPORT_PARTS + 1} parts`, { text: 'x', part: { upload: 'upload-1', index: 0, count: MAX_IMPORT_PARTS + 1 } }, 'part.count'],
    ['import-data', 'an upload id with slashes', { text: 'x', part: { upload: '../../etc', index: 0, count: 2 } }, 'part.upload'],
    ['prune-snapshots', 'neither rule', {}, 'give before or keepPerProduct'],
    ['prune-snapshots', 'keep 0 per product', { keepPerProduct: 0 }, 'keepPerProduct'],
    ['prune-snapshots', 'a date that is not ISO', { before: 'last week' }, 'before'],
  ])('answer %s with %s as malformed, naming the field', async (type, _name, payload, field) => {
    const h = fakeHandlers();
    const res = await dispatch(h.all, { type, payload }, sidePanel, self);
    expect(!res.ok && res.error.code).toBe('malformed');
    expect(!res.ok && res.error.message).toContain(field);
    expect(h.calls).toEqual([]);
  });

  it.each<[HistoryMessage, unknown]>([
    ['track-product', { productKey: 'amazon:B0BYNZ6B6Y', role: 'mine', padding: 'x'.repeat(MAX_MESSAGE_CHARS) }],
    ['settings-save', { settings: {}, padding: 'x'.repeat(MAX_MESSAGE_CHARS) }],
    ['import-data', { text: 'x'.repeat(2 * IMPORT_PART_CHARS + 1_000) }],
    ['import-data', { text: '"'.repeat(IMPORT_PART_CHARS + 1_000) }],
  ])('refuse an oversized %s before parsing it', async (type, payload) => {
    const h = fakeHandlers();
    const res = await dispatch(h.all, { type, payload }, sidePanel, self);
    expect(!res.ok && res.error.code).toBe('too-large');
    expect(h.calls).toEqual([]);
  });

  it('let an import part up to its own bound through (4 M characters of quotes, far over an ordinary message’s bound once escaped)', async () => {
    const h = fakeHandlers();
    const res = await dispatch(h.all, { type: 'import-data', payload: { text: '"'.repeat(IMPORT_PART_CHARS) } }, sidePanel, self);
    expect(res.ok).toBe(true);
  });

  it('answer a text longer than one part as malformed (it must go in parts)', async () => {
    const h = fakeHandlers();
    const res = await dispatch(h.all, { type: 'import-data', payload: { text: 'x'.repeat(IMPORT_PART_CHARS + 1) } }, sidePanel, self);
    expect(!res.ok && res.error.code).toBe('malformed');
    expect(h.calls).toEqual([]);
  });
});

describe('sending a file for import', () => {
  it('sends a small file whole', () => {
    expect(importParts('{"format":"listing-lens"}')).toEqual([{ text: '{"format":"listing-lens"}' }]);
  });

  it('splits a long file into parts that join back to it, and sends them in order', async () => {
    const text = 'ab'.repeat(IMPORT_PART_CHARS + 3);
    const parts = importParts(text, 'upload-9');
    expect(parts.map((p) => [p.text.length, p.part])).toEqual([
      [IMPORT_PART_CHARS, { upload: 'upload-9', index: 0, count: 3 }],
      [IMPORT_PART_CHARS, { upload: 'upload-9', index: 1, count: 3 }],
      [6, { upload: 'upload-9', index: 2, count: 3 }],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    const sent: RequestOf<'import-data'>[] = [];
    const res = await sendImport(text, async (p) => {
      sent.push(p);
      return { ok: true, data: p.part && p.part.index < p.part.count - 1 ? { done: false, received: p.part.index + 1, of: p.part.count } : { done: true, added: {}, updated: {} } };
    });
    expect(res).toEqual({ ok: true, data: { done: true, added: {}, updated: {} } });
    expect(sent.map((p) => p.part?.index)).toEqual([0, 1, 2]);
  });

  it('never splits a surrogate pair between two parts', () => {
    const text = `${'x'.repeat(IMPORT_PART_CHARS - 1)}😀${'y'.repeat(10)}`;
    const parts = importParts(text, 'upload-8');
    expect(parts.map((p) => p.text.length)).toEqual([IMPORT_PART_CHARS - 1, 12]);
    expect(parts[1]!.text.startsWith('😀')).toBe(true);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('stops at the first refused part, and refuses a file with too many parts without sending', async () => {
    let calls = 0;
    const refused = await sendImport('x'.repeat(IMPORT_PART_CHARS * 2), async () => {
      calls++;
      return { ok: false, error: { code: 'storage-full', message: 'full' } };
    });
    expect([refused.ok, calls]).toEqual([false, 1]);
    const huge = await sendImport('x'.repeat(IMPORT_PART_CHARS * MAX_IMPORT_PARTS + 1), async () => {
      calls++;
      return { ok: false, error: { code: 'malformed', message: '' } };
    });
    expect([!huge.ok && huge.error.code, calls]).toEqual(['too-large', 1]);
  });
});
