import { describe, expect, it } from 'vitest';
import {
  explainPriceStanding, explainUnitPriceStanding, priceStanding, unitPriceStanding,
} from '../../../lib/analyses/prices/price-standing';
import { convert, rateFor } from '../../../lib/analyses/prices/exchange';
import { median, quantile } from '../../../lib/analyses/prices/stats';
import type { ExchangeRate, Money, UnitPrice } from '../../../lib/schema';

const usd = (amount: number): Money => ({ amount, currency: 'USD' });
const item = (productId: string, price?: Money) => ({ productId, ...(price ? { price } : {}) });
const others = (...prices: Array<Money | undefined>) => prices.map((p, i) => item(`o${i}`, p));

describe('quantile (type 7)', () => {
  it.each<[number[], number, number]>([
    // position (n − 1)·p in the sorted list, interpolated
    [[12, 15, 18, 22, 25, 27, 29, 33, 38, 45], 0.25, 19], // 2.25 → 18 + 0.25 × 4
    [[12, 15, 18, 22, 25, 27, 29, 33, 38, 45], 0.5, 26], // 4.5 → 25 + 0.5 × 2
    [[12, 15, 18, 22, 25, 27, 29, 33, 38, 45], 0.75, 32], // 6.75 → 29 + 0.75 × 4
    [[7], 0.25, 7],
    [[1, 2], 0.5, 1.5],
  ])('%j at %d → %d', (xs, p, want) => {
    expect(quantile(xs, p)).toBeCloseTo(want, 10);
  });

  it('is NaN for no values, never a made-up 0', () => expect(median([])).toBeNaN());
});

describe('priceStanding', () => {
  it('ranks, and works out percentile, median, cheapest and gaps', () => {
    // Compared: 8, 10 (mine), 10, 12, 15, 20. One cheaper → rank 2 of 6; at or below 10: 3 of 6.
    // Median (10 + 12) / 2 = 11; gap (10 − 11) / 11 = −9.09 %; to the cheapest (10 − 8) / 8 = 25 %.
    expect(priceStanding(item('me', usd(10)), others(usd(8), usd(10), usd(12), usd(15), usd(20)))).toEqual({
      productId: 'me',
      price: usd(10),
      rank: 2,
      of: 6,
      percentile: 50,
      median: usd(11),
      cheapest: usd(8),
      gapToMedianPct: -9.09,
      gapToCheapestPct: 25,
      excludedOtherCurrency: 0,
      converted: false,
    });
  });

  it.each<[name: string, mine: number, rest: number[], rank: number, percentile: number]>([
    ['ties share the better rank', 10, [10, 10], 1, 100],
    ['a tie below is shared too', 12, [10, 10, 14], 3, 75],
    ['the cheapest', 5, [6, 7, 8], 1, 25],
    ['the dearest', 9, [6, 7, 8], 4, 100],
  ])('%s', (_, mine, rest, rank, percentile) => {
    const s = priceStanding(item('me', usd(mine)), others(...rest.map(usd)));
    expect(s?.rank).toBe(rank);
    expect(s?.percentile).toBe(percentile);
  });

  it('keeps other currencies apart and counts them', () => {
    // Compared: 9, 10 → rank 2 of 2; median 9.5; (10 − 9.5) / 9.5 = 5.26 %; (10 − 9) / 9 = 11.11 %.
    const s = priceStanding(item('me', usd(10)), others(usd(9), { amount: 70, currency: 'CNY' }, { amount: 8, currency: 'EUR' }));
    expect(s).toMatchObject({ rank: 2, of: 2, median: usd(9.5), gapToMedianPct: 5.26, gapToCheapestPct: 11.11, excludedOtherCurrency: 2, converted: false });
  });

  it('converts with the user rates, directly or through the reverse rate', () => {
    const rates: ExchangeRate[] = [
      { from: 'EUR', to: 'USD', rate: 1.1, asOf: '2025-01-01' },
      { from: 'USD', to: 'CNY', rate: 7, asOf: '2025-01-01' },
    ];
    // EUR 8 → 8.8 USD; CNY 70 → 70 / 7 = 10 USD. Compared: 8.8, 9, 10, 10 (mine).
    // Cheaper: 8.8 and 9 → rank 3; median (9 + 10) / 2 = 9.5; (10 − 8.8) / 8.8 = 13.64 %.
    const s = priceStanding(item('me', usd(10)), others(usd(9), { amount: 70, currency: 'CNY' }, { amount: 8, currency: 'EUR' }), rates);
    expect(s).toMatchObject({ rank: 3, of: 4, percentile: 100, median: usd(9.5), cheapest: usd(8.8), gapToCheapestPct: 13.64, excludedOtherCurrency: 0, converted: true });
  });

  it('counts a product listed twice once, and never compares mine with itself', () => {
    const s = priceStanding(item('me', usd(10)), [item('me', usd(10)), item('a', usd(20)), item('a', usd(20)), item('b', usd(5))]);
    expect(s).toMatchObject({ of: 3, rank: 2, median: usd(10) });
  });

  it('leaves out others without a price, or priced 0, and says how many', () => {
    const r = explainPriceStanding(item('me', usd(10)), others(undefined, usd(0), usd(12)));
    expect(r.ok && r.standing.of).toBe(2);
    expect(r.ok && r.leftOut).toBe(2);
  });

  it.each([
    ['mine has no price', item('me'), others(usd(5)), 'no-price'],
    ['nothing to compare with', item('me', usd(10)), others(undefined), 'nothing-to-compare'],
    ['only other currencies', item('me', usd(10)), others({ amount: 5, currency: 'EUR' }), 'nothing-to-compare'],
  ])('is undefined with a reason when %s', (_, mine, rest, reason) => {
    expect(priceStanding(mine, rest)).toBeUndefined();
    const r = explainPriceStanding(mine, rest);
    expect(!r.ok && r.reason).toBe(reason);
  });

  it('reports the excluded currencies even when it has nothing to compare', () => {
    const r = explainPriceStanding(item('me', usd(10)), others({ amount: 5, currency: 'EUR' }, { amount: 6, currency: 'GBP' }));
    expect(!r.ok && r.excludedOtherCurrency).toBe(2);
  });
});

describe('exchange rates', () => {
  it.each<[from: string, to: string, rates: ExchangeRate[], want: number | undefined]>([
    ['USD', 'USD', [], 1],
    ['EUR', 'USD', [{ from: 'EUR', to: 'USD', rate: 1.1, asOf: '2025-01-01' }], 1.1],
    ['USD', 'EUR', [{ from: 'EUR', to: 'USD', rate: 1.25, asOf: '2025-01-01' }], 0.8],
    // The newest rate wins.
    ['EUR', 'USD', [
      { from: 'EUR', to: 'USD', rate: 1.0, asOf: '2024-01-01' },
      { from: 'USD', to: 'EUR', rate: 0.8, asOf: '2025-06-01' },
      { from: 'EUR', to: 'USD', rate: 1.1, asOf: '2025-01-01' },
    ], 1.25],
    // No chains through a third currency.
    ['EUR', 'CNY', [{ from: 'EUR', to: 'USD', rate: 1.1, asOf: '2025-01-01' }, { from: 'USD', to: 'CNY', rate: 7, asOf: '2025-01-01' }], undefined],
  ])('%s → %s', (from, to, rates, want) => {
    const r = rateFor(from, to, rates);
    if (want === undefined) expect(r).toBeUndefined();
    else expect(r).toBeCloseTo(want, 10);
  });

  it('converts money', () => {
    expect(convert({ amount: 20, currency: 'EUR' }, 'USD', [{ from: 'EUR', to: 'USD', rate: 1.1, asOf: '2025-01-01' }])?.amount).toBeCloseTo(22, 10);
  });
});

describe('unitPriceStanding', () => {
  const up = (amount: number, unit: UnitPrice['per']['unit'] = 'g'): UnitPrice => ({
    price: usd(amount),
    per: { quantity: unit === 'count' ? 1 : 100, unit },
    total: { quantity: 500, unit },
    basis: '500 g',
    from: 'title',
  });

  it('compares prices per unit', () => {
    // Per 100 g: 1.5 (mine), 1.0, 2.0, 3.0 → one cheaper, rank 2 of 4; median (1.5 + 2) / 2 = 1.75.
    const s = unitPriceStanding({ productId: 'me', unitPrice: up(1.5) }, [1, 2, 3].map((a, i) => ({ productId: `o${i}`, unitPrice: up(a) })));
    expect(s).toMatchObject({ rank: 2, of: 4, median: usd(1.75), cheapest: usd(1), gapToCheapestPct: 50 });
  });

  it('leaves out products without a unit price', () => {
    const r = explainUnitPriceStanding({ productId: 'me', unitPrice: up(1.5) }, [{ productId: 'a', unitPrice: up(1) }, { productId: 'b' }]);
    expect(r.ok && r.standing.of).toBe(2);
    expect(r.ok && r.leftOut).toBe(1);
  });

  it('refuses mixed unit kinds (per 100 g against per count)', () => {
    const r = explainUnitPriceStanding({ productId: 'me', unitPrice: up(1.5) }, [{ productId: 'a', unitPrice: up(0.2, 'count') }]);
    expect(!r.ok && r.reason).toBe('mixed-units');
    expect(unitPriceStanding({ productId: 'me', unitPrice: up(1.5) }, [{ productId: 'a', unitPrice: up(0.2, 'count') }])).toBeUndefined();
  });

  it('refuses without a unit price of mine', () => {
    expect(explainUnitPriceStanding({ productId: 'me' }, [{ productId: 'a', unitPrice: up(1) }])).toMatchObject({ ok: false, reason: 'no-unit-price' });
  });
});
