import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { productHash, productHistory, sameState, storePageRead, trackProduct, VISIT_WINDOW_MS, type ListingLensDb } from '../../lib/db';
import type { PageRead, Product } from '../../lib/schema';
import { productRead } from './fixtures/sample-reads';
import { openTestDb } from './helpers';

/**
 * The capture rule: a tracked product's read is a new snapshot only when a meaningful
 * field changed; otherwise the newest snapshot's last-seen time moves. Each case reads the
 * product again in another tab, well after the first visit (so the visit rule is not in
 * play), with one thing different.
 */
let db: ListingLensDb;
const T0 = Date.parse('2025-03-01T10:00:00.000Z');
const LATER = T0 + VISIT_WINDOW_MS * 6;

const base = (): Product => ({
  ...productRead().product!,
  salesRanks: [
    { rank: 1200, category: 'Electronics' },
    { rank: 15, category: 'Portable Power Banks' },
  ],
  salesVolume: { min: 2000, text: '2K+ bought in past month' },
  couponPrice: { amount: 30, currency: 'USD' },
  images: ['https://m.media-amazon.com/images/I/a.jpg', 'https://m.media-amazon.com/images/I/b.jpg'],
  specs: { Brand: 'Anker', Capacity: '10000 mAh', Colour: 'Black' },
  availability: 'In Stock',
  seller: 'AnkerDirect',
});

beforeEach(async () => {
  db = openTestDb();
  await storePageRead(db, 1, productRead({}, base()));
  await trackProduct(db, { productKey: 'amazon:B0BYNZ6B6Y', role: 'competitor' }, { now: T0 });
});
afterEach(() => db.close());

const again = (product: Partial<Product>, overrides: Partial<PageRead> = {}): PageRead =>
  productRead({ readAt: new Date(LATER).toISOString(), ...overrides }, { ...base(), ...product });

/** One meaningful field different: a new snapshot. */
const CHANGED: [string, Partial<Product>][] = [
  ['price', { price: { amount: 33.99, currency: 'USD' } }],
  ['price currency', { price: { amount: 35.99, currency: 'CAD' } }],
  ['price gone (unavailable)', { price: undefined }],
  ['list price', { listPrice: { amount: 45.99, currency: 'USD' } }],
  ['coupon price', { couponPrice: { amount: 28, currency: 'USD' } }],
  ['rating', { rating: 4.3 }],
  ['review count', { reviewCount: 12874 }],
  ['sales rank', { salesRanks: [{ rank: 980, category: 'Electronics' }, { rank: 15, category: 'Portable Power Banks' }] }],
  ['a sales rank category gone', { salesRanks: [{ rank: 1200, category: 'Electronics' }] }],
  ['sales bucket', { salesVolume: { min: 3000, text: '3K+ bought in past month' } }],
  ['title', { title: 'Anker Portable Charger 10000mAh, 22.5W PD' }],
  ['a bullet', { bullets: ['Compact 10,000mAh capacity', '25W high-speed charging', 'Built-in USB-C cable'] }],
  ['bullet order', { bullets: ['22.5W high-speed charging', 'Compact 10,000mAh capacity', 'Built-in USB-C cable'] }],
  ['main image', { images: ['https://m.media-amazon.com/images/I/b.jpg', 'https://m.media-amazon.com/images/I/a.jpg'] }],
  ['a spec value', { specs: { Brand: 'Anker', Capacity: '20000 mAh', Colour: 'Black' } }],
  ['a spec added', { specs: { Brand: 'Anker', Capacity: '10000 mAh', Colour: 'Black', Weight: '180 g' } }],
  ['availability', { availability: 'Only 3 left in stock' }],
  ['seller', { seller: 'Amazon.com' }],
  ['promotions (a coupon appeared)', { promotions: [{ kind: 'coupon', text: 'Save 5% with coupon' }] }],
  ['badges (Amazon’s Choice appeared)', { badges: [{ kind: 'amazons-choice', text: 'Amazon’s Choice' }] }],
];

/** Nothing the "what changed" diff shows: the last-seen time moves. */
const UNCHANGED: [string, Partial<Product>, Partial<PageRead>][] = [
  ['only the read time', {}, {}],
  ['the URL’s tracking parameters', {}, { url: 'https://www.amazon.com/Anker-Portable-Charger/dp/B0BYNZ6B6Y?ref=sr_1_3&th=1' }],
  ['the issues and their order', {}, { issues: [{ field: 'description', severity: 'missing-optional', message: 'none' }, { field: 'brand', severity: 'missing-optional', message: 'none' }] }],
  ['the provenance', {}, { provenance: { title: 'json-ld', price: 'twister' } }],
  ['the reviews shown', {}, { reviews: [] }],
  ['the spec table’s order', { specs: { Colour: 'Black', Capacity: '10000 mAh', Brand: 'Anker' } }, {}],
  ['the sales ranks’ order', { salesRanks: [{ rank: 15, category: 'Portable Power Banks' }, { rank: 1200, category: 'Electronics' }] }, {}],
  ['the description', { description: 'A longer description the page now shows.' }, {}],
  ['the images’ size suffixes (the same images, re-sized)', { images: ['https://m.media-amazon.com/images/I/a._AC_SL1500_.jpg', 'https://m.media-amazon.com/images/I/b._AC_SX679_.jpg'] }, {}],
  ['the sales wording around the same numbers', { salesVolume: { min: 2000, text: '2K+ bought in the past month' } }, {}],
  ['the media counts, question count and delivery promise', { media: { imageCount: 7, videoCount: 1 }, questionCount: 40, delivery: { promise: 'FREE delivery Friday' } }, {}],
  ['whitespace around the title and bullets', { title: `  ${productRead().product!.title}  `, bullets: productRead().product!.bullets!.map((b) => ` ${b}\n`) }, {}],
];

describe('a tracked product read again', () => {
  it.each(CHANGED)('stores a new snapshot when the %s changed', async (_field, change) => {
    const result = await storePageRead(db, 2, again(change));
    expect(result).toEqual({ snapshotId: 2, snapshot: 'added' });
    const history = await productHistory(db, 'amazon', 'B0BYNZ6B6Y');
    expect(history.map((h) => [h.readAtMs, h.lastSeenMs])).toEqual([
      [T0, T0],
      [LATER, LATER],
    ]);
    expect(history[0]!.hash).not.toBe(history[1]!.hash);
  });

  it.each(UNCHANGED)('moves the last-seen time and stores nothing new when %s differs', async (_what, change, overrides) => {
    const result = await storePageRead(db, 2, again(change, overrides));
    expect(result).toEqual({ snapshotId: 1, snapshot: 'unchanged' });
    const history = await productHistory(db, 'amazon', 'B0BYNZ6B6Y');
    expect(history.map((h) => [h.id, h.readAtMs, h.lastSeenMs])).toEqual([[1, T0, LATER]]);
  });

  it.each([...CHANGED.map(([name, p]) => [name, p, {}, false] as const), ...UNCHANGED.map(([name, p, o]) => [name, p, o, true] as const)])(
    'the fingerprint agrees with the "what changed" diff (%s)',
    (_name, change, overrides, same) => {
      const before = productRead({}, base());
      const after = again(change, overrides);
      expect(sameState({ read: before }, { read: after })).toBe(same);
      expect(productHash(before) === productHash(after)).toBe(same);
    },
  );

  it('records a change back as a change (A → B → A is three snapshots)', async () => {
    await storePageRead(db, 2, again({ price: { amount: 29.99, currency: 'USD' } }));
    await storePageRead(db, 3, productRead({ readAt: new Date(LATER * 1 + VISIT_WINDOW_MS * 2).toISOString() }, base()));
    const history = await productHistory(db, 'amazon', 'B0BYNZ6B6Y');
    expect(history.map((h) => h.read.product?.price?.amount)).toEqual([35.99, 29.99, 35.99]);
  });

  it('never moves a last-seen time backwards for a late, older read of the same state', async () => {
    await storePageRead(db, 2, again({}));
    await storePageRead(db, 3, productRead({ readAt: new Date(T0 + 1000).toISOString() }, base()));
    expect((await productHistory(db, 'amazon', 'B0BYNZ6B6Y')).map((h) => h.lastSeenMs)).toEqual([LATER]);
  });
});
