import { z } from 'zod';
import { MoneySchema } from './money';

/**
 * Price comparison and price bands (issue #6). Pure analyses produce these; the panel and
 * the exports show them. Money stays per currency unless the user gave exchange rates.
 */

export const UNIT_KINDS = ['g', 'ml', 'count', 'm', 'm2'] as const;
export const UnitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** A price per normalised unit, and the text it was worked out from. */
export const UnitPriceSchema = z.object({
  /** Price of `per` units (per 100 g, per 100 ml, per 1 count). */
  price: MoneySchema,
  per: z.object({ quantity: z.number().positive(), unit: UnitKindSchema }),
  /** Total quantity bought: 6 × 330 ml → 1980 ml. */
  total: z.object({ quantity: z.number().positive(), unit: UnitKindSchema }),
  /** The words it came from (`6 x 330ml`, `500g*2袋`, `共16包`) and where (title / spec name). */
  basis: z.string().max(200),
  from: z.string().max(200),
});
export type UnitPrice = z.infer<typeof UnitPriceSchema>;

/** Where one product's price stands in its group or result set. */
export const PriceStandingSchema = z.object({
  productId: z.string().max(64),
  price: MoneySchema,
  /** 1 = cheapest. Ties share the better rank. */
  rank: z.number().int().positive(),
  of: z.number().int().positive(),
  /** Share of compared prices at or below this one, 0–100. */
  percentile: z.number().min(0).max(100),
  median: MoneySchema,
  cheapest: MoneySchema,
  /** (price − median) / median × 100. */
  gapToMedianPct: z.number(),
  gapToCheapestPct: z.number(),
  /** Products left out because their price is in another currency with no exchange rate given. */
  excludedOtherCurrency: z.number().int().nonnegative(),
  /** Prices were converted with user exchange rates. */
  converted: z.boolean(),
});
export type PriceStanding = z.infer<typeof PriceStandingSchema>;

export const PriceBandSchema = z.object({
  from: z.number().nonnegative(),
  /** Exclusive, except the last band. */
  to: z.number().nonnegative(),
  count: z.number().int().nonnegative(),
  productIds: z.array(z.string().max(64)),
  kind: z.enum(['empty', 'normal', 'crowded']),
  /** An overflow band gathering far outliers at one end (wider than `width`). */
  overflow: z.enum(['below', 'above']).optional(),
});
export type PriceBand = z.infer<typeof PriceBandSchema>;

/** 品类价格段分析 of a search page or a group. */
export const PriceBandsSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** Band width at a readable boundary (1, 2, 5 × 10^n). */
  width: z.number().positive(),
  bands: z.array(PriceBandSchema).max(200),
  count: z.number().int().nonnegative(),
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
  quartiles: z.tuple([z.number(), z.number(), z.number()]),
  /** Index into `bands` of the user's price, when given. */
  userBand: z.number().int().nonnegative().optional(),
  excludedOtherCurrency: z.number().int().nonnegative(),
  /** Results without a price. */
  withoutPrice: z.number().int().nonnegative(),
});
export type PriceBands = z.infer<typeof PriceBandsSchema>;

/** User-entered exchange rates: 1 unit of `from` = `rate` units of `to`. */
export const ExchangeRateSchema = z.object({
  from: z.string().regex(/^[A-Z]{3}$/),
  to: z.string().regex(/^[A-Z]{3}$/),
  rate: z.number().positive().finite(),
  /** ISO date the user entered it. */
  asOf: z.string().max(40),
});
export type ExchangeRate = z.infer<typeof ExchangeRateSchema>;
