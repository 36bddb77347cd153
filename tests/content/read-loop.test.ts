// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startReadLoop, type ReadLoop } from '../../lib/content/read-loop';
import { sameRead, readFingerprint } from '../../lib/content/read-fingerprint';
import type { PageRead, Promotion } from '../../lib/schema';
import { productRead, searchRead } from '../db/fixtures/sample-reads';

const PRICE = '#price';
let href: string;
let sent: PageRead[];
let loop: ReadLoop | undefined;
let clock: number;

/** A stand-in reader: the price comes from the DOM, so DOM changes change the read. */
function read(doc: Document, at: string): PageRead | undefined {
  if (!at.includes('amazon')) return undefined;
  const text = doc.querySelector(PRICE)?.textContent?.trim();
  const amount = text ? Number(text.replace(/[^0-9.]/g, '')) : undefined;
  clock += 1000;
  const readAt = new Date(clock).toISOString();
  return amount === undefined
    ? productRead({ url: at, readAt, issues: [{ field: 'price', severity: 'missing-required', message: 'Price not found' }] }, { price: undefined })
    : productRead({ url: at, readAt }, { price: { amount, currency: 'USD' } });
}

function start(overrides: { send?: (r: PageRead) => Promise<boolean> } = {}): ReadLoop {
  loop = startReadLoop({
    doc: document,
    href: () => href,
    lateParts: (_doc, at) => (at.includes('/s?') ? [] : [PRICE]),
    read,
    send: overrides.send ?? (async (r) => (sent.push(r), true)),
    timing: { waitMs: 4000, debounceMs: 300, maxWaitMs: 2000 },
  });
  return loop;
}

function setPrice(text: string): void {
  let el = document.querySelector(PRICE);
  if (!el) {
    el = document.createElement('span');
    el.id = 'price';
    document.body.append(el);
  }
  el.textContent = text;
}

const prices = () => sent.map((r) => r.product?.price?.amount);

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  href = 'https://www.amazon.com/dp/B0BYNZ6B6Y';
  sent = [];
  clock = Date.parse('2025-03-01T10:00:00Z');
});
afterEach(() => {
  loop?.stop();
  vi.useRealTimers();
});

describe('read loop: first read', () => {
  it('waits for the late price and sends one read that has it', async () => {
    start();
    await vi.advanceTimersByTimeAsync(1200);
    expect(sent).toHaveLength(0);
    setPrice('$35.99');
    await vi.advanceTimersByTimeAsync(10);
    expect(prices()).toEqual([35.99]);
  });

  it('reads at once when the price is already there', async () => {
    setPrice('$35.99');
    start();
    await vi.advanceTimersByTimeAsync(0);
    expect(prices()).toEqual([35.99]);
  });

  it('sends after the bound with the price reported missing when it never comes', async () => {
    start();
    await vi.advanceTimersByTimeAsync(3990);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(prices()).toEqual([undefined]);
    expect(sent[0]!.issues.map((i) => [i.field, i.severity])).toEqual([['price', 'missing-required']]);
  });

  it('sends nothing for a page the reader does not read', async () => {
    href = 'https://example.com/';
    start();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(0);
  });
});

describe('read loop: changes', () => {
  it('re-reads when the late part changes, and sends only reads that differ', async () => {
    setPrice('$35.99');
    start();
    await vi.advanceTimersByTimeAsync(0);
    setPrice('$31.50');
    await vi.advanceTimersByTimeAsync(400);
    setPrice(' $31.50 '); // same value, new text node
    await vi.advanceTimersByTimeAsync(400);
    expect(prices()).toEqual([35.99, 31.5]);
  });

  it('starts a new cycle on in-page navigation and ignores a non-change', async () => {
    setPrice('$35.99');
    start();
    await vi.advanceTimersByTimeAsync(0);
    loop!.navigated(); // same href: nothing
    href = 'https://www.amazon.com/dp/B0BYNZ6B6Y?th=1'; // variant picked via history.replaceState
    loop!.navigated();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((r) => r.url)).toEqual(['https://www.amazon.com/dp/B0BYNZ6B6Y', 'https://www.amazon.com/dp/B0BYNZ6B6Y?th=1']);
  });

  it('navigating to a page kind without late parts reads without waiting', async () => {
    setPrice('$35.99');
    start();
    await vi.advanceTimersByTimeAsync(0);
    document.querySelector(PRICE)!.remove();
    href = 'https://www.amazon.com/s?k=charger';
    loop!.navigated();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(2);
    // Late-part watching of the old cycle is gone: a price appearing now is not the search page's part.
    setPrice('$1');
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent).toHaveLength(2);
  });
});

describe('read loop: read-now and delivery', () => {
  it('read-now resends an unchanged read', async () => {
    setPrice('$35.99');
    start();
    await vi.advanceTimersByTimeAsync(0);
    loop!.readNow();
    await loop!.settled();
    expect(prices()).toEqual([35.99, 35.99]);
  });

  it('read-now during the wait does not read early; the cycle sends once when the part comes', async () => {
    start();
    await vi.advanceTimersByTimeAsync(500);
    loop!.readNow();
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(0);
    setPrice('$35.99');
    await vi.advanceTimersByTimeAsync(10);
    expect(prices()).toEqual([35.99]);
  });

  it('a read the background did not take is sent again on the next change', async () => {
    const answers = [false, true, true];
    setPrice('$35.99');
    start({ send: async (r) => (sent.push(r), answers.shift() ?? true) });
    await vi.advanceTimersByTimeAsync(0);
    // The re-read after a no-op mutation is identical, but the first was never delivered.
    setPrice('$35.99 ');
    await vi.advanceTimersByTimeAsync(400);
    setPrice('35.99');
    await vi.advanceTimersByTimeAsync(400);
    expect(prices()).toEqual([35.99, 35.99]);
  });

  it('keeps sends in order even when one is slow', async () => {
    const delivered: number[] = [];
    setPrice('$1');
    start({
      send: (r) =>
        new Promise((resolve) => {
          const amount = r.product!.price!.amount;
          setTimeout(() => (delivered.push(amount), resolve(true)), amount === 1 ? 1000 : 10);
        }),
    });
    await vi.advanceTimersByTimeAsync(0);
    setPrice('$2');
    await vi.advanceTimersByTimeAsync(2000);
    expect(delivered).toEqual([1, 2]);
  });

  it('stops reading and sending after stop()', async () => {
    start();
    loop!.stop();
    setPrice('$35.99');
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(0);
  });
});

const deal = (endsInSeconds: number, endsText: string): Promotion => ({ kind: 'deal', text: 'Limited time deal', endsInSeconds, endsText });

describe('read fingerprint', () => {
  it.each([
    ['only readAt differs', true, productRead(), productRead({ readAt: '2026-01-01T00:00:00.000Z' })],
    ['key order differs', true, productRead(), Object.fromEntries(Object.entries(productRead()).reverse()) as PageRead],
    ['price differs', false, productRead(), productRead({}, { price: { amount: 1, currency: 'USD' } })],
    ['kind differs', false, productRead(), searchRead()],
    ['an issue differs', false, productRead(), productRead({ issues: [{ field: 'bullets', severity: 'missing-optional', message: 'x' }] })],
    ['only a deal countdown ticked', true, productRead({}, { promotions: [deal(18_753, 'Ends in 05:12:33')] }), productRead({}, { promotions: [deal(18_752, 'Ends in 05:12:32')] })],
    ['a deal started', false, productRead(), productRead({}, { promotions: [deal(18_753, 'Ends in 05:12:33')] })],
    ['a deal became a coupon', false, productRead({}, { promotions: [deal(60, 'Ends in 00:01:00')] }), productRead({}, { promotions: [{ kind: 'coupon', text: 'Limited time deal' }] })],
  ])('%s → same: %s', (_name, same, a, b) => {
    expect(sameRead(a, b)).toBe(same);
    expect(readFingerprint(a) === readFingerprint(b)).toBe(same);
  });
});
