import { fold } from '../analyses/reviews/lexicon/compile';
import type { PageRead, ProductKey, Review } from '../schema';
import { hashText } from './fingerprint';
import type { ReviewRow } from './schema';

/**
 * Stored reviews of tracked products (v4), pure builders shared by capture, the v4 upgrade
 * and the import.
 *
 * MAX_REVIEWS_PER_PRODUCT bounds one product's rows: a read holds at most 500 reviews
 * (PageReadSchema), and past the bound the reviews least recently seen go first — those
 * the product's pages stopped showing. 2,000 reviews of ~1 KB each is ~2 MB per product.
 */
export const MAX_REVIEWS_PER_PRODUCT = 2000;

/**
 * A review's identity within its product: the page's review id, else a hash of its folded
 * title and body, author and date. The follow-up (追评) is left out: adding one must not
 * make the review a new one. An edit of an id-less review does make a new row — there is
 * nothing else to recognise it by.
 */
export function reviewKeyOf(review: Review): string {
  if (review.id) return `id:${review.id}`;
  const text = fold([review.title, review.body].filter(Boolean).join('\n')).replace(/\s+/g, ' ').trim();
  return `h:${hashText([text, review.author ?? '', review.date ?? ''].join('\u0000'))}`;
}

/** The rows a read of a product's reviews gives (one per distinct review; the page's last copy wins). */
export function reviewRowsOf(key: ProductKey, read: PageRead, productId: string): ReviewRow[] {
  const readAtMs = Date.parse(read.readAt);
  const rows = new Map<string, ReviewRow>();
  for (const review of read.reviews ?? []) {
    const reviewKey = reviewKeyOf(review);
    rows.set(reviewKey, { productKey: key, reviewKey, marketplace: read.marketplace, productId, firstSeenMs: readAtMs, lastSeenMs: readAtMs, review });
  }
  return [...rows.values()];
}

/** One review seen again: first seen the earliest, last seen the latest, the newer copy's text. */
export function mergeReviewRow(here: ReviewRow, seen: ReviewRow): ReviewRow {
  const newer = seen.lastSeenMs >= here.lastSeenMs ? seen : here;
  return {
    ...here,
    firstSeenMs: Math.min(here.firstSeenMs, seen.firstSeenMs),
    lastSeenMs: Math.max(here.lastSeenMs, seen.lastSeenMs),
    review: newer.review,
  };
}
