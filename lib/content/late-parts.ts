/**
 * Late-rendered parts of a marketplace page (prices, review counts, result tiles): waiting
 * for them before the first read, and noticing when they change afterwards. Pure DOM +
 * timers, no browser.* — tested under happy-dom with fake timers.
 */

/** Upper bound on the first read's delay; a part still absent then is reported missing. */
export const LATE_PART_WAIT_MS = 4_000;

export type WaitOutcome = 'present' | 'arrived' | 'timeout' | 'aborted' | 'none';

/** True when any selector matches an element that holds text (an empty shell is not a price). */
export function latePartPresent(doc: Document, selectors: readonly string[]): boolean {
  for (const sel of selectors) {
    for (const el of safeQueryAll(doc, sel)) {
      if ((el.textContent ?? '').trim() !== '') return true;
    }
  }
  return false;
}

/**
 * Resolves once one of `selectors` holds content ('present' at once, 'arrived' later),
 * 'timeout' after `timeoutMs`, 'aborted' when `signal` fires, 'none' for no selectors.
 */
export function waitForLateParts(
  doc: Document,
  selectors: readonly string[],
  opts: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<WaitOutcome> {
  if (selectors.length === 0) return Promise.resolve('none');
  if (opts.signal?.aborted) return Promise.resolve('aborted');
  if (latePartPresent(doc, selectors)) return Promise.resolve('present');
  return new Promise((resolve) => {
    const view = doc.defaultView;
    if (!view) return resolve('timeout');
    const finish = (outcome: WaitOutcome) => {
      observer.disconnect();
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => finish('aborted');
    const observer = new (observerFor(doc, view))(() => {
      if (latePartPresent(doc, selectors)) finish('arrived');
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => finish('timeout'), opts.timeoutMs ?? LATE_PART_WAIT_MS);
    opts.signal?.addEventListener('abort', onAbort);
  });
}

/**
 * Calls `onChange` (debounced) when a mutation touches one of `selectors`: inside a part,
 * or a part added or removed. `maxWaitMs` caps the delay on pages whose parts never sit
 * still (rotating deals), so a change is still reported. Returns a stop function.
 */
export function watchLateParts(
  doc: Document,
  selectors: readonly string[],
  onChange: () => void,
  opts: { debounceMs?: number; maxWaitMs?: number; signal?: AbortSignal } = {},
): () => void {
  const view = doc.defaultView;
  const joined = validSelectors(doc, selectors).join(', ');
  if (!view || joined === '' || opts.signal?.aborted) return () => {};
  const debounced = debounce(onChange, opts.debounceMs ?? 400, opts.maxWaitMs ?? 2_000);
  const observer = new (observerFor(doc, view))((records) => {
    if (records.some((r) => touches(r, joined))) debounced.call();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    debounced.cancel();
    opts.signal?.removeEventListener('abort', stop);
  };
  opts.signal?.addEventListener('abort', stop);
  return stop;
}

function touches(record: MutationRecord, selector: string): boolean {
  const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
  if (target?.closest(selector)) return true;
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of Array.from(list)) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.matches(selector) || el.querySelector(selector)) return true;
    }
  }
  return false;
}

/** Debounce with a ceiling: runs `wait` ms after the last call, or `maxWait` after the first. */
export function debounce(fn: () => void, wait: number, maxWait: number): { call(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstCall: number | undefined;
  const run = () => {
    timer = undefined;
    firstCall = undefined;
    fn();
  };
  return {
    call() {
      const now = Date.now();
      firstCall ??= now;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, Math.max(0, Math.min(wait, firstCall + maxWait - now)));
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      firstCall = undefined;
    },
  };
}

/**
 * The content script's own MutationObserver for the live page (in Firefox the page
 * window's constructor is an Xray and takes callbacks from the sandbox badly), and the
 * document's window's for any other document (tests, detached documents).
 */
function observerFor(doc: Document, view: Window & typeof globalThis): typeof MutationObserver {
  return typeof document !== 'undefined' && doc === document ? MutationObserver : view.MutationObserver;
}

/** An adapter's selector that the engine cannot parse must not break the others. */
function validSelectors(doc: Document, selectors: readonly string[]): string[] {
  return selectors.filter((s) => {
    try {
      doc.querySelector(s);
      return true;
    } catch {
      return false;
    }
  });
}

function safeQueryAll(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}
