import type { Review, ReviewAnalysis, ReviewTag } from '../../schema';
import { SMALL_SAMPLE } from './naming';
import { phraseThemes } from './phrases';
import { returnReasons } from './return-reasons';
import { readReview } from './review-sentences';
import { starDistribution } from './stars';
import { aspectThemes, sortThemes } from './themes';

export interface ReviewInput {
  reviews: readonly Review[];
  /** The page's own star histogram, percent per star 1…5, when shown. */
  histogram?: readonly [number, number, number, number, number];
  /** The page's rating count (sample behind the histogram). */
  ratingCount?: number;
  reviewTags?: readonly ReviewTag[];
  /** The page's locale (`de-DE`): breaks ties when a review's language is unclear. */
  locale?: string;
  /** The product's title: a recurring phrase made of its words is the product's name, not a theme. */
  title?: string;
}

const MAX_TAGS = 100;

/** Reviews (and the page's histogram and tags when shown) → stars, themes with quotes, return reasons. */
export function analyseReviews(input: ReviewInput): ReviewAnalysis {
  const { reviews } = input;
  const read = reviews.map((r, i) => readReview(r, i, input.locale));
  const aspects = aspectThemes(read, reviews);
  const phrases = phraseThemes(read, reviews, input.title);
  const langCount = new Map<string, number>();
  for (const rr of read) if (rr.sentences.length) langCount.set(rr.lang, (langCount.get(rr.lang) ?? 0) + 1);
  const stars = starDistribution(reviews, input.histogram, input.ratingCount);
  const tags = input.reviewTags?.slice(0, MAX_TAGS).map((t) => ({
    text: t.text.slice(0, 200),
    ...(t.count !== undefined ? { count: t.count } : {}),
    ...(t.negative !== undefined ? { negative: t.negative } : {}),
  }));
  return {
    reviewCount: reviews.length,
    languages: [...langCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l),
    ...(stars ? { stars } : {}),
    themes: [...sortThemes(aspects.named), ...sortThemes(phrases.named)],
    returnReasons: returnReasons(read, reviews),
    belowThreshold: aspects.below + phrases.below,
    smallSample: reviews.length < SMALL_SAMPLE,
    ...(tags?.length ? { pageTags: tags } : {}),
  };
}
