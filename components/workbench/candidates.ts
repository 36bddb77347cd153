import type { Marketplace, PageRead } from '../../lib/schema';

/** Search results scored beside a draft (the top of the result list). */
export const TOP_SEARCH = 10;
/** Products seen earlier scored beside a draft. */
export const TOP_SEEN = 5;
/** Titles keyword suggestions are mined from. */
export const MINED_TITLES = 100;

/** A competitor's title before scoring. */
export interface Candidate {
  id: string;
  title: string;
  source: 'search' | 'seen';
  position?: number;
  sponsored?: boolean;
  brand?: string;
  readAt?: number;
}

export interface CandidateInputs {
  marketplace: Marketplace;
  /** The draft's own product: never its own competitor. */
  ownProductId?: string;
  /** The shown tab's read (its search results come first; its product is "this page"). */
  shown?: PageRead;
  /** Open tabs' search reads, newest first. */
  searches: readonly PageRead[];
  /** Recently read products' latest reads, newest first. */
  seen: readonly PageRead[];
}

/**
 * Who the draft is compared with: the top results of the current search (the shown
 * tab's, else the newest open search of the marketplace), then the products read most
 * recently. Each product once; the draft's own product and the shown product are left
 * out (the shown product is scored as "this page").
 */
export function competitorCandidates(input: CandidateInputs): Candidate[] {
  const skip = new Set<string>();
  if (input.ownProductId) skip.add(input.ownProductId);
  if (input.shown?.product && input.shown.marketplace === input.marketplace) skip.add(input.shown.product.id);
  const out: Candidate[] = [];
  for (const r of searchResults(input, TOP_SEARCH + skip.size)) {
    if (out.length >= TOP_SEARCH) break;
    if (skip.has(r.id)) continue;
    skip.add(r.id);
    out.push({ id: r.id, title: r.title, source: 'search', position: r.position, sponsored: r.sponsored });
  }
  let seen = 0;
  for (const read of input.seen) {
    const p = read.product;
    if (seen >= TOP_SEEN) break;
    if (read.marketplace !== input.marketplace || !p?.title || skip.has(p.id)) continue;
    skip.add(p.id);
    seen++;
    out.push({ id: p.id, title: p.title, source: 'seen', brand: p.brand, readAt: Date.parse(read.readAt) });
  }
  return out;
}

/** Titles to mine for keyword suggestions: every result of the open searches, then seen products. */
export function minedTitles(input: CandidateInputs): Array<{ title: string; position?: number }> {
  const out: Array<{ title: string; position?: number }> = searchResults(input, MINED_TITLES).map((r) => ({ title: r.title, position: r.position }));
  for (const read of input.seen) {
    if (out.length >= MINED_TITLES) break;
    const p = read.product;
    if (read.marketplace === input.marketplace && p?.title && p.id !== input.ownProductId) out.push({ title: p.title });
  }
  return out;
}

/** Results of the marketplace's search reads in position order, the shown tab's read first; each id once. */
function searchResults(input: CandidateInputs, limit: number) {
  const reads: PageRead[] = [];
  const shown = input.shown;
  if (shown?.pageKind === 'search' && shown.marketplace === input.marketplace) reads.push(shown);
  for (const r of input.searches) {
    if (r.marketplace === input.marketplace && r.pageKind === 'search' && !reads.some((x) => x.url === r.url)) reads.push(r);
  }
  const ids = new Set<string>();
  const out: NonNullable<PageRead['results']> = [];
  for (const read of reads) {
    for (const r of [...(read.results ?? [])].sort((a, b) => a.position - b.position)) {
      if (out.length >= limit) return out;
      if (ids.has(r.id)) continue;
      ids.add(r.id);
      out.push(r);
    }
  }
  return out;
}
