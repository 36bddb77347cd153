import type { PageRead } from '../schema';

/**
 * A string that is equal for two reads exactly when they say the same thing: `readAt` is
 * left out (every read has a new one) and object keys are sorted (two code paths may build
 * the same object in a different order). Used to send a read only when it changed.
 */
export function readFingerprint(read: PageRead): string {
  const { readAt: _ignored, ...rest } = read;
  const promotions = rest.product?.promotions;
  // A deal's countdown ("Ends in 05:12:33") ticks every second: the same deal, so not a new
  // read (else a ticking countdown inside a watched part would send a read every second).
  if (promotions) rest.product = { ...rest.product!, promotions: promotions.map(({ endsInSeconds: _s, endsText: _t, ...p }) => p) };
  return stableStringify(rest);
}

export function sameRead(a: PageRead | undefined, b: PageRead | undefined): boolean {
  if (!a || !b) return a === b;
  return readFingerprint(a) === readFingerprint(b);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
