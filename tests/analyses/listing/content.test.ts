import { describe, expect, it } from 'vitest';
import type { ListingCheckStatus, Marketplace, RichContent } from '../../../lib/schema';
import { checkOf, expectWellFormed, issue, readOf, score } from './reads';

/**
 * Rich content and description. Weights: Amazon A+ 10, description length 5; Taobao/Tmall/JD
 * 详情 15, 商品参数 5. Bands: description 1000+ pass, 250–999 warn; 参数 8+ pass, 4–7 warn;
 * 详情 8+ images pass.
 */

const aPlus: RichContent = { kinds: ['a-plus'], modules: 5, imageCount: 9 };

describe('listing.rich-content.a-plus (Amazon)', () => {
  it.each<[RichContent | undefined, ListingCheckStatus, number]>([
    // [rich content, status, earned]
    [{ kinds: ['a-plus-premium', 'brand-story'], modules: 17 }, 'pass', 10],
    [aPlus, 'pass', 10],
    [{ kinds: ['brand-story'] }, 'warn', 5],
    [undefined, 'fail', 0],
  ])('case %#: %j → %s', (rc, status, earned) => {
    const c = checkOf(score(readOf('amazon', { title: 'T', ...(rc ? { richContent: rc } : {}) })), 'listing.rich-content.a-plus');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
  });

  it('describes what it saw in both languages', () => {
    const c = checkOf(score(readOf('amazon', { title: 'T', richContent: aPlus })), 'listing.rich-content.a-plus');
    expect(c.value).toBe('A+ · 5 modules · 9 images');
    expect(c.message.zh).toBe('有 A+ 内容（A+ · 5 个模块 · 9 张图）。');
  });

  it('is unknown when the reader could not parse the A+ block', () => {
    const c = checkOf(score(readOf('amazon', { title: 'T' }, { issues: [issue('richContent', 'aplus block unparseable')] })), 'listing.rich-content.a-plus');
    expect(c.status).toBe('unknown');
    expect(c.weight).toBe(0);
  });
});

describe('listing.rich-content.detail (Taobao, Tmall, JD)', () => {
  it.each<[Marketplace, RichContent | undefined, ListingCheckStatus, number]>([
    // [marketplace, rich content, status, earned]
    ['taobao', { kinds: ['detail-images'], imageCount: 31 }, 'pass', 15],
    ['tmall', { kinds: ['detail-images'] }, 'pass', 15],
    ['jd', { kinds: ['detail-images', 'detail-text'], imageCount: 8 }, 'pass', 15],
    ['jd', { kinds: ['detail-images'], imageCount: 7 }, 'warn', 7.5],
    ['taobao', { kinds: ['detail-text'], textLength: 300 }, 'warn', 7.5],
    ['taobao', undefined, 'fail', 0],
  ])('%s %j → %s', (m, rc, status, earned) => {
    const c = checkOf(score(readOf(m, { title: 'T', ...(rc ? { richContent: rc } : {}) })), 'listing.rich-content.detail');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
  });
});

describe('listing.description.length (Amazon)', () => {
  it.each([
    // [characters, status, earned]
    [1000, 'pass', 5],
    [999, 'warn', 2.5],
    [250, 'warn', 2.5],
    [249, 'fail', 0],
  ] as const)('%i characters → %s', (n, status, earned) => {
    const c = checkOf(score(readOf('amazon', { title: 'T', description: 'd'.repeat(n) })), 'listing.description.length');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
    expect(c.value).toBe(`${n.toLocaleString('en-US')} characters`);
  });

  it('passes without a text description when A+ is shown (A+ replaces it on Amazon)', () => {
    const c = checkOf(score(readOf('amazon', { title: 'T', richContent: aPlus })), 'listing.description.length');
    expect(c.status).toBe('pass');
    expect(c.source).toContain('202102960');
  });

  it('fails when the page shows neither a description nor A+', () => {
    expect(checkOf(score(readOf('amazon', { title: 'T' })), 'listing.description.length').status).toBe('fail');
  });

  it('is unknown when the reader reports the description missing', () => {
    const c = checkOf(score(readOf('amazon', { title: 'T' }, { issues: [issue('description')] })), 'listing.description.length');
    expect(c.status).toBe('unknown');
    expect(c.message.zh).toContain('读取器没能读到商品描述');
  });
});

describe('listing.description.specs (Taobao, Tmall, JD)', () => {
  const rows = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`属性${i}`, `值${i}`]));
  it.each([
    // [marketplace, rows, status, earned]
    ['taobao', 14, 'pass', 5],
    ['jd', 8, 'pass', 5],
    ['tmall', 5, 'warn', 2.5],
    ['jd', 4, 'warn', 2.5],
    ['taobao', 3, 'fail', 0],
  ] as const)('%s with %i rows → %s', (m, n, status, earned) => {
    const c = checkOf(score(readOf(m, { title: 'T', specs: rows(n) })), 'listing.description.specs');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
    expect(c.value).toBe(`${n} rows`);
  });

  it('is unknown when the reader could not read the attributes; fails when the page has none', () => {
    expect(checkOf(score(readOf('jd', { title: 'T' }, { issues: [issue('specs')] })), 'listing.description.specs').status).toBe('unknown');
    expect(checkOf(score(readOf('jd', { title: 'T' })), 'listing.description.specs').status).toBe('fail');
  });

  it('Amazon has no specs rule and CN marketplaces no description-length rule', () => {
    expect(score(readOf('amazon', { title: 'T' })).checks.some((c) => c.rule === 'listing.description.specs')).toBe(false);
    expect(score(readOf('taobao', { title: 'T' })).checks.some((c) => c.rule === 'listing.description.length')).toBe(false);
  });
});
