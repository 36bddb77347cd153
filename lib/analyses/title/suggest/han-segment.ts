import type { TermStats } from './terms';

/**
 * Which Chinese candidates are the words of each title. Branching alone lets through
 * fragments of keyword-salad titles (回力男鞋帆布鞋男女鞋…: 鞋男 follows many words and
 * precedes many, like a word would), so each title is segmented with the candidates as
 * the dictionary, greedily: the heaviest candidate takes its characters first, and a
 * candidate overlapping one already taken loses that occurrence.
 *
 * - Pass 1 weighs a candidate df × n² (titles using it × units squared): longer units
 *   first, as the brief asks of nested n-grams with equal counts (帆布鞋 over 帆布, 布鞋).
 * - Passes 2 and 3 re-weigh each candidate by the titles where it WON × n, so a fragment
 *   that won by accident gives way to the word it cut (运动鞋 over 鞋男 in 运动鞋男).
 *
 * Returns, for each candidate that won anywhere, the titles and the number of
 * occurrences it won. Linear in the candidates' occurrences (plus a sort per title).
 */
export function segmentHan(candidates: readonly TermStats[], titleCount: number): Map<TermStats, { titles: Set<number>; occurrences: number }> {
  const perTitle: { s: TermStats; unit: number }[][] = Array.from({ length: titleCount }, () => []);
  for (const s of candidates) for (const { title, unit } of s.at) perTitle[title]!.push({ s, unit });

  let weight = new Map<TermStats, number>(candidates.map((s) => [s, s.titles.size * s.units.length ** 2]));
  let won = new Map<TermStats, { titles: Set<number>; occurrences: number }>();
  for (let pass = 0; pass < 3; pass++) {
    won = new Map();
    perTitle.forEach((occurrences, title) => {
      const order = [...occurrences].sort(
        (a, b) =>
          weight.get(b.s)! - weight.get(a.s)! || b.s.units.length - a.s.units.length || a.unit - b.unit || (a.s.key < b.s.key ? -1 : 1),
      );
      const taken = new Set<number>();
      for (const { s, unit } of order) {
        if (weight.get(s)! <= 0) break;
        let free = true;
        for (let k = unit; k < unit + s.units.length && free; k++) free = !taken.has(k);
        if (!free) continue;
        for (let k = unit; k < unit + s.units.length; k++) taken.add(k);
        const w = won.get(s) ?? { titles: new Set<number>(), occurrences: 0 };
        w.titles.add(title);
        w.occurrences++;
        won.set(s, w);
      }
    });
    weight = new Map(candidates.map((s) => [s, (won.get(s)?.titles.size ?? 0) * s.units.length]));
  }
  return won;
}
