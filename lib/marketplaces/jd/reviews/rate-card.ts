import type { Review } from '../../../schema';
import { textOf } from '../../shared/dom';
import { parseCount } from '../../shared/numbers';
import { RATE_CARD, DEFAULT_REVIEW_TEXT } from '../selectors/reviews';
import { isoDate } from './review-date';

/**
 * One 2025–26 `.jdc-pc-rate-card` (preview in `#rateList` or a row of the overlay list):
 * nick, stars (one `.jdc-icon-star-full` per star), `.date` and SKU line, text, photo
 * thumbnails (J15c, J17, J17b, J17d, J17e). JD's default text for a rating without words
 * (此用户未填写评价内容) is not the buyer's text, so it gives no body.
 */
export function readRateCard(card: Element): Review {
  const r: Review = {};
  const author = textOf(card.querySelector(RATE_CARD.nick));
  if (author) r.author = author;
  const stars = card.querySelector(RATE_CARD.stars);
  if (stars) {
    const full = stars.querySelectorAll(RATE_CARD.fullStar).length;
    const label = /(\d)\s*星|(\d)(?:\.0)?\s*分/.exec(stars.getAttribute('aria-label') ?? stars.getAttribute('title') ?? '');
    const rating = full || (label ? Number(label[1] ?? label[2]) : 0);
    if (rating >= 1 && rating <= 5) r.rating = rating;
  }
  const dateText = textOf(card.querySelector(RATE_CARD.date));
  if (dateText) {
    r.dateText = dateText;
    const iso = isoDate(dateText);
    if (iso) r.date = iso;
  }
  const variant = textOf(card.querySelector(RATE_CARD.sku));
  if (variant) r.variant = variant;
  const body = textOf(card.querySelector(RATE_CARD.text));
  if (body && !DEFAULT_REVIEW_TEXT.test(body)) r.body = body;
  const photos = card.querySelectorAll(RATE_CARD.photos).length;
  if (photos > 0) r.photos = photos;
  const id = card.getAttribute('data-id') ?? card.getAttribute('data-guid');
  if (id && /^[\w-]{1,64}$/.test(id)) r.id = id;
  const helpful = card.querySelector('[class*="like"], [class*="useful"], [class*="praise"]');
  const votes = helpful ? parseCount(textOf(helpful)) : undefined;
  if (votes !== undefined) r.helpfulVotes = votes;
  return r;
}
