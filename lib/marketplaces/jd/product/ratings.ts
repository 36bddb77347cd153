import type { ReviewTag } from '../../../schema';
import { textOf } from '../../shared/dom';
import { parseCount, toAsciiDigits } from '../../shared/numbers';
import { directText, shown } from '../dom';
import { FILTER_TAB, LEGACY_COUNT, OVERLAY, RATE_CARD, LEGACY_ITEM, REVIEW_SECTION_IDS } from '../selectors/reviews';
import type { JdPage } from '../page';
import { parseReviewCount } from '../text';

const MAX_SCAN = 600;
const MAX_TAGS = 100;

/** 2013–15 grade sprite `span.star.sa5` = 5 stars; `sa0` = no rating yet (shown with an empty count). */
export function spriteRating(doc: Document): number | undefined {
  const star = doc.getElementById('summary-grade')?.querySelector('.star');
  const m = /\bsa([1-5])\b/.exec(star?.getAttribute('class') ?? '');
  return m ? Number(m[1]) : undefined;
}

/** `(已有10870人评价)` (2013–15), `#comment-count .count` "2万+" (2016–20). */
export function legacyReviewCount(page: JdPage): number | undefined {
  for (const anchor of LEGACY_COUNT) {
    for (const el of page.index().query(anchor)) {
      const text = textOf(el);
      if (/\d/.test(text) && shown(el)) return parseReviewCount(text);
    }
  }
  return undefined;
}

/** The review sections' summary elements in document order, cards and the overlay left out (bounded). */
function summaryElements(doc: Document): Element[] {
  const out: Element[] = [];
  for (const id of REVIEW_SECTION_IDS) {
    const section = doc.getElementById(id);
    if (!section) continue;
    for (const el of Array.from(section.querySelectorAll('*'))) {
      if (out.length >= MAX_SCAN) break;
      if (!el.closest(`${RATE_CARD.card}, ${LEGACY_ITEM.card}, ${OVERLAY}`)) out.push(el);
    }
  }
  return out;
}

/**
 * A count line of the 2025–26 summary: `商品评价 100+`, `用户评价·500+`, `全部评价(2万+)`.
 * A zero is skipped: older pages ship the tab as `全部评价<em>(0)</em>` and fill it after
 * load, so 0 there is a placeholder, not a count (the legacy count says 10870).
 */
export function summaryReviewCount(doc: Document): number | undefined {
  for (const el of summaryElements(doc)) {
    const m = /^(?:商品评价|买家评价|用户评价|累计评价|全部评价|全部|评价)\s*[·•(（]?\s*(\d[\d.]*\s*[万亿]?)\s*\+?\s*[)）]?$/.exec(toAsciiDigits(textOf(el)));
    const count = m && shown(el) ? parseCount(m[1]!) : undefined;
    if (count) return count;
  }
  return undefined;
}

/** Tag chips with counts (`外观漂亮 108`, `质量很好(1万+)`); filter tabs are not tags. */
export function summaryTags(doc: Document): ReviewTag[] | undefined {
  const out: ReviewTag[] = [];
  const seen = new Set<string>();
  for (const el of summaryElements(doc)) {
    if (!/tag/i.test(el.getAttribute('class') ?? '') && !el.closest('.tag-list')) continue;
    const tag = chip(el);
    if (!tag || seen.has(tag.text) || !shown(el)) continue;
    // Only the innermost chip: a list wrapper's text is several chips run together.
    if (Array.from(el.children).some((c) => chip(c))) continue;
    seen.add(tag.text);
    out.push(tag);
    if (out.length >= MAX_TAGS) break;
  }
  return out.length ? out : undefined;
}

function chip(el: Element): ReviewTag | undefined {
  const text = toAsciiDigits(textOf(el));
  const m = /^(\D.{0,19}?)\s*[(（]?\s*(\d[\d.]*\s*[万亿]?)\+?\s*[)）]?$/.exec(text);
  const label = (m?.[1] ?? directText(el)).trim();
  if (!m || !label || FILTER_TAB.test(label) || /^\d/.test(label)) return undefined;
  const count = parseCount(m[2]!);
  return count === undefined ? { text: label } : { text: label, count };
}
