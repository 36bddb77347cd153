import { mulberry32, type Rng as Mulberry } from '../mutation/prng';

/**
 * A seeded generator so every hostile corpus is the same for the same seed: a failure
 * found at full size is reproduced by the seed printed in the summary. The same mulberry32
 * as the mutated pages (mutation/prng.ts), plus sampling.
 */
export interface Rng extends Mulberry {
  /** `k` distinct items (all when k ≥ length), in the list's order. */
  sample<T>(list: readonly T[], k: number): T[];
}

export function rng(seed: number): Rng {
  const base = mulberry32(seed);
  return {
    ...base,
    sample(list, k) {
      if (k >= list.length) return [...list];
      const chosen = new Set<number>();
      while (chosen.size < k) chosen.add(base.int(list.length));
      return [...chosen].sort((x, y) => x - y).map((i) => list[i]!);
    },
  };
}
