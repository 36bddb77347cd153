import type { ExchangeRate, Money, PriceBand, PriceBands } from '../../schema';
import { bandIndex, boundary, chooseWidth, type NiceWidth } from './band-grid';
import { convert } from './exchange';
import type { PricedItem } from './price-standing';
import { quantile, tidyAmount } from './stats';

/**
 * 价格带 of a search page or a group: how many products sit in each price band.
 *
 * - Currency: `options.currency`, else the most common currency among the prices (first seen
 *   on a tie). Other currencies are converted with the user's rates or left out and counted.
 * - Results without a price (or priced 0: unpriced tiles) are counted in `withoutPrice`.
 *   A product id listed twice (an ASIN as an ad and as a result) counts once.
 * - Width: 1, 2 or 5 × 10^k giving 6–12 bands (about `targetBands`, default 8) over the prices
 *   (band-grid.ts). Bands are [from, to).
 * - One extreme outlier must not stretch the grid into a single crowded band: prices beyond
 *   Tukey's far-out fences (Q1 − 3·IQR, Q3 + 3·IQR; only with 5+ prices and IQR > 0) are left
 *   out of the width choice. Those within ⌈targetBands / 2⌉ bands of the grid still get regular
 *   bands (the empty ones between show the gap); farther ones are gathered in an overflow band
 *   at that end, wider than `width` (from the grid's edge to the extreme price), which is how
 *   the UI can tell it apart.
 * - Kinds (regular bands only): empty = no product; crowded = at least 1.5 × the mean count of
 *   the non-empty bands and at least 3 products (two products are no red ocean); else normal.
 *   Overflow bands are normal, or empty when they only hold the user's price.
 * - Quartiles: type 7 (stats.ts) over all compared prices, outliers included.
 * - The user's price: its band; beyond the grid, up to ⌈targetBands / 2⌉ empty bands are added
 *   to reach it, farther out it falls in (or opens) an overflow band. A user price in a
 *   currency that cannot be converted has no band.
 * - No comparable price at all: no bands, count 0, and min/max/quartiles 0 (check `count`).
 */

export interface PriceBandOptions {
  userPrice?: Money;
  currency?: string;
  rates?: readonly ExchangeRate[];
  /** About how many bands to aim for; widths give 0.75–1.5 × this many. Default 8. */
  targetBands?: number;
}

interface Priced {
  id: string;
  amount: number;
}

function dominantCurrency(items: readonly PricedItem[]): string | undefined {
  const counts = new Map<string, number>();
  for (const i of items) if (i.price && i.price.amount > 0) counts.set(i.price.currency, (counts.get(i.price.currency) ?? 0) + 1);
  let best: string | undefined;
  for (const [cur, n] of counts) if (best === undefined || n > counts.get(best)!) best = cur;
  return best;
}

export function priceBands(prices: readonly PricedItem[], options: PriceBandOptions = {}): PriceBands {
  const target = Math.max(1, options.targetBands ?? 8);
  const seen = new Set<string>();
  const items = prices.filter((p) => !seen.has(p.productId) && seen.add(p.productId));
  // XXX is ISO 4217's "no currency": nothing was priced and no currency was asked for.
  const currency = options.currency ?? dominantCurrency(items) ?? options.userPrice?.currency ?? 'XXX';

  let withoutPrice = 0;
  let excludedOtherCurrency = 0;
  const priced: Priced[] = [];
  for (const item of items) {
    if (!item.price || item.price.amount <= 0) {
      withoutPrice++;
      continue;
    }
    const inBase = convert(item.price, currency, options.rates);
    if (!inBase) excludedOtherCurrency++;
    else priced.push({ id: item.productId, amount: inBase.amount });
  }
  priced.sort((a, b) => a.amount - b.amount);
  const base = { currency, excludedOtherCurrency, withoutPrice };
  if (priced.length === 0) {
    return { ...base, width: 1, bands: [], count: 0, min: 0, max: 0, quartiles: [0, 0, 0] };
  }

  const sorted = priced.map((p) => p.amount);
  const [q1, q2, q3] = [0.25, 0.5, 0.75].map((p) => quantile(sorted, p)) as [number, number, number];
  const iqr = q3 - q1;
  const fenced = sorted.length >= 5 && iqr > 0;
  const lowFence = fenced ? q1 - 3 * iqr : -Infinity;
  const highFence = fenced ? q3 + 3 * iqr : Infinity;
  const inFences = priced.filter((p) => p.amount >= lowFence && p.amount <= highFence);
  const w = chooseWidth(inFences[0]!.amount, inFences[inFences.length - 1]!.amount, target);
  // Outliers near the grid join it; the rest go to the overflow bands.
  const reach = Math.ceil(target / 2);
  const coreStart = bandIndex(inFences[0]!.amount, w) - reach;
  const coreEnd = bandIndex(inFences[inFences.length - 1]!.amount, w) + reach;
  const core = priced.filter((p) => bandIndex(p.amount, w) >= coreStart && bandIndex(p.amount, w) <= coreEnd);
  const lows = priced.filter((p) => bandIndex(p.amount, w) < coreStart);
  const highs = priced.filter((p) => bandIndex(p.amount, w) > coreEnd);
  let startIndex = bandIndex(core[0]!.amount, w);
  let endIndex = bandIndex(core[core.length - 1]!.amount, w);

  const user = options.userPrice ? convert(options.userPrice, currency, options.rates)?.amount : undefined;
  let lowOverflow = lows.length ? { from: lows[0]!.amount, items: lows } : undefined;
  let highOverflow = highs.length ? { to: highs[highs.length - 1]!.amount, items: highs } : undefined;
  if (user !== undefined) {
    const u = bandIndex(user, w);
    if (u < startIndex) {
      if (lowOverflow) lowOverflow.from = Math.min(lowOverflow.from, user);
      else if (startIndex - u <= reach) startIndex = u;
      else lowOverflow = { from: user, items: [] };
    } else if (u > endIndex) {
      if (highOverflow) highOverflow.to = Math.max(highOverflow.to, user);
      else if (u - endIndex <= reach) endIndex = u;
      else highOverflow = { to: user, items: [] };
    }
  }

  const regular = buildRegular(core, w, startIndex, endIndex);
  const bands: PriceBand[] = [
    ...(lowOverflow ? [overflowBand(lowOverflow.from, boundary(startIndex, w), lowOverflow.items, 'below')] : []),
    ...regular,
    ...(highOverflow ? [overflowBand(boundary(endIndex + 1, w), highOverflow.to, highOverflow.items, 'above')] : []),
  ];
  const userBand = user === undefined ? undefined : findBand(bands, user);
  return {
    ...base,
    width: w.width,
    bands,
    count: priced.length,
    min: tidyAmount(sorted[0]!),
    max: tidyAmount(sorted[sorted.length - 1]!),
    quartiles: [tidyAmount(q1), tidyAmount(q2), tidyAmount(q3)],
    ...(userBand === undefined ? {} : { userBand }),
  };
}

function buildRegular(core: readonly Priced[], w: NiceWidth, startIndex: number, endIndex: number): PriceBand[] {
  const bands: PriceBand[] = [];
  for (let i = startIndex; i <= endIndex; i++) {
    bands.push({ from: boundary(i, w), to: boundary(i + 1, w), count: 0, productIds: [], kind: 'normal' });
  }
  for (const p of core) {
    const band = bands[bandIndex(p.amount, w) - startIndex]!;
    band.count++;
    band.productIds.push(p.id);
  }
  const filled = bands.filter((b) => b.count > 0);
  const mean = filled.reduce((s, b) => s + b.count, 0) / filled.length;
  for (const b of bands) b.kind = b.count === 0 ? 'empty' : b.count >= 1.5 * mean && b.count >= 3 ? 'crowded' : 'normal';
  return bands;
}

function overflowBand(from: number, to: number, items: readonly Priced[], overflow: 'below' | 'above'): PriceBand {
  return {
    overflow,
    from: tidyAmount(from),
    to: tidyAmount(to),
    count: items.length,
    productIds: items.map((i) => i.id),
    kind: items.length ? 'normal' : 'empty',
  };
}

/** Bands are [from, to); the last one also holds its `to`. */
function findBand(bands: readonly PriceBand[], value: number): number | undefined {
  const i = bands.findIndex((b) => value >= b.from && value < b.to);
  if (i >= 0) return i;
  const last = bands.length - 1;
  return last >= 0 && value === bands[last]!.to ? last : undefined;
}
