import { describe, expect, it } from 'vitest';
import { productHash, resultsHash, sameState } from '../../lib/db';
import { PageReadSchema, type PageRead, type Product } from '../../lib/schema';
import { V4_ROWS } from './fixtures/v4';
import { productRead } from './fixtures/sample-reads';

/**
 * Promotions and badges joined the fingerprint (issue #10) without a database upgrade: a read
 * that shows none must hash exactly as it did before. The golden hashes below were computed
 * by lib/db/fingerprint.ts as committed before issue #10 (dea9852), over the frozen v4
 * fixture's reads and two sample reads with every meaningful field. (The fixture's snapshot
 * `hash` literals are placeholders: they did not equal productHash of their reads before this
 * change either, so they cannot prove it. Its result-set hash is real and is checked.)
 */
const fixtureReads = [...V4_ROWS.snapshots.map((r) => r.read), V4_ROWS.latestReads[2]!.read].map((r) => PageReadSchema.parse(r));
const everyField = productRead({}, {
  salesRanks: [{ rank: 1200, category: 'Electronics' }],
  salesVolume: { min: 2000, text: '2K+ bought in past month' },
  couponPrice: { amount: 30, currency: 'USD' },
  coupons: [{ text: 'Save $5' }],
  images: ['https://m.media-amazon.com/images/I/a.jpg'],
  specs: { Brand: 'Anker' },
  availability: 'In Stock',
  seller: 'AnkerDirect',
  priceRange: { min: { amount: 30, currency: 'USD' }, max: { amount: 40, currency: 'USD' } },
});
const GOLDEN: [string, PageRead, string][] = [
  ['v4 snapshot 1 (my product, before the drop)', fixtureReads[0]!, '02636fd0935d310a353d7610ff45'],
  ['v4 snapshot 2 (my product, the price drop)', fixtureReads[1]!, '01bfdaee76d213008ea4a4316e8f'],
  ['v4 snapshot 3 (the competitor)', fixtureReads[2]!, '07d63ec090617a15ab892b57e53c'],
  ['v4 latest read of the JD product', fixtureReads[3]!, '12dedb5d564f2d1cd65748e1714c'],
  ['the sample read', productRead(), '1e28ec2859826818e43299f30fac'],
  ['a read with every meaningful field', everyField, '17d5c2ead35abd08194afbbf8e3c'],
];

describe('fingerprints of reads without promotions or badges', () => {
  it.each(GOLDEN)('%s hashes as before issue #10', (_what, read, hash) => {
    expect(productHash(read)).toBe(hash);
  });

  it('the stored result set still hashes to its stored hash', () => {
    const set = V4_ROWS.resultSets[0]!;
    expect(resultsHash(set.results)).toBe(set.hash);
  });
});

describe('promotions and badges in the fingerprint', () => {
  const coupon = { kind: 'coupon', text: 'Save 5% with coupon' } as const;
  const deal = { kind: 'deal', text: 'Limited time deal', endsInSeconds: 18_753, endsText: 'Ends in 05:12:33' } as const;
  const best = { kind: 'best-seller', text: '#1 Best Seller in Portable Power Banks' } as const;
  const base: Partial<Product> = { promotions: [coupon, deal], badges: [best] };
  const read = (product: Partial<Product>): PageRead => productRead({}, product);

  /** [what differs, product, same state?] — the hash and the "what changed" diff must agree on each. */
  const CASES: [string, Partial<Product>, boolean][] = [
    ['nothing', base, true],
    ['the promotions’ order', { ...base, promotions: [deal, coupon] }, true],
    ['the countdown ticked down', { ...base, promotions: [coupon, { ...deal, endsInSeconds: 3_600, endsText: 'Ends in 01:00:00' }] }, true],
    ['an absolute end appeared', { ...base, promotions: [coupon, { ...deal, endsAt: '2025-03-01T15:12:33.000Z' }] }, true],
    ['spacing and capitals of a promotion', { ...base, promotions: [{ ...coupon, text: ' SAVE 5%  with coupon ' }, deal] }, true],
    ['a duplicate of a promotion', { ...base, promotions: [coupon, deal, coupon] }, true],
    ['the percent parsed from the wording', { ...base, promotions: [{ ...coupon, percentOff: 5 }, deal] }, true],
    ['the badge’s category', { ...base, badges: [{ ...best, category: 'Portable Power Banks' }] }, true],
    ['a promotion ended', { ...base, promotions: [coupon] }, false],
    ['every promotion ended', { badges: [best] }, false],
    ['a promotion started', { ...base, promotions: [coupon, deal, { kind: 'gift', text: 'Free travel pouch' }] }, false],
    ['a promotion’s wording', { ...base, promotions: [{ ...coupon, text: 'Save 10% with coupon' }, deal] }, false],
    ['a promotion’s kind', { ...base, promotions: [{ ...coupon, kind: 'discount' }, deal] }, false],
    ['the badge ended', { promotions: [coupon, deal] }, false],
    ['the badge changed', { ...base, badges: [{ kind: 'best-seller', text: '#2 Best Seller in Portable Power Banks' }] }, false],
  ];

  it.each(CASES)('%s: hash and diff agree', (_what, product, same) => {
    const before = read(base);
    const after = read(product);
    expect(productHash(before) === productHash(after)).toBe(same);
    expect(sameState({ read: before }, { read: after })).toBe(same);
  });

  it.each([
    ['media counts', { media: { imageCount: 7, videoCount: 2 } }],
    ['rich content', { richContent: { kinds: ['a-plus' as const], imageCount: 9 } }],
    ['variations', { variations: { dimensions: ['Colour'], count: 4 } }],
    ['the question count', { questionCount: 31 }],
    ['the delivery promise', { delivery: { promise: 'FREE delivery Tuesday, 4 March', freeShipping: true } }],
  ])('leaves %s out: the hash is the one without it', (_what, extra: Partial<Product>) => {
    expect(productHash(read(extra))).toBe(productHash(read({})));
    expect(sameState({ read: read(extra) }, { read: read({}) })).toBe(true);
  });
});
