import type { ExchangeRate, Money, PageRead, PriceBands, PriceStanding } from '../../schema';
import { explainPriceStanding, priceBands, type PricedItem } from '../prices';
import { NOTES, type ReportNote } from './notes';

/** One product of the group as the price section sees it. */
export interface GroupPriceItem {
  key: string;
  productId: string;
  role: 'mine' | 'competitor';
  read: PageRead;
}

export interface GroupPrices {
  /** By product key; absent for a product without a price or alone in its currency. */
  standings: Map<string, PriceStanding>;
  bands?: PriceBands;
  notes: ReportNote[];
}

/**
 * The price compared: the page's price, else the low end of its SKU range (a Taobao page
 * often shows only ¥59–89; "from ¥59" is how operators compare those), said in a note.
 */
function comparedPrice(read: PageRead): { price?: Money; fromRange: boolean } {
  const p = read.product;
  if (p?.price && p.price.amount > 0) return { price: p.price, fromRange: false };
  if (p?.priceRange && p.priceRange.min.amount > 0) return { price: p.priceRange.min, fromRange: true };
  return { fromRange: false };
}

/**
 * Each product's standing among the rest of the group, and the price bands: of the search
 * page's results when one is given (the market around the group), else of the group's own
 * prices. Without exchange rates, a price is only ranked against its own currency.
 */
export function groupPrices(items: readonly GroupPriceItem[], search: PageRead | undefined, rates: readonly ExchangeRate[] | undefined): GroupPrices {
  const notes: ReportNote[] = [];
  const priced: (PricedItem & { key: string })[] = [];
  for (const item of items) {
    const { price, fromRange } = comparedPrice(item.read);
    if (!price) {
      notes.push({ section: 'prices', message: NOTES.noPrice(item.key) });
      continue;
    }
    if (fromRange) notes.push({ section: 'prices', message: NOTES.rangeOnly(item.key) });
    priced.push({ key: item.key, productId: item.productId, price });
  }
  const currencies = [...new Set(priced.map((p) => p.price!.currency))];
  if (currencies.length > 1 && !rates?.length) notes.push({ section: 'prices', message: NOTES.mixedCurrencies(currencies) });
  if (priced.length < 2) notes.push({ section: 'prices', message: NOTES.fewPrices(priced.length) });

  const standings = new Map<string, PriceStanding>();
  if (priced.length >= 2) {
    for (const p of priced) {
      const others = priced.filter((o) => o.key !== p.key);
      const r = explainPriceStanding(p, others, rates);
      if (r.ok) standings.set(p.key, r.standing);
      else notes.push({ section: 'prices', message: NOTES.aloneInCurrency(p.key) });
    }
  }

  const mine = items.find((i) => i.role === 'mine');
  const userPrice = mine ? priced.find((p) => p.key === mine.key)?.price : undefined;
  const options = { ...(userPrice ? { userPrice } : {}), ...(rates?.length ? { rates } : {}) };
  let bands: PriceBands | undefined;
  if (search) {
    if (search.pageKind !== 'search') notes.push({ section: 'prices', message: NOTES.searchNotSearch(search.pageKind) });
    const results = (search.results ?? []).map((r) => ({ productId: r.id, ...(r.price ? { price: r.price } : {}) }));
    const b = priceBands(results, options);
    if (b.count > 0) bands = b;
    else notes.push({ section: 'prices', message: NOTES.searchNoPrices() });
  } else if (priced.length >= 2) {
    notes.push({ section: 'prices', message: NOTES.bandsFromGroup() });
    bands = priceBands(priced, options);
  }
  return { standings, ...(bands ? { bands } : {}), notes };
}
