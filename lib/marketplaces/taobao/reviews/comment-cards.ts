import type { Review } from '../../../schema';
import { textOf } from '../../shared/dom';
import { byName, firstByName } from '../dom/class-index';
import { parseChineseDate } from '../parse/dates';
import { REVIEW_NAMES } from '../selectors/reviews';

/**
 * A 2024–26 review card (`--Comment--`), in the preview section or the opened `--leftDrawer--`:
 * `--userName--` (masked nick), `--meta--` "2025年3月5日 · 颜色分类:黑色;尺码:M", `--header--` "已购：…",
 * `--content--`, `--photo--` images, and an `--append--` block ("15天后追评" + its own `--content--`).
 */
export function readCommentCard(card: Element): Review | undefined {
  const append = firstByName(card, REVIEW_NAMES.append);
  const outside = (el: Element) => !append || !append.contains(el);
  const body = textOf(REVIEW_NAMES.content.flatMap((n) => byName(card, n)).find(outside));
  const author = textOf(firstByName(card, REVIEW_NAMES.userName));
  if (!body && !author) return undefined;
  const review: Review = {};
  const id = card.getAttribute('data-id') ?? card.getAttribute('data-rate-id');
  if (id && /^\w{1,64}$/.test(id)) review.id = id;
  if (body) review.body = body;
  if (author) review.author = author;
  const meta = textOf(firstByName(card, REVIEW_NAMES.meta));
  const [datePart, ...rest] = meta.split(/\s*[·•|]\s*/);
  if (datePart) {
    review.dateText = datePart;
    const iso = parseChineseDate(datePart);
    if (iso) review.date = iso;
  }
  const bought = /已购[:：]?\s*(.+)$/.exec(textOf(firstByName(card, REVIEW_NAMES.header)))?.[1];
  const variant = rest.join(' · ').trim() || bought?.trim();
  if (variant) review.variant = variant.slice(0, 500);
  const photos = REVIEW_NAMES.photo
    .flatMap((n) => byName(card, n))
    .filter(outside)
    .reduce((n, el) => n + (el.tagName === 'IMG' ? 1 : el.querySelectorAll('img').length || 1), 0);
  if (photos) review.photos = photos;
  if (append) {
    const text = textOf(firstByName(append, REVIEW_NAMES.content)) || textOf(append).replace(/^\S*追评\s*/, '');
    if (text) review.followUp = text;
  }
  return review;
}
