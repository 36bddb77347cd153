import { PAGE_READ_VERSION, PageReadSchema, type PageRead } from '../schema';
import type { AdapterRead, MarketplaceAdapter } from './types';

/**
 * Reading with one known adapter, kept apart from the registry so a content script bundles
 * only its own marketplace's adapter (run-reader.ts adds the registry lookup).
 */

export function readWith(adapter: MarketplaceAdapter, doc: Document, url: URL, now: Date): PageRead {
  let raw: AdapterRead;
  try {
    const kind = adapter.detect(url, doc);
    raw = adapter.read(doc, url, kind);
  } catch (err) {
    raw = {
      marketplace: adapter.id,
      pageKind: 'unsupported',
      url: url.href,
      locale: 'und',
      issues: [{ field: 'page', severity: 'unparseable', message: `Reader failed: ${String(err).slice(0, 300)}` }],
    };
  }
  return validate({
    ...raw,
    url: raw.url.slice(0, 4000),
    locale: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(raw.locale) ? raw.locale : 'und',
    version: PAGE_READ_VERSION,
    readAt: now.toISOString(),
  });
}

/**
 * Validates; each value zod rejects is removed and reported, so one odd field (a
 * 6-star rating, a 30 000-character title) costs that field, not the whole read.
 */
export function validate(candidate: Record<string, unknown>): PageRead {
  let current = candidate;
  for (let attempt = 0; attempt < 20; attempt++) {
    const parsed = PageReadSchema.safeParse(current);
    if (parsed.success) return parsed.data;
    const next = structuredClone(current) as Record<string, unknown>;
    const issues = Array.isArray(next.issues) ? (next.issues as unknown[]) : [];
    let removed = false;
    for (const problem of parsed.error.issues) {
      // Name the product field (`product.price`) or the list item's field (`results.3.id`).
      const full = problem.path.map(String);
      const path = full.slice(0, full[0] === 'product' ? 2 : 3);
      if (path[0] === 'issues' || path.length < 2 || !removeAt(next, problem.path)) continue;
      removed = true;
      issues.push({
        field: path.join('.').slice(0, 100),
        severity: 'unparseable',
        message: `Value rejected by schema: ${problem.message}`.slice(0, 2000),
      });
    }
    for (const key of ['results', 'reviews']) {
      if (Array.isArray(next[key])) next[key] = (next[key] as unknown[]).filter((x) => x !== GONE);
    }
    next.issues = issues.slice(0, 200);
    if (!removed) break;
    current = next;
  }
  throw new Error('PageRead failed validation at its top level');
}

const GONE = Symbol('removed');

function removeAt(obj: Record<string, unknown>, path: PropertyKey[]): boolean {
  // Cut at depth 2: a whole product field (`product.price`, not just its amount) or a whole
  // list item (a result without an id is no result).
  const cut = path.slice(0, 2);
  let parent: unknown = obj;
  for (const key of cut.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<PropertyKey, unknown>)[key as string];
  }
  const last = cut[cut.length - 1];
  if (parent === null || typeof parent !== 'object' || last === undefined) return false;
  if (Array.isArray(parent) && typeof last === 'number') {
    parent[last] = GONE; // filtered after the pass, so later indices stay valid
    return true;
  }
  return delete (parent as Record<PropertyKey, unknown>)[last as string];
}
