import type { PageRead } from '../schema';
import { LATE_PART_WAIT_MS, waitForLateParts, watchLateParts } from './late-parts';
import { readFingerprint } from './read-fingerprint';

export interface ReadLoopDeps {
  doc: Document;
  /** The page's address now (`location.href`); read again at each cycle because SPAs change it. */
  href(): string;
  /** Selectors of the parts that render late on this page, `[]` when none. */
  lateParts(doc: Document, href: string): readonly string[];
  /** Reads the page; undefined when this is no page we read. */
  read(doc: Document, href: string): PageRead | undefined;
  /** Delivers a read; resolves true when the receiver took it. */
  send(read: PageRead): Promise<boolean>;
  onError?(err: unknown): void;
  timing?: { waitMs?: number; debounceMs?: number; maxWaitMs?: number };
}

export interface ReadLoop {
  /** The URL changed without a page load (history API): start a new cycle. */
  navigated(): void;
  /** Someone (the side panel) wants the read now, even if unchanged since the last send. */
  readNow(): void;
  stop(): void;
  /** Settles when pending reads and sends are done (for tests and the content script's logs). */
  settled(): Promise<void>;
}

/**
 * The content script's loop: each cycle waits (bounded) for the page's late parts, reads,
 * sends, then re-reads whenever a late part changes. A read is sent only when it differs
 * from the last one sent (readAt aside), so a busy page does not flood the background.
 */
export function startReadLoop(deps: ReadLoopDeps): ReadLoop {
  const waitMs = deps.timing?.waitMs ?? LATE_PART_WAIT_MS;
  let lastSent: string | undefined;
  let cycle: AbortController | undefined;
  let cycleHref: string | undefined;
  let waiting = false;
  let forceNext = false;
  let stopped = false;
  // One chain for all reads and sends, so reads reach the background in the order taken.
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (force: boolean) => {
    queue = queue.then(() => readAndSend(force));
    return queue;
  };

  async function readAndSend(force: boolean): Promise<void> {
    if (stopped) return;
    let read: PageRead | undefined;
    try {
      read = deps.read(deps.doc, deps.href());
    } catch (err) {
      deps.onError?.(err);
      return;
    }
    if (!read) return;
    const fingerprint = readFingerprint(read);
    if (!force && fingerprint === lastSent) return;
    lastSent = fingerprint;
    let delivered = false;
    try {
      delivered = await deps.send(read);
    } catch (err) {
      deps.onError?.(err);
    }
    // Not delivered (background asleep, restarting): forget it so the next change resends.
    if (!delivered && lastSent === fingerprint) lastSent = undefined;
  }

  function begin(): void {
    cycle?.abort();
    const ctl = new AbortController();
    cycle = ctl;
    cycleHref = deps.href();
    const selectors = safeLateParts(deps, cycleHref);
    waiting = true;
    queue = queue
      .then(() => waitForLateParts(deps.doc, selectors, { timeoutMs: waitMs, signal: ctl.signal }))
      .then(async (outcome) => {
        if (outcome === 'aborted' || ctl.signal.aborted) return;
        waiting = false;
        const force = forceNext;
        forceNext = false;
        // Watch before the first send: a change while it is in flight queues the next read.
        watchLateParts(deps.doc, selectors, () => void enqueue(false), {
          debounceMs: deps.timing?.debounceMs,
          maxWaitMs: deps.timing?.maxWaitMs,
          signal: ctl.signal,
        });
        await readAndSend(force);
      });
  }

  begin();
  return {
    navigated() {
      if (stopped || deps.href() === cycleHref) return;
      begin();
    },
    readNow() {
      if (stopped) return;
      // Mid-wait, reading now would report the late parts missing; the cycle sends soon.
      if (waiting) forceNext = true;
      else void enqueue(true);
    },
    stop() {
      stopped = true;
      cycle?.abort();
    },
    settled: () => queue,
  };
}

function safeLateParts(deps: ReadLoopDeps, href: string): readonly string[] {
  try {
    return deps.lateParts(deps.doc, href);
  } catch (err) {
    deps.onError?.(err);
    return [];
  }
}
