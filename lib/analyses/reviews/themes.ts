import type { Aspect, Review, ReviewQuote, ReviewTheme, Sentiment } from '../../schema';
import { ASPECT_LABELS } from './lexicon/labels';
import { isNamed, shareOf, withStars } from './naming';
import { quoteOf, type ReadReview } from './review-sentences';

/**
 * Aspect themes: for each aspect and side, the reviews that mention it on that side (one
 * review may count on both sides when it praises and blames the same aspect), with quotes
 * linked to their review. Named by naming.ts; the rest counted. Quotes: at most one per
 * review, the most decided sentences first, then the reviews others found helpful.
 */

export const MAX_QUOTES = 5;
const SIDE_ORDER: Record<Sentiment, number> = { negative: 0, positive: 1, neutral: 2 };

export interface Candidate {
  /** Review index → the quote and how decided the sentence is. */
  reviews: Map<number, { quote: ReviewQuote; strength: number }>;
}

export interface ThemeCounts {
  named: ReviewTheme[];
  below: number;
}

/** Quotes of a candidate, best first. */
export function pickQuotes(c: Candidate, reviews: readonly Review[]): ReviewQuote[] {
  return [...c.reviews]
    .sort(([ia, a], [ib, b]) => b.strength - a.strength || (reviews[ib]?.helpfulVotes ?? 0) - (reviews[ia]?.helpfulVotes ?? 0) || ia - ib)
    .slice(0, MAX_QUOTES)
    .map(([, v]) => v.quote);
}

export function aspectThemes(read: readonly ReadReview[], reviews: readonly Review[]): ThemeCounts {
  const found = new Map<string, Candidate>();
  for (const rr of read) {
    const review = reviews[rr.index]!;
    for (const s of rr.sentences) {
      for (const a of s.reading.aspects) {
        const side = withStars(a.score, review.rating);
        const key = `${a.aspect}|${side}`;
        let c = found.get(key);
        if (!c) found.set(key, (c = { reviews: new Map() }));
        const strength = Math.abs(a.score);
        const prev = c.reviews.get(rr.index);
        if (!prev || strength > prev.strength) c.reviews.set(rr.index, { quote: quoteOf(s.text, rr.index, review), strength });
      }
    }
  }
  const named: ReviewTheme[] = [];
  let below = 0;
  for (const [key, c] of found) {
    const [aspect, sentiment] = key.split('|') as [Aspect, Sentiment];
    const mentions = c.reviews.size;
    if (!isNamed(mentions, reviews.length)) { below++; continue; }
    named.push({ aspect, label: ASPECT_LABELS[aspect], sentiment, mentions, share: shareOf(mentions, reviews.length), quotes: pickQuotes(c, reviews) });
  }
  return { named: sortThemes(named), below };
}

/** Complaints first (as Ozon's overview does), then praise, then neutral mentions; most mentioned first. */
export function sortThemes(themes: ReviewTheme[]): ReviewTheme[] {
  return themes.sort((a, b) => SIDE_ORDER[a.sentiment] - SIDE_ORDER[b.sentiment] || b.mentions - a.mentions || (a.aspect ?? a.phrase ?? '').localeCompare(b.aspect ?? b.phrase ?? ''));
}
