import { answerFabeRequest } from './fabe-worker-protocol';

/**
 * The side panel's FABE worker: builds FABE tables off the panel's main thread, so a product
 * with a thousand statements and its competitors (tens of milliseconds of analysis) never
 * holds up the panel's frames. One request, one answer (fabe-worker-protocol.ts); the
 * analysis's per-text memos live here, across the panel's reads.
 */
// The DOM typings know `self` as a Window; in a dedicated worker it posts back to the panel.
const scope = self as unknown as { postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: MessageEvent) => void): void };
scope.addEventListener('message', (event) => scope.postMessage(answerFabeRequest(event.data)));
