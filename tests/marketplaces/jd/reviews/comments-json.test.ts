import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../../lib/marketplaces/run-reader';
import { commentsFromObject, parseCommentsText } from '../../../../lib/marketplaces/jd/reviews/comments-json';
import { PageReadSchema } from '../../../../lib/schema';
import { htmlDoc } from '../../../support/html';
import { HAVE_SHARED_FIXTURES, readSavedBytes, SKIP_REASON } from '../../../support/shared-fixtures';

const OWN = join(import.meta.dirname, '../../../fixtures/jd/comments/productPageComments-small.jsonp');
const REAL = 'jd/comments-json/productPageComments-100047982391.jsonp';
const NOW = new Date('2026-11-26T00:00:00Z');

describe('parseCommentsText on the real saved response (2024, 10 comments)', () => {
  if (!HAVE_SHARED_FIXTURES) {
    console.warn(`[skip] JD comment data: ${SKIP_REASON}`);
    it.skip(`skipped: ${SKIP_REASON}`, () => undefined);
    return;
  }
  const data = parseCommentsText(readSavedBytes(REAL).toString('utf8'))!;

  it('reads the summary: product, average, the larger of commentCount (0) and commentCountStr (100万+)', () => {
    expect(data.productId).toBe('100047982391');
    expect(data.rating).toBe(5);
    expect(data.reviewCount).toBe(1_000_000);
  });

  it('reads the 13 hot tags with their counts, in order', () => {
    expect(data.reviewTags).toHaveLength(13);
    expect(data.reviewTags?.slice(0, 3)).toEqual([
      { text: '外观漂亮', count: 108 }, { text: '不占空间', count: 96 }, { text: '单人适用', count: 89 },
    ]);
    expect(data.reviewTags?.at(-1)).toEqual({ text: '优质好用', count: 2 });
  });

  it('reads all 10 comments, each with rating, date, masked nick, variant and photos', () => {
    expect(data.reviews).toHaveLength(10);
    expect(data.reviews.every((r) => r.rating === 5 && r.date && r.author && (r.photos ?? 0) >= 2)).toBe(true);
    expect(data.reviews[0]).toEqual({
      id: '21739216866',
      rating: 5,
      body: '这个壶很适合，在办公室用很方便，以后可以养生了，使用方便，性价比高，买之前考虑了好久，满意，想要的小伙伴可以考虑入手！不错',
      date: '2024-11-09',
      dateText: '2024-11-09 20:17:48',
      author: 'j***y',
      variant: '0.4L【个人款】 金勺子 滤网',
      helpfulVotes: 0,
      photos: 2,
    });
  });

  it('keeps line breaks inside a body', () => {
    expect(data.reviews[9]!.body).toMatch(/^京东快递从下单到收货不到24小时，真心快。\n收到惊喜满满。\n/);
    expect(data.reviews[9]!.variant).toBe('⭐2L【家庭款】 316L不锈钢');
  });
});

describe('parseCommentsText on our small response', () => {
  const data = parseCommentsText(readFileSync(OWN, 'utf8'))!;

  it('reads the summary and tags', () => {
    expect(data).toMatchObject({ productId: '100123456789', rating: 4, reviewCount: 2345 });
    expect(data.reviewTags).toEqual([{ text: '烧水快', count: 96 }, { text: '有异味', count: 3 }]);
  });

  it('counts photos and videos, and reads the 追评 follow-up', () => {
    expect(data.reviews[0]).toMatchObject({ photos: 3, helpfulVotes: 7, followUp: '用了一个月，保温还是很好。', variant: '奶白色 1.5L' });
  });

  it('keeps a rating whose text is JD\'s default, without that text as its body', () => {
    expect(data.reviews[1]).toEqual({
      id: '30000000002', rating: 1, date: '2026-03-01', dateText: '2026-03-01 08:05:00', author: '4***9', variant: '薄荷绿 1.0L', helpfulVotes: 0,
    });
  });
});

describe('parseCommentsText on other input', () => {
  it.each([
    ['plain JSON', '{"comments":[],"productCommentSummary":{"averageScore":0,"commentCountStr":"0"}}', { reviews: [], reviewCount: 0 }],
    ['a JSONP without a semicolon', 'cb({"comments":[{"score":3,"content":"一般"}]})', { reviews: [{ rating: 3, body: '一般' }] }],
  ])('reads %s', (_label, text, want) => {
    expect(parseCommentsText(text)).toEqual(want);
  });

  it.each([
    ['an error page', '<html>403</html>'],
    ['JSON without comment data', '{"ret":"ok"}'],
    ['a cut-off response', 'fetchJSON_comment98({"comments":[{"score":5'],
    ['a JSON array', '[1,2]'],
    ['empty text', ''],
  ])('gives undefined for %s', (_label, text) => {
    expect(parseCommentsText(text)).toBeUndefined();
  });

  it('drops out-of-range scores and odd types instead of passing them on', () => {
    const data = commentsFromObject({
      productCommentSummary: { averageScore: 9, commentCount: -3, commentCountStr: '1万+' },
      comments: [{ score: 7, content: 42, nickname: ['x'], images: 'x' }, 'junk'],
      hotCommentTagStatistics: [{ name: '', count: 1 }, { name: '好', count: 'many' }],
    });
    expect(data).toEqual({ reviews: [{}], reviewCount: 10000, reviewTags: [{ text: '好' }] });
  });
});

describe('a productPageComments response opened as a page', () => {
  it('is a reviews page of the product it names, its JSONP parsed and never run', () => {
    const href = 'https://club.jd.com/comment/productPageComments.action?productId=100123456789&score=0&sortType=5&page=0&pageSize=10';
    const doc = htmlDoc(`<html><body><pre>${readFileSync(OWN, 'utf8').replace(/</g, '&lt;')}</pre></body></html>`, href);
    const read = readPage(doc, href, NOW);
    expect(PageReadSchema.safeParse(read).success).toBe(true);
    expect(read.pageKind).toBe('reviews');
    expect(read.product).toMatchObject({ id: '100123456789', rating: 4, reviewCount: 2345 });
    expect(read.reviews).toHaveLength(2);
    expect(read.provenance?.reviews).toBe('productPageComments-json');
  });

  it('reports missing comment data on an error body', () => {
    const href = 'https://club.jd.com/comment/productPageComments.action?productId=100123456789';
    const read = readPage(htmlDoc('<html><body>系统繁忙</body></html>', href), href, NOW);
    expect(read.pageKind).toBe('reviews');
    expect(read.reviews ?? []).toEqual([]);
    expect(read.issues.map((i) => i.field)).toContain('reviews');
  });
});
