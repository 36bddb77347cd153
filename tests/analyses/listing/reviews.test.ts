import { describe, expect, it } from 'vitest';
import type { ListingCheckStatus, Marketplace, Product } from '../../../lib/schema';
import { checkOf, expectWellFormed, issue, readOf, score } from './reads';

/**
 * Ratings bands (norms.ts): rating ≥ 4.3 pass, 4.0–4.29 warn, < 4.0 fail; count ≥ 100 pass,
 * 10–99 warn, < 10 fail. Weights: Amazon rating 10, count 8; JD 8, 8, shop scores 4;
 * Taobao/Tmall count 10, shop scores 10 (no item star rating there).
 */

describe('listing.reviews.rating', () => {
  it.each([
    // [marketplace, rating, status, earned]
    ['amazon', 4.8, 'pass', 10],
    ['amazon', 4.3, 'pass', 10],
    ['amazon', 4.2, 'warn', 5],
    ['amazon', 4.0, 'warn', 5],
    ['amazon', 3.9, 'fail', 0],
    ['jd', 4.9, 'pass', 8],
    ['jd', 3.5, 'fail', 0],
  ] as const)('%s %d★ → %s', (m, rating, status, earned) => {
    const c = checkOf(score(readOf(m, { title: 'T', rating, reviewCount: 500 })), 'listing.reviews.rating');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
    expect(c.value).toBe(`${rating}★`);
    expect(c.message.en).toContain(`${rating}★`);
  });

  it('is unknown, never a zero, when there are no ratings yet', () => {
    const c = checkOf(score(readOf('amazon', { title: 'T', reviewCount: 0 })), 'listing.reviews.rating');
    expectWellFormed(c);
    expect(c.status).toBe('unknown');
    expect(c.message.en).toBe('Not judged: no ratings yet.');
  });

  it('is unknown when the rating was not read, naming the reader\'s issue', () => {
    const c = checkOf(score(readOf('amazon', { title: 'T', reviewCount: 40 }, { issues: [issue('rating', 'acrPopover missing')] })), 'listing.reviews.rating');
    expect(c.status).toBe('unknown');
    expect(c.message.en).toContain('acrPopover missing');
    expect(c.message.zh).toContain('读取器没能读到星级评分');
  });

  it.each(['taobao', 'tmall'] as const)('%s has no rating rule (the page shows no item star rating)', (m) => {
    expect(score(readOf(m, { title: 'T', reviewCount: 5 })).checks.some((c) => c.rule === 'listing.reviews.rating')).toBe(false);
  });
});

describe('listing.reviews.count', () => {
  it.each([
    // [marketplace, count, status, earned]
    ['amazon', 100, 'pass', 8],
    ['amazon', 99, 'warn', 4],
    ['amazon', 10, 'warn', 4],
    ['amazon', 9, 'fail', 0],
    ['amazon', 0, 'fail', 0],
    ['taobao', 511, 'pass', 10],
    ['taobao', 45, 'warn', 5],
    ['jd', 10_870, 'pass', 8],
  ] as const)('%s %i ratings → %s', (m, n, status, earned) => {
    const c = checkOf(score(readOf(m, { title: 'T', reviewCount: n })), 'listing.reviews.count');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
    expect(c.value).toBe(`${n.toLocaleString('en-US')} ratings`);
  });

  it('is unknown when the count was not read', () => {
    expect(checkOf(score(readOf('jd', { title: 'T' }, { issues: [issue('reviewCount')] })), 'listing.reviews.count').status).toBe('unknown');
  });
});

describe('listing.reviews.shop-scores', () => {
  const dsr = (vs: [string, number, string?][]): Product['shop'] => ({ name: '店', scores: vs.map(([name, score, vsIndustry]) => ({ name, score, max: 5, ...(vsIndustry ? { vsIndustry } : {}) })) });
  it.each<[Marketplace, Product['shop'], ListingCheckStatus, number]>([
    // [marketplace, shop, status, earned]
    ['taobao', dsr([['描述', 4.8, '高于同行'], ['服务', 4.8, '高于同行'], ['物流', 4.8, '持平']]), 'pass', 10],
    ['tmall', dsr([['描述', 4.8, '低于同行'], ['服务', 4.8, '低于同行'], ['物流', 4.8, '持平']]), 'warn', 5],
    ['taobao', dsr([['描述', 4.7], ['服务', 4.9], ['物流', 4.9]]), 'warn', 5],
    ['taobao', dsr([['描述', 4.4, '低于同行'], ['服务', 4.9], ['物流', 4.9]]), 'fail', 0],
    ['jd', { name: '店', scores: [{ name: '商品评价', score: 9.7, max: 10 }, { name: '物流履约', score: 9.6, max: 10 }] }, 'pass', 4],
  ])('%s %j → %s', (m, shop, status, earned) => {
    const c = checkOf(score(readOf(m, { title: 'T', shop: shop! })), 'listing.reviews.shop-scores');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
  });

  it('names the weak scores', () => {
    const c = checkOf(score(readOf('tmall', { title: 'T', shop: dsr([['描述', 4.8, '低于同行'], ['服务', 4.8, '高于同行']]) })), 'listing.reviews.shop-scores');
    expect(c.message.zh).toBe('店铺评分 描述 4.8/5 低于同行，服务 4.8/5 高于同行：描述偏低或低于同行。');
  });

  it('is unknown for a self-operated shop (it shows no shop scores)', () => {
    const c = checkOf(score(readOf('jd', { title: 'T', shop: { name: '京东自营', selfOperated: true } })), 'listing.reviews.shop-scores');
    expect(c.status).toBe('unknown');
    expect(c.message.zh).toContain('自营');
  });

  it('Amazon has no shop-score rule', () => {
    expect(score(readOf('amazon', { title: 'T' })).checks.some((c) => c.rule === 'listing.reviews.shop-scores')).toBe(false);
  });
});
