import { afterEach, describe, expect, it, vi } from 'vitest';

/** runtime / tabs as webextension-polyfill exposes them: promise-returning. */
const fake = vi.hoisted(() => ({
  sendMessage: vi.fn<(msg: unknown) => Promise<unknown>>(),
  tabsSendMessage: vi.fn<(tabId: number, msg: unknown) => Promise<unknown>>(),
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
    tabs: { sendMessage: fake.tabsSendMessage },
  },
}));

const { listen, sendToBackground, sendToTab } = await import('../../lib/messaging');
const { productRead } = await import('../db/fixtures/sample-reads');

afterEach(() => {
  vi.clearAllMocks();
  fake.listeners.clear();
});

describe('sendToBackground / sendToTab', () => {
  it('wraps the payload in an envelope and parses the answer', async () => {
    fake.sendMessage.mockResolvedValue({ ok: true, data: { stored: true, snapshotId: 2 } });
    const read = productRead();
    await expect(sendToBackground('page-read', { read })).resolves.toEqual({ ok: true, data: { stored: true, snapshotId: 2 } });
    expect(fake.sendMessage).toHaveBeenCalledWith({ type: 'page-read', payload: { read } });
  });

  it.each([
    ['no listener (rejects)', () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')), 'no-receiver'],
    ['an answer outside the protocol', () => Promise.resolve({ ok: true, data: 'yes' }), 'bad-response'],
    ['no answer at all', () => Promise.resolve(undefined), 'bad-response'],
    ['a named refusal', () => Promise.resolve({ ok: false, error: { code: 'wrong-sender', message: 'x' } }), 'wrong-sender'],
  ])('read-now to a tab with %s → %s', async (_name, impl, code) => {
    fake.tabsSendMessage.mockImplementation(impl);
    const res = await sendToTab(12, 'read-now', {});
    expect(fake.tabsSendMessage).toHaveBeenCalledWith(12, { type: 'read-now', payload: {} });
    expect(!res.ok && res.error.code).toBe(code);
  });
});

describe('listen', () => {
  it('answers through runtime.onMessage and stops on unsubscribe', async () => {
    const off = listen({ 'read-now': () => ({ accepted: true }) });
    expect(fake.listeners.size).toBe(1);
    const [listener] = fake.listeners;
    const answer = await listener!({ type: 'read-now', payload: {} }, { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' });
    expect(answer).toEqual({ ok: true, data: { accepted: true } });
    off();
    expect(fake.listeners.size).toBe(0);
  });
});
