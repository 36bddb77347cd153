import type { Aspect, Review, ReviewAnalysis, ReviewTag, Sentiment } from '../../schema';

/**
 * STUBS (issue #7, being written) with their final signatures:
 * - analyseReviews: reviews (+ the page's histogram/tags when shown) → the analysis.
 * - sentenceAspects: one review sentence → the aspects it mentions with their sentiment
 *   (what the evaluation measures).
 * - sentenceSentiment: one sentence → positive / negative / neutral.
 */

export interface ReviewInput {
  reviews: readonly Review[];
  /** The page's own star histogram, percent per star 1…5, when shown. */
  histogram?: readonly [number, number, number, number, number];
  /** The page's rating count (sample behind the histogram). */
  ratingCount?: number;
  reviewTags?: readonly ReviewTag[];
}

export function analyseReviews(input: ReviewInput): ReviewAnalysis {
  return { reviewCount: input.reviews.length, languages: [], themes: [], returnReasons: [], belowThreshold: 0, smallSample: true };
}

export function sentenceAspects(_text: string, _lang?: string): { aspect: Aspect; sentiment: Sentiment }[] {
  return [];
}

export function sentenceSentiment(_text: string, _lang?: string): Sentiment {
  return 'neutral';
}
