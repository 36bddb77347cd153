import type { Marketplace, PageRead, Product } from '../../../lib/schema';

/** A product-page read at `readAt`, with just the fields a test gives. */
export function productRead(readAt: string, product: Partial<Product> & { id?: string }, marketplace: Marketplace = 'amazon'): PageRead {
  return {
    version: 1,
    marketplace,
    pageKind: 'product',
    url: `https://www.amazon.com/dp/${product.id ?? 'B0TEST0001'}`,
    locale: 'en-US',
    readAt,
    product: { id: 'B0TEST0001', ...product },
    issues: [],
  };
}

const usd = (amount: number) => ({ amount, currency: 'USD' });

/** A water bottle listing on two visits; every change between them is listed in diff-reads.test.ts. */
export const BEFORE = productRead('2025-03-01T10:00:00.000Z', {
  title: 'Stainless Steel Water Bottle 750ml',
  price: usd(19.99),
  listPrice: usd(24.99),
  rating: 4.5,
  reviewCount: 1200,
  salesRanks: [{ rank: 1520, category: 'Sports & Outdoors' }, { rank: 12, category: 'Water Bottles' }],
  salesVolume: { min: 1000, text: '1K+ bought in past month' },
  availability: 'In Stock',
  seller: 'HydroCo',
  bullets: ['Keeps drinks cold for 24 hours', 'Leak-proof lid', 'Fits most cup holders'],
  images: [
    'https://m.media-amazon.com/images/I/71main0001._AC_SL1500_.jpg',
    'https://m.media-amazon.com/images/I/61side0002._AC_SL1500_.jpg',
    'https://m.media-amazon.com/images/I/61back0003._AC_SL1500_.jpg',
  ],
  specs: { Material: 'Stainless Steel', Capacity: '750 Milliliters', Color: 'Black' },
});

export const AFTER = productRead('2025-03-08T10:00:00.000Z', {
  title: 'Stainless Steel Insulated Water Bottle 1L',
  price: usd(17.99),
  couponPrice: usd(16.99),
  rating: 4.6,
  reviewCount: 1350,
  salesRanks: [{ rank: 1320, category: 'Sports & Outdoors' }, { rank: 12, category: 'Water Bottles' }, { rank: 50, category: 'Kitchen' }],
  salesVolume: { min: 2000, text: '2K+ bought in past month' },
  availability: 'Only 3 left in stock.',
  seller: 'HydroCo',
  bullets: ['Keeps drinks cold for 24 hours', 'Now 1 litre', 'Leak-proof lid', 'Fits all cup holders'],
  images: [
    'https://m.media-amazon.com/images/I/71main0001._AC_SX679_.jpg',
    'https://m.media-amazon.com/images/I/61back0003._AC_SL1500_.jpg',
    'https://m.media-amazon.com/images/I/71new00004._AC_SL1500_.jpg',
  ],
  specs: { Material: 'Stainless Steel', Capacity: '1 Liter', 'Item Weight': '380 g' },
});
