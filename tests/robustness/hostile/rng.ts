/**
 * A seeded generator (mulberry32) so every hostile corpus is the same for the same seed:
 * a failure found at full size is reproduced by the seed printed in the summary.
 */
export interface Rng {
  /** [0, 1) */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  /** `k` distinct items (all when k ≥ length), in the list's order. */
  sample<T>(list: readonly T[], k: number): T[];
}

export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (list) => list[int(list.length)]!,
    sample(list, k) {
      if (k >= list.length) return [...list];
      const chosen = new Set<number>();
      while (chosen.size < k) chosen.add(int(list.length));
      return [...chosen].sort((x, y) => x - y).map((i) => list[i]!);
    },
  };
}
