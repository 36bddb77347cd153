import type { ExchangeRate, Money, PriceStanding, UnitPrice } from '../../schema';
import { convert } from './exchange';
import { median, samePrice, tidyAmount, tidyPct } from './stats';

/**
 * Where one product's price stands among others (a group, or a search page):
 * - rank: 1 + the number of strictly cheaper prices, so ties share the better rank;
 * - percentile: the share of compared prices (this one included) at or below this one;
 * - median (type 7, see stats.ts) and cheapest of all compared prices, this one included;
 * - gaps: (price − median) / median × 100 and (price − cheapest) / cheapest × 100.
 * Prices in another currency are converted with the user's rates, or left out and counted.
 * A product id listed twice (Amazon shows an ASIN as an ad and as a result) counts once, and
 * so does `mine` when `others` lists it too. A price of 0 is no price (an unpriced tile).
 */

export interface PricedItem {
  productId: string;
  price?: Money;
}

export type StandingRefusal = 'no-price' | 'nothing-to-compare' | 'no-unit-price' | 'mixed-units';

export type StandingExplanation =
  | { ok: true; standing: PriceStanding; leftOut: number }
  | { ok: false; reason: StandingRefusal; detail: string; excludedOtherCurrency: number };

/**
 * The standing, with `leftOut` = others that had nothing to compare (no price, or for unit
 * prices no unit price), or why there is none.
 */
export function explainPriceStanding(mine: PricedItem, others: readonly PricedItem[], rates?: readonly ExchangeRate[]): StandingExplanation {
  const own = mine.price;
  if (!own || own.amount <= 0) return { ok: false, reason: 'no-price', detail: 'this product has no price', excludedOtherCurrency: 0 };
  const seen = new Set([mine.productId]);
  const amounts: number[] = [];
  let excludedOtherCurrency = 0;
  let leftOut = 0;
  let converted = false;
  for (const o of others) {
    if (seen.has(o.productId)) continue;
    seen.add(o.productId);
    if (!o.price || o.price.amount <= 0) {
      leftOut++;
      continue;
    }
    const inBase = convert(o.price, own.currency, rates);
    if (!inBase) {
      excludedOtherCurrency++;
      continue;
    }
    if (o.price.currency !== own.currency) converted = true;
    amounts.push(inBase.amount);
  }
  if (amounts.length === 0) {
    const detail = excludedOtherCurrency
      ? `the other ${excludedOtherCurrency} price(s) are in other currencies and no exchange rate was given`
      : 'no other product has a price';
    return { ok: false, reason: 'nothing-to-compare', detail, excludedOtherCurrency };
  }
  const all = [own.amount, ...amounts].sort((a, b) => a - b);
  const cheaper = all.filter((v) => v < own.amount && !samePrice(v, own.amount)).length;
  const atOrBelow = all.filter((v) => v <= own.amount || samePrice(v, own.amount)).length;
  const mid = median(all);
  const low = all[0]!;
  return {
    ok: true,
    leftOut,
    standing: {
      productId: mine.productId,
      price: own,
      rank: cheaper + 1,
      of: all.length,
      percentile: tidyPct((atOrBelow / all.length) * 100),
      median: { amount: tidyAmount(mid), currency: own.currency },
      cheapest: { amount: tidyAmount(low), currency: own.currency },
      gapToMedianPct: tidyPct(((own.amount - mid) / mid) * 100),
      gapToCheapestPct: tidyPct(((own.amount - low) / low) * 100),
      excludedOtherCurrency,
      converted,
    },
  };
}

export function priceStanding(mine: PricedItem, others: readonly PricedItem[], rates?: readonly ExchangeRate[]): PriceStanding | undefined {
  const r = explainPriceStanding(mine, others, rates);
  return r.ok ? r.standing : undefined;
}

export interface UnitPricedItem {
  productId: string;
  unitPrice?: UnitPrice;
}

/**
 * The same standing over unit prices (price per 100 g / 100 ml / count). Only when every unit
 * price has the same unit kind: ranking ¥/100 g against ¥/包 would be meaningless, so mixed
 * kinds are refused rather than filtered. Others without a unit price are left out (`leftOut`).
 */
export function explainUnitPriceStanding(
  mine: UnitPricedItem,
  others: readonly UnitPricedItem[],
  rates?: readonly ExchangeRate[],
): StandingExplanation {
  if (!mine.unitPrice) return { ok: false, reason: 'no-unit-price', detail: 'this product has no unit price', excludedOtherCurrency: 0 };
  const kind = mine.unitPrice.per.unit;
  const mixed = others.filter((o) => o.unitPrice && o.unitPrice.per.unit !== kind);
  if (mixed.length) {
    const kinds = [...new Set([kind, ...mixed.map((o) => o.unitPrice!.per.unit)])].join(', ');
    return { ok: false, reason: 'mixed-units', detail: `unit prices are per different units (${kinds})`, excludedOtherCurrency: 0 };
  }
  return explainPriceStanding(
    { productId: mine.productId, price: mine.unitPrice.price },
    others.map((o) => ({ productId: o.productId, ...(o.unitPrice ? { price: o.unitPrice.price } : {}) })),
    rates,
  );
}

export function unitPriceStanding(mine: UnitPricedItem, others: readonly UnitPricedItem[], rates?: readonly ExchangeRate[]): PriceStanding | undefined {
  const r = explainUnitPriceStanding(mine, others, rates);
  return r.ok ? r.standing : undefined;
}
