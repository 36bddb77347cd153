import type { Sentiment } from '../../schema';
import { sideOf } from './sentiment';

/**
 * When a theme may be named, and how a review's stars join the text.
 *
 * Naming (domain-rules §6: "name a theme only at ≥ 3 independent mentions or ≥ 2 % of
 * reviews"): a theme is named when at least MIN_REVIEWS_FOR_THEMES reviews are analysed and
 * it has ≥ 3 mentions, or ≥ 2 % of the reviews with at least 2 — one review is an anecdote,
 * never a theme, even when it is 2 % of a small sample. Mentions are reviews, not sentences:
 * one buyer repeating a complaint is one mention. Below that, a theme is only counted
 * (`belowThreshold`). With fewer than SMALL_SAMPLE reviews, the analysis says `smallSample`
 * (domain-rules §6: fewer than 50 reviews is weak).
 *
 * Stars: the text decides whenever it takes a side (domain-rules §6: "when stars and text
 * disagree, trust the text"). A mention the text leaves neutral (no judgement, or one
 * too weak to count) takes score + STAR_PRIOR × (stars − 3) / 2: a 5★ review's plain "the
 * seat" leans positive (+0.35, over the 0.3 threshold), a 1★ review's negative, while 2–4★
 * (±0.175) stay neutral — those reviews are mixed too often to read a side from the stars.
 */

export const MIN_MENTIONS = 3;
export const MIN_SHARE = 2;
export const MIN_INDEPENDENT = 2;
export const MIN_REVIEWS_FOR_THEMES = 5;
export const SMALL_SAMPLE = 50;
export const STAR_PRIOR = 0.35;

export function isNamed(mentions: number, reviewCount: number): boolean {
  if (reviewCount < MIN_REVIEWS_FOR_THEMES || mentions < MIN_INDEPENDENT) return false;
  return mentions >= MIN_MENTIONS || (mentions / reviewCount) * 100 >= MIN_SHARE;
}

/** The side of a mention once the review's stars are heard (see above). */
export function withStars(textScore: number, rating: number | undefined): Sentiment {
  const side = sideOf(textScore);
  if (side !== 'neutral' || rating === undefined) return side;
  return sideOf(textScore + (STAR_PRIOR * (rating - 3)) / 2);
}

export const shareOf = (mentions: number, total: number) => (total ? Math.round((mentions / total) * 1000) / 10 : 0);
