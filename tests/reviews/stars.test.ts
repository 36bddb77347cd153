import { describe, expect, it } from 'vitest';
import { starDistribution } from '../../lib/analyses/reviews/stars';
import { review } from './support';

/** Star distribution: the page's histogram when shown, else the reviews' own stars (stars.ts). */
const rated = (stars: number[]) => stars.map((s, i) => review(`r${i}`, s));

describe('starDistribution with the page histogram', () => {
  it.each([
    // 1★ 11 % ≥ 10, above 2★ (4) and 3★ (5), extremes 82 % ≥ 70: J-shaped.
    ['J-shaped charger', [11, 4, 5, 9, 71], 226, { lowShare: 15, polarised: true, smallSample: false, sampleSize: 226 }],
    // 1★ only 2 %: a healthy skew, not polarised.
    ['strainer', [2, 2, 5, 11, 80], 875, { lowShare: 4, polarised: false, smallSample: false, sampleSize: 875 }],
    // 1★ 11 % but extremes 67 % < 70: many middling ratings, not a J.
    ['gaming chair', [11, 7, 9, 17, 56], 1382, { lowShare: 18, polarised: false, smallSample: false, sampleSize: 1382 }],
    // 1★ 14 % but 2★ 20 % ≥ 1★: no dip in the middle.
    ['a slope', [14, 20, 10, 16, 40], 300, { lowShare: 34, polarised: false, smallSample: false, sampleSize: 300 }],
    // 49 ratings behind it: too few to be firm.
    ['small sample', [10, 0, 0, 10, 80], 49, { lowShare: 10, polarised: true, smallSample: true, sampleSize: 49 }],
  ] as const)('%s', (_name, histogram, count, want) => {
    const d = starDistribution(rated([5, 5, 1]), histogram, count)!;
    expect(d.source).toBe('page');
    expect(d.shares).toEqual(histogram);
    expect(d).toMatchObject(want);
  });

  it('without the rating count, states the reviews behind it as the sample (a lower bound)', () => {
    expect(starDistribution(rated([5, 4, 1]), [10, 5, 5, 20, 60])).toMatchObject({ source: 'page', sampleSize: 3, smallSample: true });
  });

  it('ignores a histogram of zeros (a product with no ratings) and counts the reviews', () => {
    expect(starDistribution(rated([5, 1]), [0, 0, 0, 0, 0], 0)).toMatchObject({ source: 'reviews', sampleSize: 2 });
  });
});

describe('starDistribution from the reviews', () => {
  it.each([
    // 2 of 6 at 1★, 1 at 4★, 3 at 5★.
    ['polarised six', [5, 5, 5, 1, 1, 4], { shares: [33.3, 0, 0, 16.7, 50], lowShare: 33.3, polarised: true, sampleSize: 6, smallSample: true }],
    ['all happy', [5, 4, 5, 5], { shares: [0, 0, 0, 25, 75], lowShare: 0, polarised: false, sampleSize: 4, smallSample: true }],
  ] as const)('%s', (_name, stars, want) => {
    expect(starDistribution(rated([...stars]))).toMatchObject({ source: 'reviews', ...want });
  });

  it('is small below 50 rated reviews and firm at 50', () => {
    expect(starDistribution(rated(Array(49).fill(5)))!.smallSample).toBe(true);
    expect(starDistribution(rated(Array(50).fill(5)))!.smallSample).toBe(false);
  });

  it('leaves unrated reviews out of the sample, and is absent when none is rated', () => {
    expect(starDistribution([...rated([5, 1]), review('no stars')])!.sampleSize).toBe(2);
    expect(starDistribution([review('no stars')])).toBeUndefined();
  });
});
