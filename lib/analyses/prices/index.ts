/**
 * Price analyses (issue #6): pure functions, no DOM, no browser, no Dexie.
 * - unitPrice / explainUnitPrice: price per 100 g / 100 ml / count from title and specs (unit-price.ts).
 * - explainQuantity: the total quantity a listing sells, or why it cannot be told.
 * - priceStanding / unitPriceStanding (+ explain…): rank, percentile, median, gaps (price-standing.ts).
 * - priceBands: 价格带 with readable widths, outliers, crowded and empty bands (price-bands.ts).
 * - convert / rateFor: the user's exchange rates (exchange.ts).
 */
export {
  explainQuantity, explainUnitPrice, unitPrice,
  type QuantityExplanation, type QuantityExplanationRefusal, type UnitPriceExplanation, type UnitPriceOptions,
  type UnitPriceRefusal, type UnitPriceSource,
} from './unit-price';
export type { QuantityRefusal, ResolvedQuantity } from './quantity/resolve';
export type { Statement } from './quantity/scan';
export {
  explainPriceStanding, explainUnitPriceStanding, priceStanding, unitPriceStanding,
  type PricedItem, type StandingExplanation, type StandingRefusal, type UnitPricedItem,
} from './price-standing';
export { priceBands, type PriceBandOptions } from './price-bands';
export { convert, rateFor } from './exchange';
export { median, quantile } from './stats';
