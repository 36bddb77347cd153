import type { Aspect, Bilingual, Review, Sentiment } from '../../schema';
import { fold } from './lexicon/compile';
import { ASPECT_LABELS } from './lexicon/labels';
import { isNamed, shareOf, withStars } from './naming';
import { readReview, reviewText } from './review-sentences';

/**
 * Themes over time for a tracked product: the reviews read on each visit are pooled, the
 * same review seen on several visits counted once (by its id, else by its folded text; the
 * copy from the latest visit is kept, since buyers edit reviews and add 追评), and each
 * review is dated by its own date, else by the visit that first saw it. Per month: how many
 * reviews mention each aspect theme on each side, and what share of that month's reviews
 * that is. Only themes named over the whole pool (naming.ts) are followed.
 *
 * direction compares the latest month's share with the mean share of the earlier months:
 * `new` when the earlier months never had it, `rising` / `falling` when it moved by at
 * least TREND_POINTS percentage points (and, for rising, the latest month has ≥ 2
 * mentions: one review is not a trend), else `steady`; with one month, `steady`.
 */

export interface Visit {
  /** When the reviews were read (ISO date or date-time). */
  at: string;
  reviews: readonly Review[];
}

export interface ThemeTrend {
  aspect: Aspect;
  label: Bilingual;
  sentiment: Sentiment;
  /** Reviews per period mentioning it on this side. */
  counts: number[];
  /** Percent of that period's reviews. */
  shares: number[];
  direction: 'new' | 'rising' | 'falling' | 'steady';
}

export interface ThemeTrends {
  /** Months `YYYY-MM`, oldest first, gaps filled. */
  periods: string[];
  reviewsPerPeriod: number[];
  /** Distinct reviews after de-duplication. */
  reviewCount: number;
  /** Copies dropped because an earlier or later visit had the same review. */
  duplicates: number;
  themes: ThemeTrend[];
}

export const TREND_POINTS = 5;
const MAX_PERIODS = 60;

const monthOf = (iso: string | undefined) => (iso && /^\d{4}-\d{2}/.test(iso) ? iso.slice(0, 7) : undefined);
const identity = (r: Review) => (r.id ? `id:${r.id}` : `text:${fold(reviewText(r)).replace(/\s+/g, ' ').trim()}`);

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let n = 0; n < 1200; n++) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    out.push(p);
    if (p >= last) break;
    if (++m > 12) { m = 1; y++; }
  }
  return out.slice(-MAX_PERIODS);
}

export function themeTrends(visits: readonly Visit[], locale?: string): ThemeTrends {
  const pooled = new Map<string, { review: Review; month: string }>();
  let copies = 0;
  for (const v of [...visits].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    for (const r of v.reviews) {
      copies++;
      const key = identity(r);
      const prev = pooled.get(key);
      const month = monthOf(r.date) ?? prev?.month ?? monthOf(v.at);
      if (month) pooled.set(key, { review: r, month });
    }
  }
  const entries = [...pooled.values()];
  const reviews = entries.map((e) => e.review);
  const months = entries.map((e) => e.month).sort();
  const periods = months.length ? monthsBetween(months[0]!, months[months.length - 1]!) : [];
  const index = new Map(periods.map((p, i) => [p, i]));
  const reviewsPerPeriod = periods.map(() => 0);
  const counts = new Map<string, number[]>();
  const totals = new Map<string, number>();
  entries.forEach((e, i) => {
    const p = index.get(e.month);
    if (p === undefined) return;
    reviewsPerPeriod[p]!++;
    const seen = new Set<string>();
    for (const s of readReview(e.review, i, locale).sentences) {
      for (const a of s.reading.aspects) seen.add(`${a.aspect}|${withStars(a.score, e.review.rating)}`);
    }
    for (const key of seen) {
      if (!counts.has(key)) counts.set(key, periods.map(() => 0));
      counts.get(key)![p]!++;
      totals.set(key, (totals.get(key) ?? 0) + 1);
    }
  });
  const themes: ThemeTrend[] = [];
  for (const [key, c] of counts) {
    if (!isNamed(totals.get(key)!, reviews.length)) continue;
    const [aspect, sentiment] = key.split('|') as [Aspect, Sentiment];
    const shares = c.map((n, i) => shareOf(n, reviewsPerPeriod[i]!));
    themes.push({ aspect, label: ASPECT_LABELS[aspect], sentiment, counts: c, shares, direction: direction(c, shares, reviewsPerPeriod) });
  }
  themes.sort((a, b) => b.counts.reduce((s, x) => s + x, 0) - a.counts.reduce((s, x) => s + x, 0) || a.aspect.localeCompare(b.aspect) || a.sentiment.localeCompare(b.sentiment));
  return { periods, reviewsPerPeriod, reviewCount: reviews.length, duplicates: copies - reviews.length, themes };
}

function direction(counts: readonly number[], shares: readonly number[], perPeriod: readonly number[]): ThemeTrend['direction'] {
  // The latest month with reviews, against the earlier months with reviews.
  const withReviews = perPeriod.map((n, i) => (n > 0 ? i : -1)).filter((i) => i >= 0);
  if (withReviews.length < 2) return 'steady';
  const last = withReviews[withReviews.length - 1]!;
  const earlier = withReviews.slice(0, -1);
  const before = earlier.reduce((s, i) => s + counts[i]!, 0);
  if (before === 0) return counts[last]! > 0 ? 'new' : 'steady';
  const mean = earlier.reduce((s, i) => s + shares[i]!, 0) / earlier.length;
  if (shares[last]! >= mean + TREND_POINTS && counts[last]! >= 2) return 'rising';
  if (shares[last]! <= mean - TREND_POINTS) return 'falling';
  return 'steady';
}
