/**
 * Named refusals of the database layer, which the background turns into message errors
 * (lib/messaging has the codes; lib/db stays free of browser APIs).
 */
export type StoreRefusalCode = 'not-found' | 'invalid-file' | 'storage-full' | 'too-large';

export class StoreRefused extends Error {
  constructor(
    readonly code: StoreRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreRefused';
  }
}

/** DOMException / Dexie names browsers give a write refused for lack of space. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);

/**
 * Whether `err` is (or wraps) a full-disk / over-quota error. Dexie wraps the IndexedDB
 * error (`inner`), aborts wrap the cause, a bulk write lists its `failures`.
 */
export function isQuotaError(err: unknown, depth = 0): boolean {
  if (depth > 5 || err === null || typeof err !== 'object') return false;
  const e = err as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1));
}
