import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerTableBuilder, type WorkerLike } from '../../entrypoints/sidepanel/fabe-builder';
import { answerFabeRequest, FabeWorkerResponseSchema } from '../../entrypoints/sidepanel/fabe-worker-protocol';
import { buildFabeTable } from '../../lib/analyses/fabe';
import type { PageRead } from '../../lib/schema';
import { BOTTLE_EN, BOTTLE_ZH, COMPETITOR_EN } from '../fixtures/fabe/products';

/**
 * The side panel's FABE worker: its answer to each message (fabe-worker-protocol.ts) and
 * the panel's side of it (fabe-builder.ts), over an in-process worker that answers through
 * the same function, after a structured clone, in the order a test chooses.
 */

afterEach(() => vi.restoreAllMocks());

describe('answerFabeRequest (the worker)', () => {
  it('answers a read with its FABE table, the same as building it in the panel', () => {
    const answer = answerFabeRequest({ kind: 'fabe-table', id: 7, read: BOTTLE_EN });
    expect(answer).toEqual({ id: 7, ok: true, table: buildFabeTable(BOTTLE_EN) });
    expect(FabeWorkerResponseSchema.safeParse(answer).success).toBe(true);
  });

  it('answers a read without a product with no table (null)', () => {
    const { product: _, ...noProduct } = BOTTLE_EN;
    expect(answerFabeRequest({ kind: 'fabe-table', id: 1, read: noProduct })).toEqual({ id: 1, ok: true, table: null });
  });

  it.each([
    ['null', null, -1],
    ['a string', 'fabe-table', -1],
    ['an empty object', {}, -1],
    ['no read', { kind: 'fabe-table', id: 1 }, 1],
    ['an id that is a string', { kind: 'fabe-table', id: '1', read: BOTTLE_EN }, -1],
    ['a negative id', { kind: 'fabe-table', id: -4, read: BOTTLE_EN }, -1],
    ['another kind', { kind: 'title-score', id: 2, read: BOTTLE_EN }, 2],
    ['a read whose url is a number', { kind: 'fabe-table', id: 3, read: { ...BOTTLE_EN, url: 42 } }, 3],
    ['a bullet of 100,000 characters', { kind: 'fabe-table', id: 4, read: { ...BOTTLE_EN, product: { ...BOTTLE_EN.product!, bullets: ['x'.repeat(100_000)] } } }, 4],
  ])('refuses %s by name, for the request it can name', (_name, raw, id) => {
    const answer = answerFabeRequest(raw);
    expect(answer).toMatchObject({ id, ok: false });
    expect(answer.ok === false && answer.error).toMatch(/^Malformed FABE request: /);
    expect(FabeWorkerResponseSchema.safeParse(answer).success).toBe(true);
  });

  it('turns an analysis that throws into that request’s error', () => {
    const answer = answerFabeRequest({ kind: 'fabe-table', id: 5, read: BOTTLE_EN }, () => {
      throw new Error('boom: analysis exploded');
    });
    expect(answer).toEqual({ id: 5, ok: false, error: 'boom: analysis exploded' });
  });
});

/** An in-process worker: answers each message through answerFabeRequest when the test says. */
class FakeWorker implements WorkerLike {
  readonly inbox: unknown[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();
  answer: (raw: unknown) => unknown = (raw) => answerFabeRequest(raw);

  postMessage(message: unknown): void {
    this.inbox.push(structuredClone(message));
  }
  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(type: string, init: { data?: unknown; message?: string }): void {
    for (const l of this.listeners.get(type) ?? []) l(init as unknown as Event);
  }
  /** Answers the waiting messages, in the order given (indexes into the inbox). */
  reply(order = this.inbox.map((_, i) => i)): void {
    const inbox = [...this.inbox];
    this.inbox.length = 0;
    for (const i of order) this.emit('message', { data: structuredClone(this.answer(inbox[i])) });
  }
}

const settled = async (p: Promise<unknown>) => Promise.race([p.then(() => 'settled', () => 'settled'), new Promise((r) => setTimeout(() => r('waiting'), 20))]);

function builder() {
  const workers: FakeWorker[] = [];
  const inThread = vi.fn((read: PageRead) => buildFabeTable(read));
  const build = workerTableBuilder(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  }, inThread);
  return { build: (read: PageRead) => build(read) as Promise<unknown>, workers, inThread };
}

describe('workerTableBuilder (the panel’s side)', () => {
  it('gives each read its own table when the answers come back in another order', async () => {
    const { build, workers, inThread } = builder();
    const tables = [BOTTLE_EN, BOTTLE_ZH, COMPETITOR_EN].map((r) => build(r));
    expect(workers).toHaveLength(1);
    workers[0]!.reply([2, 0, 1]);
    expect(await Promise.all(tables)).toEqual([BOTTLE_EN, BOTTLE_ZH, COMPETITOR_EN].map((r) => buildFabeTable(r)));
    expect(inThread).not.toHaveBeenCalled();
  });

  it('fails a request whose answer is malformed, and drops an answer nobody waits for', async () => {
    const { build, workers } = builder();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = build(BOTTLE_EN);
    const second = build(BOTTLE_ZH);
    const w = workers[0]!;
    w.answer = (raw) => ((raw as { id: number }).id === 0 ? { id: 0, ok: true, table: { statements: 'not a table' } } : { id: 99, ok: true, table: null });
    w.reply();
    await expect(first).rejects.toThrow('The FABE worker sent a malformed table');
    expect(await settled(second)).toBe('waiting');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no waiting request'), 99);
  });

  it('when the worker fails, every waiting request fails with why, and the next read starts a new worker', async () => {
    const { build, workers } = builder();
    const waiting = [build(BOTTLE_EN), build(BOTTLE_ZH)];
    workers[0]!.emit('error', { message: 'Uncaught RangeError: out of memory' });
    for (const p of waiting) await expect(p).rejects.toThrow('The FABE worker failed: Uncaught RangeError: out of memory');
    expect(workers[0]!.terminated).toBe(true);
    const again = build(COMPETITOR_EN);
    expect(workers).toHaveLength(2);
    workers[1]!.reply();
    expect(await again).toEqual(buildFabeTable(COMPETITOR_EN));
  });

  it('a read the worker cannot be sent fails alone; the worker goes on', async () => {
    const w = new FakeWorker();
    const build = workerTableBuilder(() => w, buildFabeTable);
    w.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    await expect(build(BOTTLE_EN) as Promise<unknown>).rejects.toThrow('The read could not be sent to the FABE worker');
    expect(w.terminated).toBe(false);
    w.postMessage = FakeWorker.prototype.postMessage;
    const next = build(BOTTLE_ZH) as Promise<unknown>;
    w.reply();
    expect(await next).toEqual(buildFabeTable(BOTTLE_ZH));
  });

  it('builds in the panel, at once, where no worker can start', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const inThread = vi.fn((read: PageRead) => buildFabeTable(read));
    const build = workerTableBuilder(() => {
      throw new ReferenceError('Worker is not defined');
    }, inThread);
    expect(build(BOTTLE_EN)).toEqual(buildFabeTable(BOTTLE_EN));
    expect(build(BOTTLE_ZH)).toEqual(buildFabeTable(BOTTLE_ZH));
    expect(inThread).toHaveBeenCalledTimes(2);
  });
});
