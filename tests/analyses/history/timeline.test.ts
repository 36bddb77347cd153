import { describe, expect, it } from 'vitest';
import { timeline } from '../../../lib/analyses/history/timeline';
import { TimelinePointSchema, type PageRead } from '../../../lib/schema';
import { productRead } from './reads';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('timeline', () => {
  const march1 = productRead('2025-03-01T10:00:00.000Z', {
    price: usd(19.99),
    listPrice: usd(24.99),
    rating: 4.5,
    reviewCount: 1200,
    salesRanks: [{ rank: 1520, category: 'Sports & Outdoors' }, { rank: 12, category: 'Water Bottles' }],
    salesVolume: { min: 1000, text: '1K+ bought in past month' },
  });
  const march8 = productRead('2025-03-08T10:00:00.000Z', { price: usd(17.99), couponPrice: usd(16.99), rating: 4.6 });
  // The same instant written another way, read again: fills the review count, overrides the price.
  const march8again = productRead('2025-03-08T10:00:00Z', { price: usd(18.49), reviewCount: 1350 });
  const otherProduct = productRead('2025-03-05T10:00:00.000Z', { id: 'B0OTHER001', price: usd(5) });
  const search: PageRead = { ...productRead('2025-03-06T10:00:00.000Z', {}), pageKind: 'search', results: [] };
  delete (search as { product?: unknown }).product;

  it('orders the points, merges one instant, and keeps to one product', () => {
    expect(timeline([march8, otherProduct, march1, search, march8again])).toEqual([
      {
        at: '2025-03-01T10:00:00.000Z',
        price: usd(19.99),
        listPrice: usd(24.99),
        rating: 4.5,
        reviewCount: 1200,
        // The best (lowest) rank shown.
        salesRank: { rank: 12, category: 'Water Bottles' },
        salesVolume: { min: 1000, text: '1K+ bought in past month' },
      },
      { at: '2025-03-08T10:00:00Z', price: usd(18.49), couponPrice: usd(16.99), rating: 4.6, reviewCount: 1350 },
    ]);
  });

  it('fits the TimelinePoint schema', () => {
    for (const p of timeline([march8, march1, march8again])) expect(TimelinePointSchema.safeParse(p).success).toBe(true);
  });

  it('follows the newest read’s product', () => {
    const later = productRead('2025-04-01T00:00:00.000Z', { id: 'B0OTHER001', price: usd(6) });
    expect(timeline([march1, otherProduct, later]).map((p) => p.price?.amount)).toEqual([5, 6]);
  });

  it('keeps a point with nothing shown, so a gap stays visible', () => {
    expect(timeline([productRead('2025-03-01T10:00:00.000Z', {})])).toEqual([{ at: '2025-03-01T10:00:00.000Z' }]);
  });

  it('is empty without product reads', () => {
    expect(timeline([search])).toEqual([]);
  });
});
