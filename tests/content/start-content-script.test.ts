// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarketplaceAdapter } from '../../lib/marketplaces/types';

/** runtime as webextension-polyfill exposes it to a content script. */
const fake = vi.hoisted(() => ({
  sendMessage: vi.fn<(msg: unknown) => Promise<unknown>>(),
  listeners: new Set<(msg: unknown, sender: unknown) => unknown>(),
}));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'ext',
      getURL: (p: string) => `chrome-extension://ext${p}`,
      sendMessage: fake.sendMessage,
      onMessage: {
        addListener: (cb: (msg: unknown, sender: unknown) => unknown) => fake.listeners.add(cb),
        removeListener: (cb: (msg: unknown, sender: unknown) => unknown) => fake.listeners.delete(cb),
      },
    },
  },
}));
const { startContentScript } = await import('../../lib/content/start-content-script');

/** The parts of WXT's ContentScriptContext the script uses, with invalidation under test control. */
function fakeContext() {
  const invalidated: (() => void)[] = [];
  const events: [EventTarget, string, EventListener][] = [];
  const ctx = {
    addEventListener: (target: EventTarget, type: string, handler: EventListener) => {
      target.addEventListener(type, handler);
      events.push([target, type, handler]);
    },
    onInvalidated: (cb: () => void) => void invalidated.push(cb),
  } as unknown as ContentScriptContext;
  const invalidate = () => {
    for (const [target, type, handler] of events) target.removeEventListener(type, handler);
    invalidated.forEach((cb) => cb());
  };
  return { ctx, invalidate };
}

const adapter: MarketplaceAdapter = {
  id: 'taobao',
  matches: ['https://*.taobao.com/*'],
  owns: (url) => url.hostname.endsWith('.taobao.com'),
  detect: () => 'product',
  read: (doc, url, kind) => ({
    marketplace: 'taobao',
    pageKind: kind,
    url: url.href,
    locale: 'zh-CN',
    product: { id: url.searchParams.get('id') ?? 'none', title: doc.querySelector('h1')?.textContent ?? undefined },
    issues: [],
  }),
};
const sentReads = () => fake.sendMessage.mock.calls.map(([m]) => (m as { payload: { read: { url: string; product?: { title?: string } } } }).payload.read);
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
let stop: (() => void) | undefined;

afterEach(() => {
  stop?.();
  vi.clearAllMocks();
  fake.listeners.clear();
  document.body.replaceChildren();
});

describe('startContentScript', () => {
  it('sends the page’s read to the background, answers read-now, and stops when invalidated', async () => {
    fake.sendMessage.mockResolvedValue({ ok: true, data: { stored: true } });
    setUrl('https://item.taobao.com/item.htm?id=538429031287');
    document.body.append(Object.assign(document.createElement('h1'), { textContent: '伊嘉 长袖衬衫' }));
    const { ctx, invalidate } = fakeContext();
    stop = invalidate;
    startContentScript(ctx, [adapter]);
    await vi.waitFor(() => expect(sentReads()).toHaveLength(1));
    expect(sentReads()[0]).toMatchObject({ url: 'https://item.taobao.com/item.htm?id=538429031287', product: { title: '伊嘉 长袖衬衫' } });

    // The side panel asks: the unchanged read is sent again.
    const [listener] = fake.listeners;
    const answer = await listener!({ type: 'read-now', payload: {} }, { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' });
    expect(answer).toEqual({ ok: true, data: { accepted: true } });
    await vi.waitFor(() => expect(sentReads()).toHaveLength(2));

    // SPA navigation (WXT's wxt:locationchange): a new read of the new address.
    setUrl('https://item.taobao.com/item.htm?id=42787488748');
    window.dispatchEvent(new Event('wxt:locationchange'));
    await vi.waitFor(() => expect(sentReads().map((r) => r.url)).toContain('https://item.taobao.com/item.htm?id=42787488748'));

    invalidate();
    stop = undefined;
    expect(fake.listeners.size).toBe(0);
  });

  it('sends nothing on a page none of its adapters owns', async () => {
    setUrl('https://www.amazon.com/dp/B0BYNZ6B6Y');
    const { ctx, invalidate } = fakeContext();
    stop = invalidate;
    startContentScript(ctx, [adapter]);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.sendMessage).not.toHaveBeenCalled();
  });
});
