/**
 * The band grid of a price-band chart: a readable width (1, 2 or 5 × 10^k, never below one
 * cent) and boundaries at multiples of it. Bands are half-open [from, to): a price exactly on
 * a boundary opens the next band, so every count can be checked by hand.
 */

/** m × 10^k without float noise (0.1 × 3 is 0.30000000000000004; 3 / 10 is 0.3). */
function scaled(multiple: number, k: number): number {
  return k >= 0 ? multiple * 10 ** k : multiple / 10 ** -k;
}

export interface NiceWidth {
  width: number;
  /** The width as mantissa × 10^k, for noise-free boundaries. */
  m: number;
  k: number;
}

/** The band holding `value` on a grid of `w` (tolerant of 2.9999999999999996). */
export function bandIndex(value: number, w: NiceWidth): number {
  return Math.floor(value / w.width + 1e-9);
}

export function boundary(index: number, w: NiceWidth): number {
  return scaled(index * w.m, w.k);
}

function countBands(lo: number, hi: number, w: NiceWidth): number {
  return bandIndex(hi, w) - bandIndex(lo, w) + 1;
}

/**
 * The width whose band count over [lo, hi] is within [0.75, 1.5] × target (6–12 for the default
 * 8) and closest to the target; on a tie the wider one. If none is in that range (tiny data),
 * the closest overall. All prices equal: a width of about a tenth of the price.
 */
export function chooseWidth(lo: number, hi: number, target: number): NiceWidth {
  const span = hi - lo;
  if (span <= 0) return niceAtMost(Math.max(lo / 10, 0.01));
  const minBands = Math.max(1, Math.round(target * 0.75));
  const maxBands = Math.max(minBands, Math.round(target * 1.5));
  let best: { w: NiceWidth; inRange: boolean; off: number } | undefined;
  const kLow = Math.max(-2, Math.floor(Math.log10(span / (maxBands * 2))) - 1);
  const kHigh = Math.ceil(Math.log10(span)) + 1;
  for (let k = kLow; k <= kHigh; k++) {
    for (const m of [1, 2, 5]) {
      const w = { width: scaled(m, k), m, k };
      const n = countBands(lo, hi, w);
      const inRange = n >= minBands && n <= maxBands;
      const off = Math.abs(n - target);
      // Widths grow through the loop, so `<=` on a tie keeps the wider one.
      if (!best || (inRange && !best.inRange) || (inRange === best.inRange && off <= best.off)) best = { w, inRange, off };
    }
  }
  return best!.w;
}

/** The largest 1/2/5 × 10^k not above `x` (at least one cent). */
function niceAtMost(x: number): NiceWidth {
  for (let k = Math.floor(Math.log10(x)); k >= -2; k--) {
    for (const m of [5, 2, 1]) {
      const width = scaled(m, k);
      if (width <= x + 1e-12) return { width, m, k };
    }
  }
  return { width: 0.01, m: 1, k: -2 };
}
