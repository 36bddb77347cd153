/**
 * Walking and editing parsed JSON by path, for the corpora: every place a hostile value
 * can go, a value of the wrong type for it, and JSON text with a key written twice (which
 * JSON.parse silently collapses, so it cannot be built from an object).
 */
export type JsonPath = (string | number)[];
export type Kind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';

export function kindOf(v: unknown): Kind {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v as Kind;
}

/** Every path under `value` (not the root itself), parents before children. */
export function allPaths(value: unknown, base: JsonPath = []): { path: JsonPath; kind: Kind }[] {
  const out: { path: JsonPath; kind: Kind }[] = [];
  const visit = (v: unknown, path: JsonPath) => {
    if (v === null || typeof v !== 'object') return;
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [k, child] of entries) {
      const p = [...path, k];
      out.push({ path: p, kind: kindOf(child) });
      visit(child, p);
    }
  };
  visit(value, base);
  return out;
}

export function getAt(value: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

/** A copy of `value` with the value at `path` replaced (structuredClone, so the original stays). */
export function setAt<T>(value: T, path: JsonPath, next: unknown): T {
  const copy = structuredClone(value);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1)!] = next;
  return copy;
}

/** A copy with an own, enumerable key (even `__proto__`) added to the object at `path`. */
export function addKeyAt<T>(value: T, path: JsonPath, key: string, keyValue: unknown): T {
  const copy = structuredClone(value);
  const target = getAt(copy, path) as object;
  Object.defineProperty(target, key, { value: keyValue, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Values certainly of another type than `kind` (no null: some fields are nullable). */
export function wrongTypes(kind: Kind): unknown[] {
  const all: Record<Kind, unknown> = { string: 'x', number: 12345, boolean: true, null: null, array: [1, 'x'], object: { x: 1 } };
  return (Object.keys(all) as Kind[]).filter((k) => k !== kind && k !== 'null').map((k) => all[k]);
}

/**
 * JSON text of `value` with, in the object at `path`, its first key written again ahead of
 * the original (`{"a":"dup","a":1}`): a parser that keeps the first and one that keeps the
 * last (JSON.parse) read different files.
 */
export function withDuplicateKey(value: unknown, path: JsonPath, duplicate: unknown): string {
  const write = (v: unknown, here: JsonPath): string => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const atTarget = here.length === path.length && here.every((k, i) => k === path[i]);
    if (Array.isArray(v)) return `[${v.map((x, i) => write(x, [...here, i])).join(',')}]`;
    const entries = Object.entries(v);
    const parts = entries.map(([k, x]) => `${JSON.stringify(k)}:${write(x, [...here, k])}`);
    if (atTarget && entries.length) parts.unshift(`${JSON.stringify(entries[0]![0])}:${JSON.stringify(duplicate)}`);
    return `{${parts.join(',')}}`;
  };
  return write(value, []);
}

/** `tables.snapshots[3].read` — the same notation lib/export/format.ts formatPath uses. */
export function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(root)';
}
