// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, latePartPresent, waitForLateParts, watchLateParts } from '../../lib/content/late-parts';

const PRICE = '#corePrice_feature_div .a-price';
const REVIEWS = '#acrCustomerReviewText';

function page(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

function addPrice(text: string): void {
  const box = document.querySelector('#corePrice_feature_div')!;
  const span = document.createElement('span');
  span.className = 'a-price';
  span.textContent = text;
  box.append(span);
}

beforeEach(() => {
  vi.useFakeTimers();
  page('<div id="corePrice_feature_div"></div><span id="acrCustomerReviewText"></span>');
});
afterEach(() => vi.useRealTimers());

describe('latePartPresent', () => {
  it.each([
    ['an empty shell', '<div id="corePrice_feature_div"><span class="a-price"> </span></div>', false],
    ['a price with text', '<div id="corePrice_feature_div"><span class="a-price">$35.99</span></div>', true],
    ['the second selector only', '<span id="acrCustomerReviewText">12,873 ratings</span>', true],
    ['nothing', '<p>hello</p>', false],
  ])('%s → %s', (_name, html, expected) => {
    page(html);
    expect(latePartPresent(document, [PRICE, REVIEWS])).toBe(expected);
  });

  it('skips a selector the engine cannot parse', () => {
    page('<span id="acrCustomerReviewText">12 ratings</span>');
    expect(latePartPresent(document, ['div[[', REVIEWS])).toBe(true);
  });
});

describe('waitForLateParts', () => {
  it('answers at once when a part is already there', async () => {
    addPrice('$35.99');
    await expect(waitForLateParts(document, [PRICE])).resolves.toBe('present');
  });

  it('answers none when the page kind has no late parts', async () => {
    await expect(waitForLateParts(document, [])).resolves.toBe('none');
  });

  it('resolves when the part arrives, before the bound', async () => {
    const done = vi.fn();
    void waitForLateParts(document, [PRICE, REVIEWS], { timeoutMs: 4000 }).then(done);
    await vi.advanceTimersByTimeAsync(1500);
    expect(done).not.toHaveBeenCalled();
    addPrice('$35.99');
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toHaveBeenCalledWith('arrived');
  });

  it('resolves when text lands in an existing empty part', async () => {
    page('<span id="acrCustomerReviewText"></span>');
    const done = vi.fn();
    void waitForLateParts(document, [REVIEWS], { timeoutMs: 4000 }).then(done);
    document.querySelector(REVIEWS)!.append(document.createTextNode('311 ratings'));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toHaveBeenCalledWith('arrived');
  });

  it('gives up at the bound when the part never comes', async () => {
    const done = vi.fn();
    void waitForLateParts(document, [PRICE], { timeoutMs: 4000 }).then(done);
    await vi.advanceTimersByTimeAsync(3999);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledWith('timeout');
  });

  it('stops when aborted', async () => {
    const ctl = new AbortController();
    const p = waitForLateParts(document, [PRICE], { signal: ctl.signal });
    ctl.abort();
    await expect(p).resolves.toBe('aborted');
  });
});

describe('watchLateParts', () => {
  it('calls back once, debounced, for a burst of changes to a part', async () => {
    addPrice('$35.99');
    const onChange = vi.fn();
    const stop = watchLateParts(document, [PRICE], onChange, { debounceMs: 300, maxWaitMs: 2000 });
    const price = document.querySelector(PRICE)!;
    price.textContent = '$34.99';
    await vi.advanceTimersByTimeAsync(100);
    price.textContent = '$33.99';
    await vi.advanceTimersByTimeAsync(299);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it.each([
    ['a part is added', () => addPrice('$9.99'), 1],
    ['a part is removed', () => document.querySelector(REVIEWS)!.remove(), 1],
    ['text changes inside a part', () => (document.querySelector(REVIEWS)!.textContent = '5 ratings'), 1],
    ['an unrelated node changes', () => document.body.append(document.createElement('aside')), 0],
  ])('reacts when %s', async (_name, mutate, calls) => {
    const onChange = vi.fn();
    watchLateParts(document, [PRICE, REVIEWS], onChange, { debounceMs: 50 });
    mutate();
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(calls);
  });

  it('still reports when a part never sits still (maxWait)', async () => {
    addPrice('$1');
    const onChange = vi.fn();
    watchLateParts(document, [PRICE], onChange, { debounceMs: 300, maxWaitMs: 1000 });
    for (let i = 0; i < 12; i++) {
      document.querySelector(PRICE)!.textContent = `$${i}`;
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops on abort', async () => {
    addPrice('$1');
    const onChange = vi.fn();
    const ctl = new AbortController();
    watchLateParts(document, [PRICE], onChange, { debounceMs: 10, signal: ctl.signal });
    ctl.abort();
    document.querySelector(PRICE)!.textContent = '$2';
    await vi.advanceTimersByTimeAsync(50);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('debounce', () => {
  it.each([
    // calls at these ms → fn runs at these ms (wait 100, maxWait 250)
    [[0], [100]],
    [[0, 50, 120], [220]],
    [[0, 90, 180, 270], [250, 370]],
  ])('calls at %j run at %j', async (calls, runs) => {
    const ran: number[] = [];
    const start = Date.now();
    const d = debounce(() => ran.push(Date.now() - start), 100, 250);
    let t = 0;
    for (const at of calls) {
      await vi.advanceTimersByTimeAsync(at - t);
      t = at;
      d.call();
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(ran).toEqual(runs);
  });
});
