import type { Review } from '../../../schema';
import { parseRating } from '../../shared/numbers';
import { LEGACY_FIELDS, REVIEW_FIELDS } from '../selectors/reviews';
import type { LegacyReview } from './find-cards';
import { parseHelpfulVotes } from './helpful-votes';
import { compact, first } from './review-card';
import { parseReviewDate } from './review-date';
import { looseBlock, visibleLine } from './review-text';

/**
 * Reads a 2010 review block (e.g. http://www.amazon.com/review/RWUN3MGC1ZIPB). Its rows:
 * an optional "51 of 55 people found the following review helpful:" line, then the stars
 * with the bold title and the `<nobr>` date, "By <author>", an optional verified stripe,
 * "This review is from: …", then the body as loose text, then the voting footer.
 */
export function readLegacyReview({ id, block }: LegacyReview): Review {
  const stars = starElement(block);
  // The row holding the stars also holds the title and the date.
  const starRow = stars?.closest('div') ?? undefined;
  const row = starRow && block.contains(starRow) ? starRow : block;
  // Only the star row's <b> and <nobr> are the title and date: without that row, the
  // block's first ones belong to other rows (the verified stripe's "Amazon Verified
  // Purchase", the voting footer's "Was this review helpful to you?").
  const inRow = (selector: string) => (row === block ? undefined : visibleLine(row.querySelector(selector)));
  const dateText = inRow(LEGACY_FIELDS.date);
  return compact({
    id,
    rating: stars ? ratingOf(stars) : undefined,
    title: inRow(LEGACY_FIELDS.title),
    body: looseBlock(block),
    date: parseReviewDate(dateText),
    dateText,
    author: visibleLine(first(block, REVIEW_FIELDS.author)),
    verified: block.querySelector(LEGACY_FIELDS.verified) !== null,
    helpfulVotes: helpfulAbove(block, row),
  });
}

/** The star sprite or image: its title/alt reads "4.0 out of 5 stars" (two numbers). */
function starElement(block: Element): Element | undefined {
  for (const el of Array.from(block.querySelectorAll(LEGACY_FIELDS.stars))) {
    const label = el.getAttribute('title') ?? el.getAttribute('alt') ?? '';
    if (/\d.*\d/.test(label) && ratingOf(el) !== undefined) return el;
  }
  return undefined;
}

function ratingOf(el: Element): number | undefined {
  return parseRating(el.getAttribute('title') ?? el.getAttribute('alt') ?? '');
}

/** The helpful-votes line is the row right above the stars, when there is one. */
function helpfulAbove(block: Element, starRow: Element): number | undefined {
  if (starRow === block) return undefined;
  let row: Element | null = starRow;
  while (row && row.parentElement !== block) row = row.parentElement;
  const above = row?.previousElementSibling;
  return above ? parseHelpfulVotes(visibleLine(above)) : undefined;
}
