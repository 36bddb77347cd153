import { describe, expect, it } from 'vitest';
import type { ListingCheckStatus, Marketplace, Product } from '../../../lib/schema';
import { checkOf, expectWellFormed, issue, readOf, score } from './reads';

/**
 * Variations and promotions. Weights: Amazon offered 3, selected 2, offer 3, delivery 2,
 * badges 2; Taobao/Tmall offered 7, offer 4, delivery 4; JD offered 5, selected 2, offer 4,
 * delivery 4, badges 2.
 */

const sizes: Product['options'] = [{ name: 'Size', values: [{ text: 'S' }, { text: 'M', selected: true }, { text: 'L' }] }];
const oneValue: Product['options'] = [{ name: '网络类型', values: [{ text: '无需合约版', selected: true }] }];

describe('listing.variations', () => {
  it.each([
    // [marketplace, product, offered status, offered earned, selected status or null when the rule does not exist]
    ['amazon', { variations: { dimensions: ['Size', 'Colour'], count: 12, selected: 'Size: M · Colour: Blue' } }, 'pass', 3, 'pass'],
    ['amazon', { variations: { dimensions: ['Size'] } }, 'pass', 3, 'warn'],
    ['amazon', { options: sizes }, 'pass', 3, 'pass'],
    ['amazon', { options: oneValue }, 'warn', 1.5, 'pass'],
    ['amazon', {}, 'warn', 1.5, 'pass'],
    ['amazon', { variations: { dimensions: ['Size'], count: 1 } }, 'warn', 1.5, 'pass'],
    ['taobao', { options: [{ name: '尺码', values: [{ text: 'M' }, { text: 'L' }] }] }, 'pass', 7, null],
    ['tmall', {}, 'warn', 3.5, null],
    ['jd', { options: [{ name: '颜色', values: [{ text: '黑' }, { text: '白', selected: true }] }] }, 'pass', 5, 'pass'],
  ] as const)('%s %j', (m, product, offered, earned, selected) => {
    const s = score(readOf(m as Marketplace, { title: 'T', ...(product as Partial<Product>) }));
    const o = checkOf(s, 'listing.variations.offered');
    expectWellFormed(o);
    expect(o.status).toBe(offered);
    expect(o.earned).toBe(earned);
    const sel = s.checks.find((c) => c.rule === 'listing.variations.selected');
    if (selected === null) expect(sel).toBeUndefined();
    else {
      expectWellFormed(sel!);
      expect(sel!.status).toBe(selected);
    }
  });

  it('shows the dimensions and the selected variant', () => {
    const s = score(readOf('amazon', { title: 'T', variations: { dimensions: ['Size', 'Colour'], count: 12, selected: 'Size: M · Colour: Blue' } }));
    expect(checkOf(s, 'listing.variations.offered').message.en).toBe('Variations offered: Size × Colour · 12 variants.');
    expect(checkOf(s, 'listing.variations.offered').message.zh).toBe('有变体：Size × Colour · 12 个变体。');
    expect(checkOf(s, 'listing.variations.selected').value).toBe('Size: M · Colour: Blue');
  });

  it('is unknown when the reader could not read the options', () => {
    const s = score(readOf('amazon', { title: 'T' }, { issues: [issue('options', 'twister unparseable')] }));
    expect(checkOf(s, 'listing.variations.offered').status).toBe('unknown');
    expect(checkOf(s, 'listing.variations.selected').status).toBe('unknown');
  });
});

describe('listing.promotions.offer', () => {
  it.each([
    // [marketplace, product, status, earned]
    ['amazon', { promotions: [{ kind: 'coupon', text: 'Save 20% with coupon', percentOff: 20 }] }, 'pass', 3],
    ['taobao', { coupons: [{ text: '满50元减10元' }] }, 'pass', 4],
    ['jd', { price: { amount: 99, currency: 'CNY' }, listPrice: { amount: 129, currency: 'CNY' } }, 'pass', 4],
    ['jd', { price: { amount: 99, currency: 'CNY' }, listPrice: { amount: 99, currency: 'CNY' } }, 'warn', 2],
    ['amazon', {}, 'warn', 1.5],
  ] as const)('%s %j → %s', (m, product, status, earned) => {
    const c = checkOf(score(readOf(m as Marketplace, { title: 'T', ...(product as Partial<Product>) })), 'listing.promotions.offer');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
  });

  it('names each offer by kind and wording', () => {
    const c = checkOf(score(readOf('taobao', { title: 'T', promotions: [{ kind: 'threshold', text: '满199减20' }, { kind: 'gift', text: '送收纳袋' }] })), 'listing.promotions.offer');
    expect(c.message.zh).toBe('页面有 2 个优惠：满减（满199减20）、赠品（送收纳袋）。');
    expect(c.message.en).toBe('2 offers shown: spend-and-save (满199减20), gift (送收纳袋).');
    expect(c.value).toBe('threshold · gift');
  });
});

describe('listing.promotions.delivery', () => {
  it.each([
    // [marketplace, product, status, earned]
    ['amazon', { delivery: { prime: true, promise: 'FREE delivery Tomorrow' } }, 'pass', 2],
    ['amazon', { delivery: { fulfilledBy: 'marketplace', fulfilmentText: 'Ships from Amazon' } }, 'pass', 2],
    ['amazon', { badges: [{ kind: 'prime', text: 'prime' }] }, 'pass', 2],
    ['amazon', { delivery: { freeShipping: true, fulfilledBy: 'seller' } }, 'warn', 1],
    ['amazon', { delivery: { fulfilledBy: 'seller', promise: 'Delivery $5.99 May 7–12' } }, 'fail', 0],
    ['amazon', { delivery: { promise: 'Delivery May 7–12' } }, 'warn', 1],
    ['jd', { delivery: { fulfilledBy: 'marketplace', fulfilmentText: '京东物流' } }, 'pass', 4],
    ['jd', { shop: { name: '华为京东自营官方旗舰店', selfOperated: true } }, 'pass', 4],
    ['taobao', { delivery: { freeShipping: true } }, 'pass', 4],
    ['tmall', { delivery: { promise: '48小时内发货' } }, 'warn', 2],
  ] as const)('%s %j → %s', (m, product, status, earned) => {
    const c = checkOf(score(readOf(m as Marketplace, { title: 'T', ...(product as Partial<Product>) })), 'listing.promotions.delivery');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
  });

  it('is unknown when the page showed no delivery line at all', () => {
    const c = checkOf(score(readOf('amazon', { title: 'T' })), 'listing.promotions.delivery');
    expect(c.status).toBe('unknown');
  });
});

describe('listing.promotions.badges', () => {
  it.each<[Marketplace, Product['badges'], ListingCheckStatus, number]>([
    // [marketplace, badges, status, earned]
    ['amazon', [{ kind: 'best-seller', text: '#1 Best Seller', category: 'Water Bottles' }], 'pass', 2],
    ['amazon', [{ kind: 'prime', text: 'prime' }], 'warn', 1],
    ['amazon', undefined, 'warn', 1],
    ['jd', [{ kind: 'jd-self-operated', text: '自营' }], 'pass', 2],
  ])('%s %j → %s', (m, badges, status, earned) => {
    const c = checkOf(score(readOf(m, { title: 'T', ...(badges ? { badges } : {}) })), 'listing.promotions.badges');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
  });

  it.each(['taobao', 'tmall'] as const)('%s has no badge rule', (m) => {
    expect(score(readOf(m, { title: 'T' })).checks.some((c) => c.rule === 'listing.promotions.badges')).toBe(false);
  });
});
