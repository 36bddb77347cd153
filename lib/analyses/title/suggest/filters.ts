import type { Unit } from '../keywords/units';
import type { Brands } from './brands';
import { EDGE, type TermStats } from './terms';

/**
 * The tests a mined term must pass before it is ranked (suggest.ts applies them).
 */

/**
 * Chinese terms must branch on both sides: at least two different neighbours, or a run
 * edge (space, punctuation, title end). Words are used in many contexts; a fragment of a
 * longer word always sees the same neighbour — 棉短 in 纯棉短袖 is always followed by 袖,
 * so it is cut out, while 纯棉 (followed by 短, T, 男…) and 短袖 stay. No dictionary needed.
 */
export function branches(s: TermStats): boolean {
  if (s.script !== 'han') return true;
  return (s.left.has(EDGE) || s.left.size >= 2) && (s.right.has(EDGE) || s.right.size >= 2);
}

/** How many times `needle` occurs as consecutive elements of `hay`. */
export function countInside(hay: readonly string[], needle: readonly string[]): number {
  let count = 0;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let k = 0;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) count++;
  }
  return count;
}

/** The term names a competitor's brand, or contains one (INIU 45W, 回力男鞋). */
export function brandCheck(brands: Brands): (s: TermStats, surface: string) => boolean {
  const latin = [...brands.latin].map((b) => b.split(' '));
  const han = [...brands.han];
  return (s, surface) => {
    if (latin.some((b) => countInside(s.units, b) > 0)) return true;
    if (s.script === 'latin' || han.length === 0) return false;
    const norm = surface.normalize('NFKC');
    return han.some((b) => norm.includes(b));
  };
}

/**
 * Already in the draft: a Latin term as whole (stemmed) words, a Chinese term as a plain
 * substring — suggesting 布鞋 to a draft that says 帆布鞋 would only add noise.
 */
export function draftCheck(draftUnits: readonly Unit[]): (s: TermStats) => boolean {
  const keys = draftUnits.map((u) => u.key);
  return (s) => countInside(keys, s.units) > 0;
}

/**
 * A banned-word check over every contiguous part of the term, so a list entry such as
 * 最 or "free" bans 最新款 and "Free Shipping" too. `keyOf` turns a list entry into the
 * same unit keys as the term.
 */
export function bannedCheck(
  banned: ReadonlySet<string> | ((term: string) => boolean) | undefined,
  keyOf: (entry: string) => string,
): (s: TermStats, surface: string) => boolean {
  if (banned === undefined) return () => false;
  if (typeof banned === 'function') return (_s, surface) => banned(surface);
  const keys = new Set([...banned].map(keyOf).filter((k) => k !== ''));
  return (s) => {
    for (let i = 0; i < s.units.length; i++) {
      for (let j = i + 1; j <= s.units.length; j++) if (keys.has(s.units.slice(i, j).join(' '))) return true;
    }
    return false;
  };
}
