import { describe, expect, it } from 'vitest';
import { chooseWidth } from '../../../lib/analyses/prices/band-grid';
import { priceBands } from '../../../lib/analyses/prices/price-bands';
import type { Money } from '../../../lib/schema';

const usd = (amount: number): Money => ({ amount, currency: 'USD' });
const items = (amounts: number[]) => amounts.map((a, i) => ({ productId: `p${i}`, price: usd(a) }));

/** Ten prices from 12 to 45, used below; every expected value is worked out in the comments. */
const TEN = [12, 15, 18, 22, 25, 27, 29, 33, 38, 45];

describe('band width', () => {
  it.each<[lo: number, hi: number, width: number, why: string]>([
    [12, 45, 5, 'w=5: ⌊45/5⌋ − ⌊12/5⌋ + 1 = 9 − 2 + 1 = 8 bands (w=2: 17, w=10: 4)'],
    [0.85, 37.47, 5, 'w=5: 7 − 0 + 1 = 8 (w=2: 19, w=10: 4)'],
    [119.99, 669.99, 100, 'w=100: 6 − 1 + 1 = 6, off 2; w=50: 13 − 2 + 1 = 12, off 4'],
    [1868, 5988, 500, 'w=500: 11 − 3 + 1 = 9 (w=200: 21, w=1000: 5)'],
    [0.5, 1.2, 0.1, 'w=0.1: 12 − 5 + 1 = 8'],
    [5, 5.01, 0.01, 'never below one cent: 2 bands'],
    [9.99, 9.99, 0.5, 'one price: the largest 1/2/5 × 10^k not above a tenth of it'],
  ])('[%d, %d] → %d (%s)', (lo, hi, width) => {
    expect(chooseWidth(lo, hi, 8).width).toBe(width);
  });
});

describe('priceBands', () => {
  it('counts per band at readable boundaries', () => {
    const b = priceBands(items(TEN));
    expect(b.width).toBe(5);
    expect(b.bands.map((x) => [x.from, x.to, x.count, x.kind])).toEqual([
      [10, 15, 1, 'normal'], // 12
      [15, 20, 2, 'normal'], // 15 (on the boundary: opens this band), 18
      [20, 25, 1, 'normal'], // 22
      // 25, 27, 29: mean of the 7 non-empty bands is 10 / 7 = 1.43, and 3 ≥ 1.5 × 1.43 = 2.14 and ≥ 3
      [25, 30, 3, 'crowded'],
      [30, 35, 1, 'normal'], // 33
      [35, 40, 1, 'normal'], // 38
      [40, 45, 0, 'empty'],
      [45, 50, 1, 'normal'], // 45
    ]);
    expect(b.bands[3]!.productIds).toEqual(['p4', 'p5', 'p6']);
    expect(b).toMatchObject({ currency: 'USD', count: 10, min: 12, max: 45, quartiles: [19, 26, 32], withoutPrice: 0, excludedOtherCurrency: 0 });
  });

  it('keeps one extreme outlier from stretching the grid', () => {
    // With 900: Q1 = 20 (position 2.5), Q3 = 35.5 (position 7.5), IQR 15.5, far-out fence
    // 35.5 + 46.5 = 82. The grid is the one above; 900 sits in an overflow band from 50.
    // (Stretched to 900 the grid would be w=100 with 10 of 11 prices in its first band.)
    const b = priceBands(items([...TEN, 900]));
    expect(b.width).toBe(5);
    expect(b.bands).toHaveLength(9);
    expect(b.bands[8]).toEqual({ from: 50, to: 900, count: 1, productIds: ['p10'], kind: 'normal', overflow: 'above' });
    expect(b.bands[3]!.kind).toBe('crowded');
    expect(b).toMatchObject({ count: 11, max: 900, quartiles: [20, 27, 35.5] });
  });

  it('puts a far outlier of a tight cluster in an overflow band', () => {
    // 10 ×5, 11 ×5, 15: Q1 = 10, Q3 = 11, fence 11 + 3 = 14. Grid over 10–11: w=0.2 gives
    // 55 − 50 + 1 = 6 bands (w=0.1: 11). 15 is band 75, more than 4 bands past band 55.
    const b = priceBands(items([10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 15]));
    expect(b.width).toBe(0.2);
    expect(b.bands.map((x) => [x.from, x.to, x.count])).toEqual([
      [10, 10.2, 5], [10.2, 10.4, 0], [10.4, 10.6, 0], [10.6, 10.8, 0], [10.8, 11, 0], [11, 11.2, 5], [11.2, 15, 1],
    ]);
  });

  it.each<[user: number, band: number, bands: number, why: string]>([
    [42, 6, 8, '[40, 45)'],
    [45, 7, 8, '[45, 50): boundaries open a band'],
    [60, 10, 11, '3 empty bands added up to [60, 65)'],
    [5, 0, 9, 'one empty band [5, 10) added below'],
    [200, 8, 9, 'beyond 4 bands: an overflow band [50, 200] holding no product'],
  ])('places the user price %d in band %d of %d (%s)', (user, band, bands) => {
    const b = priceBands(items(TEN), { userPrice: usd(user) });
    expect(b.userBand).toBe(band);
    expect(b.bands).toHaveLength(bands);
    expect(b.count).toBe(10);
  });

  it('marks an overflow band holding only the user price empty', () => {
    const b = priceBands(items(TEN), { userPrice: usd(200) });
    expect(b.bands[8]).toEqual({ from: 50, to: 200, count: 0, productIds: [], kind: 'empty', overflow: 'above' });
  });

  it('gives no band to a user price in a currency it cannot convert', () => {
    expect(priceBands(items(TEN), { userPrice: { amount: 20, currency: 'EUR' } }).userBand).toBeUndefined();
  });

  it('counts results without a price and in other currencies apart', () => {
    const prices = [
      { productId: 'a', price: usd(10) },
      { productId: 'b' },
      { productId: 'c', price: usd(0) },
      { productId: 'd', price: { amount: 50, currency: 'EUR' } },
      { productId: 'e', price: usd(12) },
      { productId: 'e', price: usd(12) }, // the same product twice (ad + result): once
    ];
    expect(priceBands(prices)).toMatchObject({ currency: 'USD', count: 2, withoutPrice: 2, excludedOtherCurrency: 1, min: 10, max: 12 });
    const converted = priceBands(prices, { rates: [{ from: 'EUR', to: 'USD', rate: 1.1, asOf: '2025-01-01' }] });
    expect(converted).toMatchObject({ count: 3, excludedOtherCurrency: 0, max: 55 });
  });

  it('uses the asked currency, else the most common one (first seen on a tie)', () => {
    const prices = [{ productId: 'a', price: { amount: 5, currency: 'EUR' } }, { productId: 'b', price: usd(6) }];
    expect(priceBands(prices).currency).toBe('EUR');
    expect(priceBands(prices, { currency: 'USD' })).toMatchObject({ currency: 'USD', count: 1, excludedOtherCurrency: 1 });
  });

  it('puts equal prices in one band', () => {
    const b = priceBands(items([9.99, 9.99, 9.99]));
    expect(b.bands).toEqual([{ from: 9.5, to: 10, count: 3, productIds: ['p0', 'p1', 'p2'], kind: 'normal' }]);
    expect(b.quartiles).toEqual([9.99, 9.99, 9.99]);
  });

  it('has no bands and count 0 when nothing is priced', () => {
    expect(priceBands([{ productId: 'a' }])).toEqual({
      currency: 'XXX', width: 1, bands: [], count: 0, min: 0, max: 0, quartiles: [0, 0, 0], excludedOtherCurrency: 0, withoutPrice: 1,
    });
  });

  it('aims for another band count when asked', () => {
    // target 4 → 3–6 bands: w=10 gives ⌊45/10⌋ − ⌊12/10⌋ + 1 = 4.
    expect(priceBands(items(TEN), { targetBands: 4 }).width).toBe(10);
  });
});
