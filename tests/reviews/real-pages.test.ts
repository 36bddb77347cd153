import { describe, expect, it } from 'vitest';
import { analyseReviews } from '../../lib/analyses/reviews';
import { readPage } from '../../lib/marketplaces/run-reader';
import type { PageRead, ReviewAnalysis } from '../../lib/schema';
import { ReviewAnalysisSchema } from '../../lib/schema';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../support/shared-fixtures';

/**
 * analyseReviews on the ten reviews of two real Amazon review pages. Every expectation
 * below comes from reading those reviews (summarised in the comments), not from the
 * analysis' output; each named theme is checked to quote the reviews that say it.
 */

function analyse(file: string): { read: PageRead; analysis: ReviewAnalysis } {
  const url = answerKeys('amazon').find((k) => k.file === file)!.url!;
  const { document, close } = loadSavedPage(file, url);
  try {
    const read = readPage(document, url);
    const h = read.product?.starHistogram;
    const analysis = analyseReviews({
      reviews: read.reviews ?? [],
      ...(h ? { histogram: h as [number, number, number, number, number] } : {}),
      ...(read.product?.reviewCount !== undefined ? { ratingCount: read.product.reviewCount } : {}),
      ...(read.product?.title ? { title: read.product.title } : {}),
      locale: read.locale,
    });
    return { read, analysis };
  } finally {
    close();
  }
}

const quoted = (a: ReviewAnalysis, key: string, side: string) => {
  const t = a.themes.find((x) => (x.aspect ?? x.phrase) === key && x.sentiment === side);
  return t ? t.quotes.map((q) => q.reviewIndex) : undefined;
};

describe('real review pages', () => {
  if (!HAVE_SHARED_FIXTURES) {
    console.warn(`[skip] review analysis on real pages: ${SKIP_REASON}`);
    it.skip('skipped: real pages absent', () => undefined);
    return;
  }

  describe('us-sitmod-gaming-chair-reviews.html (gaming chair, 10 reviews)', () => {
    const { read, analysis } = analyse('amazon/reviews/us-sitmod-gaming-chair-reviews.html');

    it('is a valid analysis of the page\'s ten reviews, flagged as a small sample', () => {
      expect(ReviewAnalysisSchema.safeParse(analysis).success).toBe(true);
      expect(analysis.reviewCount).toBe(read.reviews!.length);
      expect(analysis.reviewCount).toBe(10);
      expect(analysis.smallSample).toBe(true);
      expect(analysis.languages).toEqual(['en']);
    });

    it('takes the page histogram (56/17/9/7/11 % from 5★ down, 1,382 global ratings)', () => {
      expect(analysis.stars).toEqual({ shares: [11, 7, 9, 17, 56], source: 'page', sampleSize: 1382, lowShare: 18, polarised: false, smallSample: false });
    });

    // Reviews 3 (cylinder leaked, then failed), 4 (armrest fabric ripped), 7 (broke after a
    // few months, metal bends) and 8 (sitting pad broke inside) report breakage.
    it('names breakage (quality-durability, negative) with the reviews that report it', () => {
      expect(quoted(analysis, 'quality-durability', 'negative')).toEqual(expect.arrayContaining([3, 4, 7, 8]));
    });

    // Reviews 2 ("very comfortable"), 4 ("pretty comfortable to sit for long time"),
    // 6 ("super comfortable") and 7 ("very comfy and soft") praise the comfort.
    it('names comfort as praised', () => {
      expect(quoted(analysis, 'comfort', 'positive')).toEqual(expect.arrayContaining([2, 4, 6, 7]));
    });

    // Review 1 ("a tiny bit too stiff to be 100% comfortable") and review 3 ("not the most
    // comfortable", "quickly became uncomfortable") say the opposite.
    it('names comfort as a complaint too', () => {
      expect(quoted(analysis, 'comfort', 'negative')).toEqual(expect.arrayContaining([1, 3]));
    });

    // Review 5 returned the chair after it squeaked, popped and grew hard to sit on.
    it('puts quality defects first among return reasons, quoting the buyer who returned it', () => {
      expect(analysis.returnReasons[0]!.reason).toBe('quality-defect');
      expect(analysis.returnReasons[0]!.quotes.map((q) => q.reviewIndex)).toContain(5);
    });

    it('links each quote to its review: id, stars and date', () => {
      for (const t of analysis.themes) {
        for (const q of t.quotes) {
          const r = read.reviews![q.reviewIndex]!;
          expect(q).toMatchObject({ reviewId: r.id, rating: r.rating, date: r.date });
          expect(`${r.title}\n${r.body}`.replace(/\s+/g, ' ')).toContain(q.text.replace(/…$/, '').replace(/\s+/g, ' '));
        }
      }
    });
  });

  describe('us-dawn-dish-soap-reviews.html (dish soap, 10 reviews)', () => {
    const { analysis } = analyse('amazon/reviews/us-dawn-dish-soap-reviews.html');

    it('takes the page histogram (89/6/1/1/3 %, 5,849 global ratings): not polarised', () => {
      expect(analysis.stars).toEqual({ shares: [3, 1, 1, 6, 89], source: 'page', sampleSize: 5849, lowShare: 4, polarised: false, smallSample: false });
    });

    // Value: 0 ("a good price"), 1 ("great for the money spent"), 3 ("great value"),
    // 4 ("good value for your money"), 5 ("well worth the money").
    it('names value as praised', () => {
      expect(quoted(analysis, 'value', 'positive')).toEqual(expect.arrayContaining([1, 3, 4, 5]));
    });

    // Cleaning: 2 ("cuts through grease and leaves dishes sparkling clean"), 5 ("cuts the
    // grease"), 7 ("effective cleaner").
    it('names cleaning performance as praised', () => {
      expect(quoted(analysis, 'performance', 'positive')).toEqual(expect.arrayContaining([2, 5, 7]));
    });

    // Scent splits buyers: 1 ("love the smell") and 5 ("a fresh smell") like it; 6 (a new
    // scent that "smells strange") and 7 ("the fragrance is quite strong … I wish the scent
    // was more subtle") do not.
    it('names the scent on both sides', () => {
      expect(quoted(analysis, 'smell', 'positive')).toEqual(expect.arrayContaining([1, 5]));
      expect(quoted(analysis, 'smell', 'negative')).toEqual(expect.arrayContaining([6, 7]));
    });

    // Nobody reports breakage or late delivery (review 8 got it the next morning).
    it('names no breakage or delivery complaint, and not the product\'s own name', () => {
      expect(quoted(analysis, 'quality-durability', 'negative')).toBeUndefined();
      expect(quoted(analysis, 'delivery', 'negative')).toBeUndefined();
      expect(analysis.themes.some((t) => t.phrase === 'dish soap')).toBe(false);
    });
  });
});
