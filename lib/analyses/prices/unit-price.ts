import { decimalSeparatorFor, normalizeLocale } from '../../marketplaces/shared/locale';
import type { DecimalSeparator } from '../../marketplaces/shared/numbers';
import type { Money, Product, UnitPrice } from '../../schema';
import { resolveQuantity, sameAmount, type QuantityRefusal, type ResolvedQuantity } from './quantity/resolve';
import { scanQuantities, type Statement } from './quantity/scan';
import { specQuantities } from './quantity/spec-rows';
import { PER } from './quantity/units';

/**
 * Unit prices (Amazon Price Per Unit; ¥/100g, ¥/包 on Chinese comparison sites) from the title
 * and the spec rows. Where the quantity comes from, strongest first:
 * 1. Amazon's `Unit Count` row: Amazon's own unit and total. Title wording of the same unit
 *    kind must agree with it, else the listing contradicts itself and we refuse.
 * 2. The title together with content rows (`净含量`, `规格`, `Size`, `Net Quantity`) and package
 *    rows (`包装数量`, `Number of Items`), weighed by resolve.ts.
 * 3. `Item Weight` / `净重`, only with `useItemWeight` and only when nothing above states any
 *    quantity. It is the item's own weight: on the saved pages it is a strainer's 70 g, a
 *    blouse's 36.3 g and a laptop's 2.17 kg, so by default it is reported, not used.
 * The unit follows Amazon: grams per 100 g, millilitres per 100 ml, counts per 1 (m, m² per 1).
 * Titles of durable goods state capacities (`1.7 Liter` kettle, `8Kg` washer); those become
 * per-100-ml/g prices with that basis shown — the text cannot tell capacity from content.
 */

/** A product, or a search result: anything with a title, specs and a price. */
export type UnitPriceSource = Pick<Product, 'title' | 'specs' | 'price' | 'priceRange'>;

export interface UnitPriceOptions {
  /** The page's locale (PageRead.locale): decides `1.500 g` vs `1,500 g`. */
  locale?: string;
  /** Fall back on the item's own weight (groups of foods that only state it in the specs). */
  useItemWeight?: boolean;
}

export type QuantityExplanationRefusal = QuantityRefusal | 'item-weight-only';
export type UnitPriceRefusal = QuantityExplanationRefusal | 'no-price' | 'price-range';

export type UnitPriceExplanation =
  | { ok: true; unitPrice: UnitPrice; quantity: ResolvedQuantity }
  | { ok: false; reason: UnitPriceRefusal; detail: string; statements: Statement[] };

export type QuantityExplanation =
  | { ok: true; quantity: ResolvedQuantity; from: string; basis: string }
  | { ok: false; reason: QuantityExplanationRefusal; detail: string; statements: Statement[] };

const clip = (s: string) => (s.length > 200 ? `${s.slice(0, 199)}…` : s);

function describe(used: Statement[]): { from: string; basis: string } {
  return {
    from: clip([...new Set(used.map((s) => s.from))].join(' + ')),
    basis: clip([...new Set(used.map((s) => s.text.trim()))].join(' · ')),
  };
}

/** The total quantity a listing sells, or why it cannot be told. */
export function explainQuantity(source: Pick<Product, 'title' | 'specs'>, options: UnitPriceOptions = {}): QuantityExplanation {
  const locale = options.locale ? normalizeLocale(options.locale) : undefined;
  const decimal: DecimalSeparator | undefined = locale ? decimalSeparatorFor(locale) : undefined;
  const specs = specQuantities(source.specs, decimal);
  const statements = [...(source.title ? scanQuantities(source.title, 'title', decimal ? { decimal } : {}) : []), ...specs.statements];
  const pooled = resolveQuantity(statements);

  if (specs.unitCount) {
    const { amount, text, from } = specs.unitCount;
    if (pooled.ok && pooled.quantity.total.kind === amount.kind && !sameAmount(pooled.quantity.total.value, amount.value)) {
      return {
        ok: false,
        reason: 'conflicting-quantities',
        detail: `"${text}" does not agree with ${describe(pooled.quantity.used).basis}`,
        statements,
      };
    }
    const used: Statement[] = [{ type: 'measure', amount, perItem: false, text, from }];
    return { ok: true, quantity: { total: amount, used }, ...describe(used) };
  }
  if (pooled.ok) return { ok: true, quantity: pooled.quantity, ...describe(pooled.quantity.used) };
  if (pooled.reason === 'no-quantity' && specs.itemWeight) {
    const { amount, text, from } = specs.itemWeight;
    const used: Statement[] = [{ type: 'measure', amount, perItem: false, text, from }];
    if (!options.useItemWeight) {
      return { ok: false, reason: 'item-weight-only', detail: `only "${text}" is stated: the item's own weight, not its contents`, statements: used };
    }
    return { ok: true, quantity: { total: amount, used }, ...describe(used) };
  }
  return pooled;
}

/**
 * The price per unit, or why there is none. `price` overrides the product's own (e.g. a
 * coupon price). A price of 0 is treated as no price: marketplaces print 0 for unpriced tiles.
 */
export function explainUnitPrice(source: UnitPriceSource, price?: Money, options: UnitPriceOptions = {}): UnitPriceExplanation {
  const paid = price ?? source.price;
  if (!paid || paid.amount <= 0) {
    return source.priceRange && !price
      ? { ok: false, reason: 'price-range', detail: 'the page shows a price range, not one price', statements: [] }
      : { ok: false, reason: 'no-price', detail: 'no price to divide', statements: [] };
  }
  const q = explainQuantity(source, options);
  if (!q.ok) return q;
  const { kind, value } = q.quantity.total;
  const per = PER[kind];
  // Six significant digits: enough for ¥0.0123/片 and free of float noise.
  const amount = Number(((paid.amount / value) * per).toPrecision(6));
  return {
    ok: true,
    quantity: q.quantity,
    unitPrice: {
      price: { amount, currency: paid.currency },
      per: { quantity: per, unit: kind },
      total: { quantity: value, unit: kind },
      basis: q.basis,
      from: q.from,
    },
  };
}

/** The price per 100 g / 100 ml / 1 count, or undefined (see explainUnitPrice for why). */
export function unitPrice(source: UnitPriceSource, price?: Money, options?: UnitPriceOptions): UnitPrice | undefined {
  const r = explainUnitPrice(source, price, options);
  return r.ok ? r.unitPrice : undefined;
}
