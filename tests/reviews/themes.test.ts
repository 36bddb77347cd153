import { describe, expect, it } from 'vitest';
import { analyseReviews } from '../../lib/analyses/reviews';
import { isNamed, withStars } from '../../lib/analyses/reviews/naming';
import type { ReviewTheme } from '../../lib/schema';
import { filler, review } from './support';

/** Themes: naming thresholds, small samples, the stars' part, quotes linked to their review, recurring phrases. */
const theme = (themes: readonly ReviewTheme[], key: string, side: string) => themes.find((t) => (t.aspect ?? t.phrase) === key && t.sentiment === side);

describe('isNamed (≥ 3 mentions, or ≥ 2 % with at least 2, and at least 5 reviews)', () => {
  it.each([
    [3, 5, true],
    [2, 5, true], // 40 %
    [1, 5, false], // one review is an anecdote
    [2, 100, true], // exactly 2 %
    [2, 101, false], // 1.98 %
    [3, 10_000, true],
    [2, 2, false], // two reviews never make a theme
    [4, 4, false],
  ] as const)('%i mentions of %i reviews → %s', (mentions, total, named) => expect(isNamed(mentions, total)).toBe(named));
});

describe('withStars: the text decides, the stars only when it is silent', () => {
  it.each([
    [0, 5, 'positive'],
    [0, 4, 'neutral'],
    [0, 3, 'neutral'],
    [0, 2, 'neutral'],
    [0, 1, 'negative'],
    [-1, 5, 'negative'],
    [1, 1, 'positive'],
    [0.1, 5, 'positive'],
    [0, undefined, 'neutral'],
  ] as const)('text %d with %s★ → %s', (score, stars, side) => expect(withStars(score, stars)).toBe(side));
});

describe('analyseReviews: thresholds and small samples', () => {
  it('two reviews never produce a theme, however alike', () => {
    const a = analyseReviews({ reviews: [review('Very comfortable chair.', 5), review('So comfortable!', 5)] });
    expect(a.themes).toEqual([]);
    expect(a.belowThreshold).toBeGreaterThan(0);
    expect(a.smallSample).toBe(true);
  });

  it('names a theme three reviews share, with its share of all reviews', () => {
    const reviews = [review('Very comfortable.', 5), review('Comfortable seat.', 4), review('It is comfortable enough.', 4), ...filler(7)];
    const a = analyseReviews({ reviews });
    expect(theme(a.themes, 'comfort', 'positive')).toMatchObject({ mentions: 3, share: 30, label: { zh: '舒适度', en: 'Comfort' } });
    expect(a.smallSample).toBe(true);
  });

  it('counts a buyer once however often they repeat it', () => {
    const reviews = [review('It broke. Then it broke again. The handle broke too.', 1), ...filler(9)];
    const a = analyseReviews({ reviews });
    expect(theme(a.themes, 'quality-durability', 'negative')).toBeUndefined();
    expect(a.belowThreshold).toBe(1);
  });

  it('names 2 mentions at 2 % of 100 reviews but not of 101', () => {
    const broke = [review('The handle broke.', 1), review('Mine broke in a week.', 2)];
    expect(theme(analyseReviews({ reviews: [...broke, ...filler(98)] }).themes, 'quality-durability', 'negative')?.mentions).toBe(2);
    expect(theme(analyseReviews({ reviews: [...broke, ...filler(99)] }).themes, 'quality-durability', 'negative')).toBeUndefined();
  });

  it('is no longer a small sample at 50 reviews', () => {
    expect(analyseReviews({ reviews: filler(49) }).smallSample).toBe(true);
    expect(analyseReviews({ reviews: filler(50) }).smallSample).toBe(false);
  });

  it('counts one review on both sides when it praises one thing and blames another', () => {
    const mixed = 'The fabric is soft. It tore after a week.';
    const a = analyseReviews({ reviews: [review(mixed, 3), review(mixed, 3), ...filler(3)] });
    expect(theme(a.themes, 'material', 'positive')?.mentions).toBe(2);
    expect(theme(a.themes, 'quality-durability', 'negative')?.mentions).toBe(2);
  });

  it('lists complaints before praise, and stars from the page when given', () => {
    const reviews = [
      review('Comfortable.', 5), review('Very comfortable.', 5), review('Comfortable and soft.', 4),
      review('The armrest broke.', 1), review('It broke after a month.', 2), review('Broke on day one.', 1),
    ];
    const a = analyseReviews({ reviews, histogram: [20, 5, 5, 10, 60], ratingCount: 420 });
    expect(a.themes.map((t) => `${t.aspect}:${t.sentiment}`)).toEqual(['quality-durability:negative', 'comfort:positive']);
    expect(a.stars).toMatchObject({ source: 'page', sampleSize: 420, lowShare: 25, polarised: true });
  });
});

describe('analyseReviews: quotes link to their review', () => {
  it('gives index, id, stars and date of the review each quote comes from', () => {
    const reviews = [
      review('Arrived fast. The zipper broke after two days.', 2, { id: 'R-A', date: '2024-03-01' }),
      review('Nice colour.', 5, { id: 'R-B', date: '2024-03-02' }),
      review('The zipper broke.', 1, { id: 'R-C', date: '2024-03-05' }),
      review('Zipper broke on the first wear, sadly.', 1, { id: 'R-D', dateText: 'Reviewed on 7 March 2024' }),
      ...filler(2),
    ];
    const t = theme(analyseReviews({ reviews }).themes, 'quality-durability', 'negative')!;
    expect(t.mentions).toBe(3);
    const byIndex = new Map(t.quotes.map((q) => [q.reviewIndex, q]));
    expect([...byIndex.keys()].sort()).toEqual([0, 2, 3]);
    expect(byIndex.get(0)).toEqual({ text: 'The zipper broke after two days.', reviewIndex: 0, reviewId: 'R-A', rating: 2, date: '2024-03-01' });
    expect(byIndex.get(2)).toEqual({ text: 'The zipper broke.', reviewIndex: 2, reviewId: 'R-C', rating: 1, date: '2024-03-05' });
    expect(byIndex.get(3)).toMatchObject({ reviewIndex: 3, reviewId: 'R-D', date: 'Reviewed on 7 March 2024' });
    for (const q of t.quotes) expect(reviews[q.reviewIndex]!.body).toContain(q.text);
  });
});

describe('analyseReviews: recurring phrases', () => {
  const reviews = [
    review('The gas lift sank after a month.', 2),
    review('Our gas lift failed.', 1),
    review('Gas lift is weak, seat slowly drops.', 2),
    review('Great lumbar pillow.', 5),
    ...filler(4),
  ];

  it('names a phrase three reviews repeat that the lexicon does not know', () => {
    const t = analyseReviews({ reviews }).themes.find((x) => x.phrase === 'gas lift');
    expect(t).toMatchObject({ phrase: 'gas lift', mentions: 3, sentiment: 'negative', label: { zh: 'gas lift', en: 'gas lift' } });
    expect(t!.quotes.map((q) => q.reviewIndex).sort()).toEqual([0, 1, 2]);
  });

  it('drops a phrase made of the product title\'s words (the product\'s name)', () => {
    expect(analyseReviews({ reviews, title: 'Office Chair with Gas Lift' }).themes.find((x) => x.phrase === 'gas lift')).toBeUndefined();
  });

  it('finds Chinese phrases as character n-grams', () => {
    const zh = [review('扶手松了，不太稳', 2), review('扶手有点晃', 1), review('坐着舒服，就是扶手坏了', 3), ...filler(3)];
    expect(analyseReviews({ reviews: zh }).themes.some((t) => t.phrase === '扶手')).toBe(true);
  });
});

describe('analyseReviews: languages and page tags', () => {
  it('lists the languages by reviews and passes the page tags through', () => {
    const a = analyseReviews({
      reviews: [review('质量很好'), review('做工不错'), review('Very good.'), review('Sehr bequem und gut verarbeitet.')],
      reviewTags: [{ text: '质量很好', count: 128 }, { text: '有异味', count: 3, negative: true }],
    });
    expect(a.languages).toEqual(['zh', 'de', 'en']);
    expect(a.pageTags).toEqual([{ text: '质量很好', count: 128 }, { text: '有异味', count: 3, negative: true }]);
  });
});
