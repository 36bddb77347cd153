/**
 * Order statistics shared by price standing and price bands. Quantiles interpolate linearly
 * between closest ranks (Hyndman & Fan type 7: the default of R, NumPy and Excel's
 * QUARTILE.INC), so a reader can check them by hand: position (n − 1)·p in the sorted list.
 */

/** The p-quantile (0 ≤ p ≤ 1) of an ascending list; NaN for an empty one. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (h - lo) * (b - a);
}

export function median(sorted: readonly number[]): number {
  return quantile(sorted, 0.5);
}

/** Equal up to floating-point noise from conversions (not a price tolerance). */
export function samePrice(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
}

/** Drops float noise from conversion and interpolation (8.800000000000001 → 8.8), keeps the value. */
export function tidyAmount(n: number): number {
  return Number(n.toPrecision(12));
}

/** Percentages to two decimals. */
export function tidyPct(n: number): number {
  return Math.round(n * 100) / 100;
}
