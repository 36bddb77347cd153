/** Safe readers over parsed page JSON (any shape may arrive: the page is not ours). */

export type Json = Record<string, unknown>;

export function obj(v: unknown): Json | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** A non-empty string (numbers are stringified: ids arrive as either). */
export function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t ? t : undefined;
}

/** `at(res, 'componentsVO', 'priceVO', 'price')`. */
export function at(root: unknown, ...path: string[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    const o = obj(cur);
    if (!o) return undefined;
    cur = o[key];
  }
  return cur;
}

/** First non-empty string among paths. */
export function firstStr(root: unknown, ...paths: string[][]): string | undefined {
  for (const p of paths) {
    const s = str(at(root, ...p));
    if (s) return s;
  }
  return undefined;
}
