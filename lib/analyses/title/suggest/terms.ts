import type { Unit } from '../keywords/units';
import { CN_STOP_CHARS, EN_STOP_WORDS } from './stop-words';

/**
 * Candidate terms in competitors' titles, with the counts the ranking and the filters
 * need. Titles are cut into the same units as keyword coverage (keywords/units.ts), so a
 * suggestion is found by coverage exactly as it was counted here.
 *
 * - Latin: 1- to 3-word n-grams that cross no hard separator (", | / ( )"), do not start
 *   or end with a stop word, are not a lone letter, and hold no number and no part of a
 *   model or spec code (codeWords).
 * - Chinese: 2- to 4-unit n-grams inside a run of characters with no separator (a Latin
 *   word in the run is one unit, so T恤 is two), with at least one Chinese character, no
 *   number or code inside, not starting or ending with a function character (的 和 与…).
 *   Neighbours and positions are recorded for filters.ts and han-segment.ts.
 */

export type TermScript = 'latin' | 'han';
/** The neighbour recorded at the start or end of a run (a space, punctuation, the title's end). */
export const EDGE = '';

export interface TermStats {
  key: string;
  script: TermScript;
  /** Unit keys of the term (stemmed words, numbers, characters). */
  units: readonly string[];
  /** Titles (indexes) using it; the size is the document frequency. */
  titles: Set<number>;
  occurrences: number;
  /** Spellings as written (spaces not yet collapsed), with how often each was seen. */
  surfaces: Map<string, number>;
  /** Distinct unit keys seen just before / after it (EDGE for none). Chinese only. */
  left: Set<string>;
  right: Set<string>;
  /** Occurrences right after a number (期免息 in 3期免息, not 独显 in 2G独显). Chinese only. */
  afterNumber: number;
  /** Where it occurs: title index and first unit index. Chinese only (han-segment.ts). */
  at: { title: number; unit: number }[];
}

const isCjk = (u: Unit) => u.kind === 'cjk';

export function collectTerms(titles: readonly { text: string; units: readonly Unit[] }[]): Map<string, TermStats> {
  const terms = new Map<string, TermStats>();
  const add = (key: string, script: TermScript, t: number, text: string, units: readonly Unit[], code: readonly boolean[], i: number, n: number) => {
    let s = terms.get(key);
    if (!s) {
      const keys = units.slice(i, i + n).map((u) => u.key);
      s = { key, script, units: keys, titles: new Set(), occurrences: 0, surfaces: new Map(), left: new Set(), right: new Set(), afterNumber: 0, at: [] };
      terms.set(key, s);
    }
    s.titles.add(t);
    s.occurrences++;
    const surface = text.slice(units[i]!.start, units[i + n - 1]!.end);
    s.surfaces.set(surface, (s.surfaces.get(surface) ?? 0) + 1);
    if (script === 'han') {
      // A number or a code next to a Chinese word is a boundary (2G|独显), like a space.
      const before = i > 0 && units[i]!.gap === 'none' ? i - 1 : -1;
      s.left.add(before < 0 || units[before]!.kind === 'number' || code[before] ? EDGE : units[before]!.key);
      if (before >= 0 && units[before]!.kind === 'number') s.afterNumber++;
      const after = i + n < units.length && units[i + n]!.gap === 'none' ? i + n : -1;
      s.right.add(after < 0 || units[after]!.kind === 'number' || code[after] ? EDGE : units[after]!.key);
      s.at.push({ title: t, unit: i });
    }
  };

  titles.forEach(({ text, units }, t) => {
    const code = codeWords(text, units);
    for (let i = 0; i < units.length; i++) {
      // Keys grow one unit at a time: no slicing per n-gram.
      let key = 'L:';
      for (let n = 1; n <= 3 && latinGram(units, i, n, code); n++) {
        key += (n > 1 ? ' ' : '') + units[i + n - 1]!.key;
        if (latinEdgesOk(units, i, n)) add(key, 'latin', t, text, units, code, i, n);
      }
      key = `H:${units[i]!.key}`;
      for (let n = 2; n <= 4 && hanRun(units, i, n); n++) {
        key += ` ${units[i + n - 1]!.key}`;
        if (hanEdgesOk(units, i, n, code)) add(key, 'han', t, text, units, code, i, n);
      }
    }
  });
  return terms;
}

/**
 * units[i..i+n) are Latin words, outside codes, with no hard separator inside. Numbers end
 * a term too: "12 x 85 g", "iPhone 15", "Pack of 2" are the competitor's spec, not a term.
 */
function latinGram(units: readonly Unit[], i: number, n: number, code: readonly boolean[]): boolean {
  const last = units[i + n - 1];
  if (!last || last.kind !== 'word' || code[i + n - 1]) return false;
  return n === 1 || last.gap !== 'hard';
}

function latinEdgesOk(units: readonly Unit[], i: number, n: number): boolean {
  const first = units[i]!;
  const last = units[i + n - 1]!;
  if (EN_STOP_WORDS.has(first.key) || EN_STOP_WORDS.has(last.key)) return false;
  return n > 1 || first.key.length > 1;
}

/** units[i..i+n) are joined with no separator at all (one run of a Chinese title). */
function hanRun(units: readonly Unit[], i: number, n: number): boolean {
  const last = units[i + n - 1];
  return last !== undefined && (n === 1 || last.gap === 'none');
}

function hanEdgesOk(units: readonly Unit[], i: number, n: number, code: readonly boolean[]): boolean {
  if (CN_STOP_CHARS.has(units[i]!.key) || CN_STOP_CHARS.has(units[i + n - 1]!.key)) return false;
  let cjk = false;
  for (let k = i; k < i + n; k++) {
    const u = units[k]!;
    if (u.kind === 'number' || code[k]) return false;
    cjk ||= isCjk(u);
  }
  return cjk;
}

/**
 * Latin words that belong to a model or spec code: a chain of letters and digits joined
 * directly or by hyphens that holds a number (MDR-EX15LP, XB450AP, 10000mAh, Qi2). Their
 * letters are not keywords ("MDR", "AP", "mAh").
 */
function codeWords(text: string, units: readonly Unit[]): boolean[] {
  const code = units.map(() => false);
  let from = 0;
  for (let i = 1; i <= units.length; i++) {
    const prev = units[i - 1]!;
    const u = units[i];
    const joined = u !== undefined && u.kind !== 'cjk' && prev.kind !== 'cjk' && (u.gap === 'none' || text.slice(prev.end, u.start) === '-');
    if (joined) continue;
    const chain = units.slice(from, i);
    if (chain.some((c) => c.kind === 'number') && chain.some((c) => c.kind === 'word')) for (let k = from; k < i; k++) code[k] = true;
    from = i;
  }
  return code;
}
