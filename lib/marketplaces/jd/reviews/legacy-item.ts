import type { Review } from '../../../schema';
import { textOf } from '../../shared/dom';
import { parseCount } from '../../shared/numbers';
import { DEFAULT_REVIEW_TEXT, LEGACY_ITEM } from '../selectors/reviews';
import { isoDate } from './review-date';

/**
 * One 2013–23 `.comment-item` (J15c, J18): `.user-info` nick, `.comment-star.star5`,
 * `.comment-con` text, `.order-info` spans (variant values, then the date), photo
 * thumbnails, an `.append-comment` 追评 and the `.J-nice` helpful count.
 */
export function readLegacyItem(item: Element): Review {
  const r: Review = {};
  const author = textOf(item.querySelector(LEGACY_ITEM.user));
  if (author) r.author = author;
  const star = /\bstar(\d)\b/.exec(item.querySelector(LEGACY_ITEM.star)?.getAttribute('class') ?? '');
  if (star && Number(star[1]) >= 1 && Number(star[1]) <= 5) r.rating = Number(star[1]);
  const body = Array.from(item.querySelectorAll(LEGACY_ITEM.text)).find((el) => !el.closest('.append-comment'));
  const text = textOf(body);
  if (text && !DEFAULT_REVIEW_TEXT.test(text)) r.body = text;
  const parts = Array.from(item.querySelector(LEGACY_ITEM.order)?.children ?? []).map((s) => textOf(s)).filter(Boolean);
  const dateAt = parts.findIndex((p) => isoDate(p));
  if (dateAt >= 0) {
    r.dateText = parts[dateAt];
    r.date = isoDate(parts[dateAt]);
  }
  const variant = parts.filter((_, i) => i !== dateAt).join(' ');
  if (variant) r.variant = variant;
  const photos = item.querySelectorAll(LEGACY_ITEM.photos).length;
  if (photos > 0) r.photos = photos;
  const followUp = textOf(item.querySelector(LEGACY_ITEM.followUp));
  if (followUp) r.followUp = followUp;
  const votes = parseCount(textOf(item.querySelector(LEGACY_ITEM.helpful)));
  if (votes !== undefined) r.helpfulVotes = votes;
  const guid = item.getAttribute('data-guid');
  if (guid && /^[\w-]{1,64}$/.test(guid)) r.id = guid;
  return r;
}
