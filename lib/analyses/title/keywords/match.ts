import type { Unit } from './units';

/**
 * Finding keywords in a title, whole. A keyword matches where its units equal consecutive
 * units of the title (see units.ts) and both of its ends are word boundaries:
 *
 * 1. Latin words and numbers are whole units, so their edges always are boundaries
 *    ("bottle" is not in "bottleneck"); so is a change of script (T|恤, iPhone|15|手机).
 * 2. Between two adjacent Chinese characters an end may not fall on a CLOSED position,
 *    inside a word the segmenter knows (segment.ts: 男篮 is not in 男篮球鞋).
 * 3. At an OPEN position between Chinese characters the segmenter had no opinion (纯|棉|短|
 *    袖), so the keyword list is the dictionary: occurrences are taken longest first, then
 *    leftmost, and one whose end would fall strictly inside an occurrence already taken
 *    (crossing it, not nested in it) is dropped. With 纯棉 and 短袖 in the list, 棉短 is not
 *    in 纯棉短袖; T恤 nested in 短袖T恤 is still found (both are words of the title).
 * 4. Occurrences of one keyword never overlap (leftmost first), whatever the script.
 */

export interface Occurrence {
  keyword: number;
  /** UTF-16 offsets into the title. */
  start: number;
  end: number;
  /** Unit indexes: units[first..last) are the match. */
  first: number;
  last: number;
  /** The ends that sit between two adjacent Chinese characters (rule 3 applies to them). */
  weakStart: boolean;
  weakEnd: boolean;
}

/** Units indexed by key, so each keyword looks only where its first unit occurs. */
export function indexUnits(units: readonly Unit[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  units.forEach((u, i) => {
    const list = index.get(u.key);
    if (list) list.push(i);
    else index.set(u.key, [i]);
  });
  return index;
}

const cjkJoin = (units: readonly Unit[], i: number) =>
  i > 0 && i < units.length && units[i]!.kind === 'cjk' && units[i - 1]!.kind === 'cjk' && units[i]!.gap === 'none';

/** Candidate occurrences of one keyword (rules 1 and 2). */
export function findCandidates(
  keyword: number,
  key: readonly Unit[],
  units: readonly Unit[],
  index: Map<string, number[]>,
  closed: ReadonlySet<number>,
): Occurrence[] {
  const out: Occurrence[] = [];
  const first = key[0];
  if (!first) return out;
  for (const i of index.get(first.key) ?? []) {
    const last = i + key.length - 1;
    if (last >= units.length) break;
    let ok = true;
    for (let k = 1; k < key.length && ok; k++) {
      const u = units[i + k]!;
      // A phrase may cross a hard separator only where the keyword has one too (iphone/android).
      ok = u.key === key[k]!.key && (u.gap !== 'hard' || key[k]!.gap === 'hard');
    }
    if (!ok) continue;
    const start = units[i]!.start;
    const end = units[last]!.end;
    const weakStart = cjkJoin(units, i);
    const weakEnd = cjkJoin(units, last + 1);
    if ((weakStart && closed.has(start)) || (weakEnd && closed.has(end))) continue;
    out.push({ keyword, start, end, first: i, last: last + 1, weakStart, weakEnd });
  }
  return out;
}

/**
 * Rules 3 and 4: the accepted occurrences, sorted by start. Longest first (in units), then
 * leftmost; each accepted occurrence is listed at the unit boundaries strictly inside it,
 * so a candidate checks only the few occurrences around its own weak ends.
 */
export function resolve(candidates: readonly Occurrence[], unitCount: number): Occurrence[] {
  const order = [...candidates].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first || a.keyword - b.keyword);
  const around: (Occurrence[] | undefined)[] = new Array(unitCount + 1);
  // One keyword's occurrences all have its length, so they come in start order: an overlap
  // with the previous one accepted is all rule 4 needs.
  const lastEnd = new Map<number, number>();
  const taken: Occurrence[] = [];
  for (const c of order) {
    if ((lastEnd.get(c.keyword) ?? -1) > c.first) continue;
    if ((c.weakStart && crosses(around[c.first], c)) || (c.weakEnd && crosses(around[c.last], c))) continue;
    taken.push(c);
    lastEnd.set(c.keyword, c.last);
    for (let p = c.first + 1; p < c.last; p++) (around[p] ??= []).push(c);
  }
  return taken.sort((a, b) => a.start - b.start || a.keyword - b.keyword);
}

/** An occurrence already taken has this boundary inside it and does not contain `c`. */
function crosses(inside: readonly Occurrence[] | undefined, c: Occurrence): boolean {
  return inside !== undefined && inside.some((t) => !(t.first <= c.first && c.last <= t.last));
}
