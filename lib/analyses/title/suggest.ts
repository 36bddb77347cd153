import type { KeywordSuggestion, Marketplace } from '../../schema';
import { toUnits, type Unit } from './keywords/units';
import { detectBrands } from './suggest/brands';
import { bannedCheck, brandCheck, branches, countInside, draftCheck } from './suggest/filters';
import { segmentHan } from './suggest/han-segment';
import { listedWord } from './suggest/listed-words';
import { collectTerms, type TermStats } from './suggest/terms';

export interface CompetitorTitle {
  title: string;
  /** Search position (1 = top), when the title came from a results page. */
  position?: number;
}

export interface SuggestOptions {
  marketplace: Marketplace;
  /** Default 20. */
  limit?: number;
  /**
   * More terms never to suggest, on top of the marketplace's word lists (words/*.json,
   * see suggest/listed-words.ts). A set bans every term containing an entry (whole words
   * for Latin, characters for Chinese); a function is asked about each term as written.
   */
  banned?: ReadonlySet<string> | ((term: string) => boolean);
}

/** Where a title without a position (a stored competitor snapshot) is counted as standing. */
export const UNKNOWN_POSITION = 10;
const DEFAULT_LIMIT = 20;
const SPACES = /\s+/g;
const MAX_LIMIT = 200;
/** As many results as a PageRead holds; more distinct titles are ignored. */
export const MAX_COMPETITORS = 500;

/**
 * Terms competitors use that the draft lacks, best first.
 *
 * score(term) = (1 − 1/df) × Σ_{titles t using the term} 1 / log₂(position_t + 1)
 *
 * - The sum is the DCG discount of search ranking: a title at position 1 adds 1, at 3 adds
 *   0.5, at 15 adds 0.25 — so a term counts more the more competitors use it and the
 *   higher they rank. A title without a position counts as position UNKNOWN_POSITION.
 * - (1 − 1/df), df = distinct titles using the term, is the document-frequency factor: a
 *   term only one competitor uses is their wording, not the market's (factor 0: never
 *   suggested); 2 titles weigh ½, 5 titles ⅘. Identical titles (one listing shown twice)
 *   count once, at their best position.
 *
 * Candidates (suggest/terms.ts): Latin 1–3-grams without stop words at the edges; Chinese
 * 2–4-character n-grams that branch on both sides (suggest/filters.ts) and win places in
 * the titles' segmentation (suggest/han-segment.ts). Never suggested: terms already in
 * the draft, competitors' brands (suggest/brands.ts), words of the marketplace's banned
 * and restricted lists (suggest/listed-words.ts) and the caller's `banned`. A Latin
 * term is dropped when a longer recurring term contains it at every occurrence (it never
 * occurs alone: "memory" when every title says "memory foam"), unless that longer term
 * only adds a brand ("Acupressure Mat" stays when every title says "Kanjo Acupressure Mat").
 * Order is deterministic: score, then document frequency, then best position, then the
 * longer term, then code-point order of the term.
 */
export function suggestKeywords(draft: string, competitors: readonly CompetitorTitle[], options: SuggestOptions): KeywordSuggestion[] {
  const titles = distinctTitles(competitors);
  const terms = collectTerms(titles);
  const isBrand = brandCheck(detectBrands(titles, keyOf, options.marketplace === 'amazon' || options.marketplace === 'jd'));
  const inDraft = draftCheck(toUnits(draft));
  const isBanned = bannedCheck(options.banned, keyOf);

  // Chinese candidates count only where they are the title's words (han-segment.ts).
  // A candidate that mostly follows a number is the tail of a quantity (9.7英寸, 3期免息).
  const han = [...terms.values()].filter((s) => s.script === 'han' && s.titles.size >= 2 && branches(s) && s.afterNumber * 2 <= s.occurrences);
  const words = segmentHan(han, titles.length);
  const counted = [...terms.values()].flatMap((s): Counted[] => {
    if (s.script === 'latin') return s.titles.size >= 2 ? [{ s, titles: s.titles, occurrences: s.occurrences }] : [];
    const w = words.get(s);
    return w ? [{ s, ...w }] : [];
  });

  const recurring = counted.filter((c) => c.titles.size >= 2);
  // A brand is no part of a phrase: "Kanjo Acupressure Mat" does not hide "Acupressure Mat".
  const containers = latinContainers(recurring.filter((k) => !isBrand(k.s, '')));
  const weight = titles.map(({ position }) => 1 / Math.log2((position ?? UNKNOWN_POSITION) + 1));
  const ranked: (Counted & { term: string; score: number; bestPosition?: number })[] = [];
  for (const c of recurring) {
    if ((containers.get(c.s.units.join(' ')) ?? []).some((k) => neverAlone(c, k)) || inDraft(c.s)) continue;
    let sum = 0;
    let bestPosition: number | undefined;
    for (const t of c.titles) {
      sum += weight[t]!;
      const position = titles[t]!.position;
      if (position !== undefined && (bestPosition === undefined || position < bestPosition)) bestPosition = position;
    }
    const score = Math.round((1 - 1 / c.titles.size) * sum * 1e4) / 1e4;
    ranked.push({ ...c, term: surfaceOf(c.s), score, bestPosition });
  }
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      b.titles.size - a.titles.size ||
      (a.bestPosition ?? Infinity) - (b.bestPosition ?? Infinity) ||
      b.s.units.length - a.s.units.length ||
      (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
  );

  // The costlier exclusions run in rank order, only until the list is full.
  const limit = Math.min(MAX_LIMIT, Math.max(0, options.limit ?? DEFAULT_LIMIT));
  const out: KeywordSuggestion[] = [];
  for (const c of ranked) {
    if (out.length >= limit) break;
    if (isBrand(c.s, c.term) || isBanned(c.s, c.term) || listedWord(options.marketplace, c.term)) continue;
    out.push({ term: c.term, score: c.score, competitors: c.titles.size, ...(c.bestPosition !== undefined ? { bestPosition: c.bestPosition } : {}) });
  }
  return out;
}

/** A candidate with the titles and occurrences it is counted for. */
interface Counted {
  s: TermStats;
  titles: Set<number>;
  occurrences: number;
}

/** Longer Latin terms by each of their inner parts, so containment is a lookup. */
function latinContainers(recurring: readonly Counted[]): Map<string, Counted[]> {
  const byPart = new Map<string, Counted[]>();
  for (const k of recurring) {
    const u = k.s.units;
    if (k.s.script !== 'latin' || u.length < 2) continue;
    const parts = new Set<string>();
    for (let i = 0; i < u.length; i++) for (let j = i + 1; j <= u.length; j++) if (j - i < u.length) parts.add(u.slice(i, j).join(' '));
    for (const part of parts) byPart.set(part, [...(byPart.get(part) ?? []), k]);
  }
  return byPart;
}

/**
 * Every occurrence of the Latin term `c` lies inside an occurrence of the longer `k`,
 * whether or not `k` is suggested itself ("free" inside a banned "free shipping" is no
 * suggestion either) — unless `k` holds a brand (filtered out before). Chinese terms are
 * counted where they won the segmentation, which never nests them.
 */
function neverAlone(c: Counted, k: Counted): boolean {
  if (c.s.script !== 'latin' || k.s.script !== 'latin' || k.s.units.length <= c.s.units.length) return false;
  const inside = countInside(k.s.units, c.s.units);
  return inside > 0 && c.occurrences <= k.occurrences * inside;
}

function distinctTitles(competitors: readonly CompetitorTitle[]): { text: string; units: Unit[]; position?: number }[] {
  const byText = new Map<string, { text: string; units: Unit[]; position?: number }>();
  for (const { title, position: given } of competitors) {
    if (byText.size >= MAX_COMPETITORS) break;
    // Positions are 1-based ranks; anything else counts as unknown (log₂(1) would divide by 0).
    const position = given !== undefined && Number.isInteger(given) && given >= 1 ? given : undefined;
    const norm = title.normalize('NFKC').replace(SPACES, ' ').trim().toLowerCase();
    if (norm === '') continue;
    const seen = byText.get(norm);
    if (!seen) byText.set(norm, { text: title, units: toUnits(title), position });
    else if (position !== undefined && (seen.position === undefined || position < seen.position)) seen.position = position;
  }
  return [...byText.values()];
}

function keyOf(text: string): string {
  return toUnits(text).map((u) => u.key).join(' ');
}

/** The spelling competitors use most; ties go to code-point order. */
function surfaceOf(s: TermStats): string {
  let best = '';
  let count = 0;
  for (const [surface, n] of s.surfaces) {
    if (n > count || (n === count && surface < best)) [best, count] = [surface, n];
  }
  return best.replace(SPACES, ' ');
}
