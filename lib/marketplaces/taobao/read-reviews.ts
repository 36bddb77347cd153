import type { Review } from '../../schema';
import type { FieldReader } from '../shared/field-reader';
import { allIn } from './dom/scoped';
import type { TaobaoPageContext } from './page-context';
import { readClassicItem } from './reviews/classic-items';
import { readCommentCard } from './reviews/comment-cards';
import { CLASSIC_REVIEWS, REVIEW_NAMES } from './selectors/reviews';

/** Schema bound; a drawer scrolled far can hold hundreds of cards. */
const MAX_REVIEWS = 500;

/**
 * Reviews rendered inside an item page: the classic loaded list (counted even inside a hidden
 * tab: it is the page's list, only the tab is not shown), else today's preview cards plus the
 * opened drawer, one review per card (the drawer repeats the preview's reviews).
 * No reviews on the page is normal (they load on demand): an empty list, not an issue.
 */
export function readItemReviews(doc: Document, ctx: TaobaoPageContext, r: FieldReader): Review[] {
  const classic = classicItems(doc, ctx);
  if (classic.length) {
    r.provenance.reviews = 'classic-review-list';
    return keep(classic.map(readClassicItem), r, classic.length);
  }
  const cards = ctx.classes().roots(REVIEW_NAMES.card);
  if (cards.length === 0) return [];
  r.provenance.reviews = 'comment-cards';
  return keep(dedupe(cards.map(readCommentCard)), r, cards.length);
}

function classicItems(doc: Document, ctx: TaobaoPageContext): Element[] {
  for (const id of CLASSIC_REVIEWS.roots) {
    const items = allIn(doc, [id, CLASSIC_REVIEWS.item]);
    if (items.length) return items;
  }
  return ctx.isClassic() ? Array.from(doc.querySelectorAll(CLASSIC_REVIEWS.item)) : [];
}

function keep(reads: Array<Review | undefined>, r: FieldReader, found: number): Review[] {
  const reviews = reads.filter((x): x is Review => !!x);
  if (reviews.length < reads.length) {
    r.issue('reviews', 'unparseable', `${reads.length - reviews.length} of ${found} review cards had no text or author`);
  }
  return reviews.slice(0, MAX_REVIEWS);
}

function dedupe(reads: Array<Review | undefined>): Array<Review | undefined> {
  const seen = new Set<string>();
  return reads.filter((x) => {
    if (!x) return true;
    const key = `${x.author ?? ''}|${x.dateText ?? ''}|${x.body ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
