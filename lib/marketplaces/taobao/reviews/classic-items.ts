import type { Review } from '../../../schema';
import { textOf } from '../../shared/dom';
import { parseCount } from '../../shared/numbers';
import { parseChineseDate } from '../parse/dates';
import { CLASSIC_REVIEWS } from '../selectors/reviews';

/**
 * Classic Taobao list item:
 * `<li id="review-307829304339" class="J_KgRate_ReviewItem"><div class="from-whom"><div>闵***6</div>` …
 * `<div class="J_KgRate_ReviewContent">不错…</div>` … `<span class="tb-r-date">2017年04月20日 09:05</span>颜色分类：白色 尺码：M`,
 * and a `.tb-rev-item-append` block `[追加评论] …` for the follow-up. No per-review stars on Taobao.
 */
export function readClassicItem(li: Element): Review | undefined {
  const body = textOf(li.querySelector(CLASSIC_REVIEWS.body));
  const author = textOf(li.querySelector(CLASSIC_REVIEWS.author));
  const dateText = textOf(li.querySelector(CLASSIC_REVIEWS.date));
  if (!body && !author) return undefined;
  const review: Review = {};
  const id = /(\d{6,})/.exec(li.getAttribute('id') ?? '')?.[1];
  if (id) review.id = id;
  if (body) review.body = body;
  if (author) review.author = author;
  if (dateText) {
    review.dateText = dateText;
    const iso = parseChineseDate(dateText);
    if (iso) review.date = iso;
  }
  const info = textOf(li.querySelector(CLASSIC_REVIEWS.info));
  const variant = info.startsWith(dateText) ? info.slice(dateText.length).trim() : '';
  if (variant) review.variant = variant.slice(0, 500);
  const photos = li.querySelectorAll(CLASSIC_REVIEWS.photos).length;
  if (photos) review.photos = photos;
  const append = li.querySelector(CLASSIC_REVIEWS.append);
  if (append) {
    const marker = textOf(append.querySelector(CLASSIC_REVIEWS.appendMarker));
    const text = textOf(append).replace(marker, '').trim();
    if (text) review.followUp = text;
  }
  const useful = parseCount(textOf(li.querySelector(CLASSIC_REVIEWS.useful)));
  if (useful !== undefined) review.helpfulVotes = useful;
  return review;
}
