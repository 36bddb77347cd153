import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canScoreListing, LISTING_RULES, LISTING_WEIGHTS, ListingNotScorableError, scoreListing, sectionOf } from '../../../lib/analyses/listing';
import { LISTING_SECTIONS, MARKETPLACES, PageReadSchema, type ListingScore, type Marketplace, type PageRead, type Product } from '../../../lib/schema';
import { GOOD_BULLETS, issue, readOf, score } from './reads';

/** The whole score: the sum invariants, hand-worked totals, unknowns, review pages, non-product reads. */

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** A listing where every part each marketplace judges is present, so nothing is unknown. */
const FULL: Record<Marketplace, Partial<Product>> = {
  amazon: {
    title: 'Acme Stainless Steel Water Bottle, 750 ml, Leak-Proof Lid',
    brand: 'Acme',
    bullets: GOOD_BULLETS,
    media: { imageCount: 5, videoCount: 1 },
    richContent: { kinds: ['brand-story'] },
    description: 'd'.repeat(600),
    rating: 4.1,
    reviewCount: 1234,
    variations: { dimensions: ['Size'], count: 3, selected: 'Size: M' },
    promotions: [{ kind: 'coupon', text: 'Save 10% with coupon' }],
    delivery: { fulfilledBy: 'seller', freeShipping: true },
    badges: [{ kind: 'amazons-choice', text: "Amazon's Choice" }],
  },
  taobao: {
    title: '云舒 莫代尔吊带背心女修身打底衫中长款',
    brand: '云舒',
    media: { imageCount: 4 },
    richContent: { kinds: ['detail-images'], imageCount: 20 },
    specs: { 材质: '莫代尔', 颜色: '白色', 尺码: 'M' },
    reviewCount: 45,
    shop: { name: '云舒', scores: ['描述', '服务', '物流'].map((name) => ({ name, score: 4.8, max: 5, vsIndustry: '高于同行' })) },
    options: [{ name: '尺码', values: [{ text: 'M' }, { text: 'L' }] }],
    delivery: { freeShipping: true },
  },
  tmall: {
    title: '苹果 iPhone 11 全网通智能手机',
    brand: '苹果',
    media: { imageCount: 5, videoCount: 1 },
    richContent: { kinds: ['detail-images'] },
    specs: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`参数${i}`, '值'])),
    reviewCount: 38_287,
    shop: { name: '旗舰店', scores: [{ name: '描述', score: 4.8, max: 5, vsIndustry: '低于同行' }] },
    options: [{ name: '存储容量', values: [{ text: '64GB' }, { text: '128GB' }] }],
    promotions: [{ kind: 'discount', text: '官网价直降' }],
    delivery: { promise: '48小时内发货' },
  },
  jd: {
    title: '华为 P6 电信3G手机 白色 双卡双待',
    brand: '华为',
    media: { imageCount: 6, videoCount: 1 },
    richContent: { kinds: ['detail-images'] },
    specs: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`参数${i}`, '值'])),
    rating: 4.9,
    reviewCount: 10_870,
    shop: { name: '华为京东自营官方旗舰店', selfOperated: true },
    options: [{ name: '颜色', values: [{ text: '黑' }, { text: '白', selected: true }] }],
    delivery: { fulfilledBy: 'marketplace', fulfilmentText: '京东物流' },
    badges: [{ kind: 'jd-self-operated', text: '自营' }],
  },
};

function expectInvariants(s: ListingScore): void {
  expect(s.total).toBeCloseTo(sum(s.checks.map((c) => c.earned)), 9);
  expect(s.max).toBeCloseTo(sum(s.checks.map((c) => c.weight)), 9);
  expect(s.percent).toBe(s.max > 0 ? Math.round((s.total / s.max) * 100) : undefined);
  expect(s.sections.map((x) => x.section)).toEqual(LISTING_SECTIONS.filter((sec) => s.checks.some((c) => c.section === sec)));
  for (const x of s.sections) {
    const own = s.checks.filter((c) => c.section === x.section);
    expect(x.earned).toBeCloseTo(sum(own.map((c) => c.earned)), 9);
    expect(x.weight).toBeCloseTo(sum(own.map((c) => c.weight)), 9);
  }
  for (const c of s.checks) {
    expect(c.earned).toBeLessThanOrEqual(c.weight);
    if (c.status === 'unknown') expect([c.weight, c.earned]).toEqual([0, 0]);
  }
  expect(new Set(s.checks.map((c) => c.rule)).size).toBe(s.checks.length);
}

describe('weights', () => {
  it.each(MARKETPLACES)('%s: the rules it can judge weigh 100 in all', (m) => {
    expect(sum(Object.values(LISTING_WEIGHTS[m]))).toBe(100);
  });

  it.each(MARKETPLACES)('%s: a fully judged listing has max 100, and every rule of the table runs once', (m) => {
    const product = m === 'jd' ? { ...FULL.jd, shop: { name: '店', scores: [{ name: '商品评价', score: 9.8, max: 10 }] } } : FULL[m];
    const s = score(readOf(m, product));
    expectInvariants(s);
    expect(s.checks.filter((c) => c.status === 'unknown').map((c) => c.rule)).toEqual([]);
    expect(s.max).toBe(100);
    expect(s.checks.map((c) => c.rule).sort()).toEqual(Object.keys(LISTING_WEIGHTS[m]).sort());
  });

  it.each(MARKETPLACES)('%s: a read with nothing but an id scores no zeros for what was not read', (m) => {
    const fields = ['title', 'bullets', 'images', 'media', 'richContent', 'description', 'specs', 'rating', 'reviewCount', 'shop', 'options', 'promotions', 'delivery', 'badges'];
    const s = score(readOf(m, {}, { issues: fields.map((f) => issue(f)) }));
    expectInvariants(s);
    expect(s.checks.every((c) => c.status === 'unknown')).toBe(true);
    expect([s.total, s.max, s.percent]).toEqual([0, 0, undefined]);
    expect(s.sections.every((x) => x.weight === 0)).toBe(true);
  });
});

describe('hand-worked totals', () => {
  it('Amazon: 20 + 20 + 10 + 5 + 2.5 + 13 + 5 + 6 = 81.5 of 100', () => {
    // title 100/100 → 20; bullets all pass → 20; 5 images warn 5 + video 5; brand story only warn 5;
    // 600-character description warn 2.5; 4.1★ warn 5 + 1,234 ratings 8; variations 3 + 2;
    // coupon 3 + free but seller-shipped warn 1 + Amazon's Choice 2.
    const s = score(readOf('amazon', FULL.amazon));
    expect(s.total).toBe(81.5);
    expect(s.max).toBe(100);
    expect(s.percent).toBe(82);
    expect(s.sections).toEqual([
      { section: 'title', earned: 20, weight: 20 },
      { section: 'bullets', earned: 20, weight: 20 },
      { section: 'images', earned: 10, weight: 15 },
      { section: 'rich-content', earned: 5, weight: 10 },
      { section: 'description', earned: 2.5, weight: 5 },
      { section: 'reviews', earned: 13, weight: 18 },
      { section: 'variations', earned: 5, weight: 5 },
      { section: 'promotions', earned: 6, weight: 7 },
    ]);
  });

  it('Taobao: 24.25 + 10 + 15 + 0 + 15 + 7 + 6 = 77.25 of 100', () => {
    // title 97/100 → 24.25; 4 images warn 6 + no video warn 4; 20 详情图 15; 3 参数 fail 0;
    // 45 ratings warn 5 + DSR above the category 10; sizes 7; no offer warn 2 + 包邮 4.
    const s = score(readOf('taobao', FULL.taobao));
    expect(s.total).toBe(77.25);
    expect(s.max).toBe(100);
    expect(s.percent).toBe(77);
  });

  it('JD: a self-operated shop has no shop scores, so max is 96 and 94 earned is 98%', () => {
    // title 25; images 12 + video 6; 详情 15; 10 参数 5; 4.9★ 8 + 10,870 ratings 8; shop scores unknown;
    // colours 5 + selected 2; no offer warn 2 + 京东物流 4 + 自营 badge 2.
    const s = score(readOf('jd', FULL.jd));
    expectInvariants(s);
    expect(s.total).toBe(94);
    expect(s.max).toBe(96);
    expect(s.percent).toBe(98);
    expect(s.checks.find((c) => c.rule === 'listing.reviews.shop-scores')?.status).toBe('unknown');
  });
});

describe('review pages', () => {
  it('score the product box (title, rating, count) and leave the rest unknown', () => {
    const read = readOf('amazon', { title: 'Acme Stainless Steel Water Bottle, 750 ml, Leak-Proof Lid', brand: 'Acme', rating: 4.6, reviewCount: 2345 }, { pageKind: 'reviews' });
    const s = score(read);
    expectInvariants(s);
    const judged = s.checks.filter((c) => c.status !== 'unknown').map((c) => c.rule);
    expect(judged).toEqual(['listing.title.score', 'listing.reviews.rating', 'listing.reviews.count']);
    // 20 + 10 + 8 judged, all passing.
    expect([s.total, s.max, s.percent]).toEqual([38, 38, 100]);
    const video = s.checks.find((c) => c.rule === 'listing.images.video')!;
    expect(video.message.en).toContain('a review page shows only the product box');
    expect(video.message.zh).toContain('评论页只显示商品概要');
  });
});

describe('reads without a product', () => {
  const base = { version: 1, marketplace: 'amazon', url: 'https://www.amazon.com/s?k=bottle', locale: 'en-US', readAt: '2026-11-26T00:00:00.000Z', issues: [] };
  it.each([
    ['search', { ...base, pageKind: 'search', results: [] }],
    ['blocked', { ...base, pageKind: 'blocked', blockedReason: 'captcha' }],
    ['unsupported', { ...base, pageKind: 'unsupported' }],
    ['product without a product', { ...base, pageKind: 'product' }],
  ])('%s: canScoreListing is false and scoreListing throws ListingNotScorableError', (_, raw) => {
    const read: PageRead = PageReadSchema.parse(raw);
    expect(canScoreListing(read)).toBe(false);
    expect(() => scoreListing(read)).toThrow(ListingNotScorableError);
    expect(() => scoreListing(read)).toThrow(/Only product and review pages can be scored/);
  });

  it('product and review pages with a product can be scored', () => {
    expect(canScoreListing(readOf('jd', {}))).toBe(true);
    expect(canScoreListing(readOf('amazon', {}, { pageKind: 'reviews' }))).toBe(true);
  });
});

describe('hostile reads', () => {
  it('bounds every message and value when the page text is huge', () => {
    const long = `FULL REFUND ${'word '.repeat(3_990)}`;
    const s = score(
      readOf('amazon', {
        title: 'T'.repeat(20_000),
        bullets: Array.from({ length: 100 }, () => long),
        variations: { dimensions: Array.from({ length: 20 }, (_, i) => `D${i}${'x'.repeat(1_990)}`), selected: 's'.repeat(2_000) },
        promotions: Array.from({ length: 50 }, () => ({ kind: 'other' as const, text: 'p'.repeat(2_000) })),
        delivery: { promise: 'd'.repeat(2_000), fulfilmentText: 'f'.repeat(2_000) },
        badges: Array.from({ length: 30 }, () => ({ kind: 'other' as const, text: 'b'.repeat(2_000) })),
      }),
    );
    expectInvariants(s);
    expect(checkOfRule(s, 'listing.bullets.banned-claims').status).toBe('fail');
    expect(checkOfRule(s, 'listing.bullets.length').status).toBe('warn');
  });
});

function checkOfRule(s: ListingScore, rule: string) {
  return s.checks.find((c) => c.rule === rule)!;
}

describe('README rules table', () => {
  it('lists every rule with the section and weights the code uses', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../lib/analyses/listing/README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `(listing\.[a-z.-]+)` \| ([a-z-]+) \| (\d+|—) \| (\d+|—) \| (\d+|—) \|/gm)];
    const w = (x: string) => (x === '—' ? undefined : Number(x));
    const table = Object.fromEntries(rows.map((r) => [r[1], { section: r[2], amazon: w(r[3]!), taobao: w(r[4]!), jd: w(r[5]!) }]));
    const code = Object.fromEntries(
      LISTING_RULES.map((rule) => [rule, { section: sectionOf(rule), amazon: LISTING_WEIGHTS.amazon[rule], taobao: LISTING_WEIGHTS.taobao[rule], jd: LISTING_WEIGHTS.jd[rule] }]),
    );
    expect(table).toEqual(code);
    expect(LISTING_WEIGHTS.tmall).toEqual(LISTING_WEIGHTS.taobao);
  });
});
