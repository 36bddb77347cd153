import type { Review, StarDistribution } from '../../schema';

/**
 * The star distribution: the page's own histogram when it shows one (its sample is the
 * page's rating count), else the distribution of the reviews' own stars (its sample is the
 * number of rated reviews, stated as such).
 *
 * - lowShare: percent of 1–2★.
 * - polarised (J-shaped, Hu, Pavlou & Zhang 2009): the extremes dominate and 1★ is a real
 *   group, not noise — 1★ ≥ 10 %, 1★ above both 2★ and 3★ (the dip in the middle that
 *   makes the J), and 1★ + 5★ ≥ 70 %. A product with many 1★ *and* many 5★ is loved by some
 *   and failing others (a defect in some units, a size or compatibility trap), which an
 *   average of 4.0 hides.
 * - smallSample: fewer than 50 ratings behind it (domain-rules §6: < 50 reviews is weak;
 *   one more review moves a share by 2 points or more).
 */

export const MIN_STAR_SAMPLE = 50;
const J_MIN_ONE_STAR = 10;
const J_MIN_EXTREMES = 70;

type Shares = [number, number, number, number, number];

function shape(shares: Shares, source: StarDistribution['source'], sampleSize: number): StarDistribution {
  const [one, two, three, , five] = shares;
  const lowShare = Math.min(100, Math.max(0, one + two));
  const polarised = one >= J_MIN_ONE_STAR && one > two && one > three && one + five >= J_MIN_EXTREMES;
  return { shares, source, sampleSize, lowShare: round1(lowShare), polarised, smallSample: sampleSize < MIN_STAR_SAMPLE };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * `histogram`: percent per star 1…5 as the page shows it (kept as shown, so the shares may
 * add up to 99–101). `ratingCount`: the page's count behind it; without it the sample is
 * the number of rated reviews given (a lower bound).
 */
export function starDistribution(reviews: readonly Review[], histogram?: readonly number[], ratingCount?: number): StarDistribution | undefined {
  const rated = reviews.filter((r) => r.rating !== undefined && r.rating >= 1);
  if (histogram && histogram.length === 5 && histogram.some((x) => x > 0)) {
    const sample = ratingCount ?? rated.length;
    return shape(histogram.map((x) => Math.min(100, Math.max(0, x))) as Shares, 'page', Math.max(0, Math.round(sample)));
  }
  if (rated.length === 0) return undefined;
  const counts: Shares = [0, 0, 0, 0, 0];
  for (const r of rated) counts[Math.min(5, Math.max(1, Math.round(r.rating!))) - 1]!++;
  const shares = counts.map((c) => round1((c / rated.length) * 100)) as Shares;
  return shape(shares, 'reviews', rated.length);
}
