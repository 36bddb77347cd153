import type { Review } from '../../schema';
import type { FieldReader } from '../shared/field-reader';
import type { AmazonPageContext } from './page-context';
import { findLegacyReviews, findReviewCards, reviewRoots, type ReviewPlace } from './reviews/find-cards';
import { readLegacyReview } from './reviews/legacy-card';
import { readReviewCard } from './reviews/review-card';

/** The schema's bound on one read; a longer list is cut, not rejected. */
const MAX_REVIEWS = 500;

/**
 * Reads the full customer reviews of the main review list, in page order: on a review
 * page (`where: 'reviews'`) or the handful embedded in a product page. A product page
 * without reviews is normal (missing-optional); a review page without any is not.
 */
export function readReviewList(
  doc: Document,
  _url: URL,
  _ctx: AmazonPageContext,
  r: FieldReader,
  where: ReviewPlace,
): Review[] | undefined {
  const roots = reviewRoots(doc, where);
  return r.pick('reviews', where === 'reviews' ? 'missing-required' : 'missing-optional', [
    { name: 'review-cards', read: () => readEach(r, findReviewCards(roots), readReviewCard) },
    { name: 'legacy-review-anchors', read: () => readEach(r, findLegacyReviews(roots), readLegacyReview) },
  ]);
}

/**
 * Reads each found review; one card that breaks the reader costs that card, not the list.
 * A card with no rating, title or text is a shell (its content missing or restructured):
 * listing it would claim a review, and `verified: false`, that the page does not show.
 */
function readEach<T>(r: FieldReader, found: T[], read: (item: T) => Review): Review[] {
  const out: Review[] = [];
  for (const item of found.slice(0, MAX_REVIEWS)) {
    try {
      const review = read(item);
      if (review.rating === undefined && !review.title && !review.body) {
        r.issue('reviews', 'unparseable', `A review card${review.id ? ` (${review.id})` : ''} shows no rating, title or text; skipped`);
        continue;
      }
      out.push(review);
    } catch (err) {
      r.issue('reviews', 'unparseable', `A review card could not be read: ${String(err).slice(0, 200)}`);
    }
  }
  return out;
}
