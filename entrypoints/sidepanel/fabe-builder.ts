import type { FabeTable, PageRead } from '../../lib/schema';
import { fabeRequest, FabeWorkerResponseSchema } from './fabe-worker-protocol';

/** Builds one read's FABE table: a value (in the panel's thread) or a promise (in the worker). */
export type TableBuilder = (read: PageRead) => FabeTable | undefined | Promise<FabeTable | undefined>;

/** What the builder needs of a Worker (tests pass an in-process one). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

interface Waiting {
  resolve(table: FabeTable | undefined): void;
  reject(error: Error): void;
}

/**
 * A TableBuilder over a worker started on first use (`start`). Answers are parsed and matched
 * to their request by id; an answer that does not parse fails its request, or is dropped
 * with a warning when it names none. When the worker fails (a script error, a message it
 * cannot read), every waiting request fails with that reason and the next one starts a new
 * worker. Where no worker can be started at all, `inThread` builds the table instead.
 */
export function workerTableBuilder(start: () => WorkerLike, inThread: (read: PageRead) => FabeTable | undefined): TableBuilder {
  let worker: WorkerLike | undefined;
  let unavailable = false;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();

  const failAll = (why: string) => {
    for (const w of waiting.values()) w.reject(new Error(why));
    waiting.clear();
    worker?.terminate();
    worker = undefined;
  };

  const onMessage = (event: Event) => {
    const data = (event as MessageEvent).data;
    const answer = FabeWorkerResponseSchema.safeParse(data);
    const id = answer.success ? answer.data.id : typeof data?.id === 'number' ? (data.id as number) : -1;
    const w = waiting.get(id);
    if (!w) {
      console.warn('[Listing Lens] FABE worker answer for no waiting request dropped:', answer.success ? id : 'malformed');
      return;
    }
    waiting.delete(id);
    if (!answer.success) w.reject(new Error('The FABE worker sent a malformed table'));
    else if (answer.data.ok) w.resolve(answer.data.table ?? undefined);
    else w.reject(new Error(answer.data.error));
  };

  const running = (): WorkerLike | undefined => {
    if (worker || unavailable) return worker;
    try {
      worker = start();
    } catch (err) {
      console.warn('[Listing Lens] no FABE worker; tables are built in the panel:', err);
      unavailable = true;
      return undefined;
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', (e) => failAll(`The FABE worker failed: ${(e as ErrorEvent).message || 'script error'}`));
    worker.addEventListener('messageerror', () => failAll('The FABE worker could not read a message'));
    return worker;
  };

  return (read) => {
    const w = running();
    if (!w) return inThread(read);
    const id = nextId++;
    return new Promise<FabeTable | undefined>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      try {
        w.postMessage(fabeRequest(id, read));
      } catch (err) {
        // A read that cannot be cloned: this request fails, the worker is fine.
        waiting.delete(id);
        reject(new Error(`The read could not be sent to the FABE worker: ${String(err).slice(0, 200)}`));
      }
    });
  };
}
