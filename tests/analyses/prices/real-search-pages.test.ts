import { beforeAll, describe, expect, it } from 'vitest';
import { priceBands } from '../../../lib/analyses/prices/price-bands';
import { explainPriceStanding, explainUnitPriceStanding } from '../../../lib/analyses/prices/price-standing';
import { explainUnitPrice, unitPrice } from '../../../lib/analyses/prices/unit-price';
import { readPage } from '../../../lib/marketplaces/run-reader';
import { PriceBandsSchema, PriceStandingSchema, UnitPriceSchema, type PageRead, type SearchResult } from '../../../lib/schema';
import { HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../../support/shared-fixtures';

/**
 * Price bands, standing and unit prices on real 60-result Amazon search pages. The prices were
 * taken from each tile's `a-price > a-offscreen` span in the saved HTML (not from the reader),
 * and every expected value below was worked out from them by hand: sort, dedupe the ASINs
 * Amazon shows twice (ad and result), quartiles at position (n − 1)·p.
 */

if (!HAVE_SHARED_FIXTURES) console.warn(`[skip] real search pages for price analyses: ${SKIP_REASON}`);

function read(file: string, url: string): PageRead {
  const { document, close } = loadSavedPage(file, url);
  try {
    return readPage(document, url);
  } finally {
    close();
  }
}

const asPriced = (results: readonly SearchResult[]) => results.map((r) => ({ productId: r.id, ...(r.price ? { price: r.price } : {}) }));

describe.skipIf(!HAVE_SHARED_FIXTURES)('amazon.de "katzenfutter" (60 tiles, EUR)', () => {
  let results: SearchResult[] = [];
  beforeAll(() => {
    results = read('amazon/search/de-katzenfutter-parsy.html', 'https://www.amazon.de/s?k=katzenfutter').results ?? [];
  });

  it('reads the 60 tiles the bands are worked out from', () => {
    expect(results).toHaveLength(60);
  });

  it('bands the 58 priced products at €5', () => {
    // 60 tiles, B07D4RV7PQ twice → 59 products; B019FILDS0 has no price → 58 prices, €0.85–€41.94.
    // Sorted, position 14.25 → 12.99, 28.5 → (14.37 + 14.99) / 2 = 14.68, 42.75 → 18.99 + 0.75 × 0.78 = 19.575.
    // Far-out fence 19.575 + 3 × 6.585 = 39.33: €41.94 is beyond it, so the width is chosen over
    // €0.85–€37.47 (w=5: 8 bands); being one band past the grid, €41.94 still gets a regular band.
    const b = priceBands(asPriced(results), { userPrice: { amount: 21.5, currency: 'EUR' } });
    expect(b).toMatchObject({ currency: 'EUR', width: 5, count: 58, withoutPrice: 1, excludedOtherCurrency: 0, min: 0.85, max: 41.94 });
    expect(b.quartiles[0]).toBeCloseTo(12.99, 6);
    expect(b.quartiles[1]).toBeCloseTo(14.68, 6);
    expect(b.quartiles[2]).toBeCloseTo(19.575, 6);
    // Mean of the 9 non-empty bands 58 / 9 = 6.44; crowded from 1.5 × 6.44 = 9.67.
    expect(b.bands.map((x) => [x.from, x.to, x.count, x.kind])).toEqual([
      [0, 5, 2, 'normal'], // 0.85, 2.95
      [5, 10, 9, 'normal'], // 5.49 5.49 5.55 5.99 5.99 7.49 7.99 8.69 9.69
      [10, 15, 19, 'crowded'], // 10.29 … 14.99
      [15, 20, 15, 'crowded'], // 15.60 … 19.99
      [20, 25, 2, 'normal'], // 23.00, 23.94
      [25, 30, 3, 'normal'], // 26.29, 27.96, 29.96
      [30, 35, 4, 'normal'], // 30.71, 33.00, 34.50, 34.50
      [35, 40, 3, 'normal'], // 36.50, 36.99, 37.47
      [40, 45, 1, 'normal'], // 41.94
    ]);
    expect(b.bands[0]!.productIds.sort()).toEqual(['B013JF5F0C', 'B099KVQLTC']);
    expect(b.userBand).toBe(4);
    expect(PriceBandsSchema.safeParse(b).success).toBe(true);
  });

  it('stands Sheba Filets (€13.39) among the page', () => {
    // Cheaper: the 21 prices from 0.85 to 13.16 → rank 22 of 58; at or below: 22 / 58 = 37.93 %.
    // (13.39 − 14.68) / 14.68 = −8.79 %; (13.39 − 0.85) / 0.85 = 1475.29 %.
    const mine = { productId: 'B09P1TH8LH', price: { amount: 13.39, currency: 'EUR' } };
    const r = explainPriceStanding(mine, asPriced(results));
    expect(r.ok && r.standing).toMatchObject({ rank: 22, of: 58, percentile: 37.93, gapToMedianPct: -8.79, gapToCheapestPct: 1475.29 });
    expect(r.ok && r.standing.median.amount).toBeCloseTo(14.68, 6);
    expect(r.ok && r.leftOut).toBe(1);
    expect(r.ok && PriceStandingSchema.safeParse(r.standing).success).toBe(true);
  });

  it.each<[asin: string, unit: 'g' | 'ml', perHundred: number, why: string]>([
    ['B09P1TH8LH', 'g', 1.39479, '€13.39 / (16 × 60 g) × 100'],
    ['B00C7SCAP6', 'g', 0.26875, '€12.90 / (2 × 24 × 100 g) × 100'],
    ['B08HPFJ2R2', 'g', 0.362647, '€36.99 / (120 × 85 g) × 100'],
    ['B095881K9Q', 'g', 0.281458, '€13.51 / 4.8 kg (48 bags x 100 g) × 100'],
    ['B0B7NQCJJD', 'g', 0.82375, '€19.77 / (400 g × pack of 6) × 100'],
    ['B08VMVV6GQ', 'ml', 2.702, '€13.51 / 500 ml × 100'],
    ['B07TV8KP14', 'g', 1.04444, '€18.80 / (24 double bowls of 75 g) × 100'],
    ['B01C48JDJO', 'g', 0.65, '€15.60 / (8 × 6 × 50 g) × 100'],
  ])('unit price of %s per 100 %s: %d (%s)', (asin, unit, perHundred) => {
    const tile = results.find((r) => r.id === asin)!;
    const u = unitPrice(tile);
    expect(u?.per).toEqual({ quantity: 100, unit });
    expect(u?.price.amount).toBeCloseTo(perHundred, 5);
    expect(UnitPriceSchema.safeParse(u).success).toBe(true);
  });

  it.each([
    ['B07HGPQ4Q3', 'count-and-measure', '"84 sachet, 8.4 g": per sachet or in total'],
    ['B08HPFJ2QT', 'alternatives', '"Variety Mix 4 or 6 Packs"'],
    ['B08HP67WK6', 'alternatives', '"Variety Pack of 24 or 26"'],
    ['B00352M8SW', 'no-quantity', '"animonda Vom Feinsten, Wet Food for Adult Cats"'],
  ])('refuses a unit price for %s (%s: %s)', (asin, reason) => {
    const r = explainUnitPrice(results.find((x) => x.id === asin)!);
    expect(!r.ok && r.reason).toBe(reason);
  });

  it('refuses a per-unit standing across the page: one listing is sold per 100 ml', () => {
    const withUnits = results.map((r) => ({ productId: r.id, ...(unitPrice(r) ? { unitPrice: unitPrice(r)! } : {}) }));
    const mine = withUnits.find((r) => r.productId === 'B09P1TH8LH')!;
    const r = explainUnitPriceStanding(mine, withUnits);
    expect(!r.ok && r.reason).toBe('mixed-units');
  });
});

describe.skipIf(!HAVE_SHARED_FIXTURES)('amazon.ca "Gaming Monitor" (60 tiles, CAD)', () => {
  let results: SearchResult[] = [];
  beforeAll(() => {
    results = read('amazon/search/ca-gaming-monitor-wayback-2021.html', 'https://www.amazon.ca/s?k=Gaming+Monitor').results ?? [];
  });

  it('bands 52 prices at $100 with three outliers kept out of the width', () => {
    // 60 tiles, 5 ASINs twice → 55 products, 3 without a price → 52 prices, $119.99–$2,043.99.
    // Positions 12.75 → 299.98 + 0.75 × 7.01 = 305.2375; 25.5 → 369.99; 38.25 → 479.99 + 0.25 × 6 = 481.49.
    // Fence 481.49 + 3 × 176.2525 = 1010.2475: $1,216.20, $1,999.99, $2,043.99 are beyond it.
    // Width over $119.99–$899.99: w=100 gives 8 bands. $1,216.20 (band 12) is within 4 bands of
    // band 8 and joins the grid; $1,999.99 and $2,043.99 go to an overflow band from $1,300.
    const b = priceBands(asPriced(results));
    expect(b).toMatchObject({ currency: 'CAD', width: 100, count: 52, withoutPrice: 3, min: 119.99, max: 2043.99 });
    expect(b.quartiles[0]).toBeCloseTo(305.2375, 6);
    expect(b.quartiles[1]).toBeCloseTo(369.99, 6);
    expect(b.quartiles[2]).toBeCloseTo(481.49, 6);
    // Regular non-empty counts 3 10 20 7 4 4 1 1: mean 6.25, crowded from 9.375.
    expect(b.bands.map((x) => [x.from, x.to, x.count, x.kind])).toEqual([
      [100, 200, 3, 'normal'],
      [200, 300, 10, 'crowded'],
      [300, 400, 20, 'crowded'],
      [400, 500, 7, 'normal'],
      [500, 600, 4, 'normal'],
      [600, 700, 4, 'normal'],
      [700, 800, 0, 'empty'],
      [800, 900, 1, 'normal'],
      [900, 1000, 0, 'empty'],
      [1000, 1100, 0, 'empty'],
      [1100, 1200, 0, 'empty'],
      [1200, 1300, 1, 'normal'],
      [1300, 2043.99, 2, 'normal'],
    ]);
    expect(b.bands[12]!.productIds.sort()).toEqual(['B088HH6LW5', 'B09DY3XTHG']);
    expect(PriceBandsSchema.safeParse(b).success).toBe(true);
  });
});
