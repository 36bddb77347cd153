import { rateFor } from '../../lib/analyses/prices/exchange';
import { explainPriceStanding, explainUnitPriceStanding, type StandingExplanation } from '../../lib/analyses/prices/price-standing';
import { explainUnitPrice, type UnitPriceExplanation } from '../../lib/analyses/prices/unit-price';
import type { GroupMember } from '../../lib/db/queries';
import type { ExchangeRate, Marketplace, Money, PriceRange, Product, ProductKey } from '../../lib/schema';

/**
 * A group's price comparison, pure: each member's price and unit price, and where it
 * stands among the others (priceStanding / unitPriceStanding), by price or by unit price.
 * A member's numbers come from its newest snapshot (title, specs and locale for the unit
 * price), else from the product row's summary of its newest read. Currencies stay apart
 * unless the user entered a rate (lib/analyses/prices/exchange.ts).
 */

export type CompareBasis = 'price' | 'unit';

export interface ComparisonRow {
  key: ProductKey;
  marketplace: Marketplace;
  productId: string;
  title?: string;
  as: 'mine' | 'competitor';
  price?: Money;
  priceRange?: PriceRange;
  unit: UnitPriceExplanation;
  standing: StandingExplanation;
}

export interface Comparison {
  basis: CompareBasis;
  rows: ComparisonRow[];
  /** Currencies of the members' prices, most common first. */
  currencies: string[];
  /** Currency pairs present with no rate linking them: what the rate editor suggests. */
  unlinked: [string, string][];
  /** Some standing used a user exchange rate. */
  converted: boolean;
}

function sourceOf(m: GroupMember): { product: Pick<Product, 'title' | 'specs' | 'price' | 'priceRange'>; locale?: string } {
  const read = m.latest?.read;
  if (read?.product) return { product: read.product, locale: read.locale };
  const s = m.product?.latest;
  return { product: { title: m.product?.title, ...(s?.price ? { price: s.price } : {}), ...(s?.priceRange ? { priceRange: s.priceRange } : {}) } };
}

export function compareGroup(members: readonly GroupMember[], basis: CompareBasis, rates: readonly ExchangeRate[] = []): Comparison {
  const base = members.map((m) => {
    const { product, locale } = sourceOf(m);
    const [marketplace, ...id] = m.key.split(':') as [Marketplace, ...string[]];
    return {
      key: m.key,
      marketplace,
      productId: id.join(':'),
      title: m.product?.title ?? product.title,
      as: m.as,
      ...(product.price ? { price: product.price } : {}),
      ...(product.priceRange ? { priceRange: product.priceRange } : {}),
      unit: explainUnitPrice(product, undefined, locale ? { locale } : {}),
    };
  });
  const rows: ComparisonRow[] = base.map((row) => {
    const others = base.filter((o) => o.key !== row.key);
    const standing =
      basis === 'price'
        ? explainPriceStanding({ productId: row.key, price: row.price }, others.map((o) => ({ productId: o.key, price: o.price })), rates)
        : explainUnitPriceStanding(
            { productId: row.key, ...(row.unit.ok ? { unitPrice: row.unit.unitPrice } : {}) },
            others.map((o) => ({ productId: o.key, ...(o.unit.ok ? { unitPrice: o.unit.unitPrice } : {}) })),
            rates,
          );
    return { ...row, standing };
  });
  const currencies = currenciesOf(base.map((r) => r.price));
  const unlinked = unlinkedPairs(currencies, rates);
  return { basis, rows, currencies, unlinked, converted: rows.some((r) => r.standing.ok && r.standing.standing.converted) };
}

/** The currencies of these prices, most common first (first seen on a tie). */
export function currenciesOf(prices: readonly (Money | undefined)[]): string[] {
  const counts = new Map<string, number>();
  for (const p of prices) if (p) counts.set(p.currency, (counts.get(p.currency) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** Pairs of these currencies (rarer → more common) that no rate links. */
export function unlinkedPairs(currencies: readonly string[], rates: readonly ExchangeRate[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < currencies.length; i++) {
    for (let j = i + 1; j < currencies.length; j++) {
      if (rateFor(currencies[j]!, currencies[i]!, rates) === undefined) out.push([currencies[j]!, currencies[i]!]);
    }
  }
  return out;
}

/** A member's shown price: its newest snapshot's, else the product row's summary. */
export function memberPrice(m: GroupMember): Money | undefined {
  return sourceOf(m).product.price;
}
