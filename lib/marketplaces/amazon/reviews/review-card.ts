import type { Review } from '../../../schema';
import { isHidden } from '../../shared/dom';
import { parseRating } from '../../shared/numbers';
import { REVIEW_FIELDS, VERIFIED_TEXT } from '../selectors/reviews';
import { parseHelpfulVotes } from './helpful-votes';
import { parseReviewDate } from './review-date';
import { visibleBlock, visibleLine, visibleStrip } from './review-text';

/**
 * Reads one review card of the hooked (2016–2026), camelCase (2025–26) or AUI (2014–16)
 * layouts. Each field is the first visible match inside the card: later copies (image
 * lightboxes, media popovers) repeat the review and must not win.
 */
export function readReviewCard(card: Element): Review {
  const dateEl = first(card, REVIEW_FIELDS.date) ?? looseDate(card);
  const dateText = visibleLine(dateEl);
  return compact({
    id: reviewId(card),
    rating: cardRating(card),
    title: visibleLine(first(card, REVIEW_FIELDS.title), REVIEW_FIELDS.titleExclude),
    body: visibleBlock(first(card, REVIEW_FIELDS.body), REVIEW_FIELDS.bodyExclude),
    date: parseReviewDate(dateText),
    dateText,
    author: visibleLine(first(card, REVIEW_FIELDS.author)),
    verified: verified(card),
    variant: visibleStrip(first(card, REVIEW_FIELDS.variant)),
    helpfulVotes: parseHelpfulVotes(visibleLine(first(card, REVIEW_FIELDS.helpful))),
  });
}

/** The first visible element inside `card` for the first selector that has one. */
export function first(card: Element, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    for (const el of Array.from(card.querySelectorAll(selector))) {
      if (!isHidden(el, card)) return el;
    }
  }
  return undefined;
}

const REVIEW_ID = /(?:^|[-_])(R[0-9A-Z]{6,20})$/;

/** `data-reviewid`, or the card's own id (`R2XWT91Z55S2B7`, `rev-dpReviewsMostHelpfulAUI-R…`). */
function reviewId(card: Element): string | undefined {
  const data = card.getAttribute('data-reviewid')?.trim();
  if (data && /^R[0-9A-Z]{6,20}$/.test(data)) return data;
  const own = REVIEW_ID.exec(card.id)?.[1];
  if (own) return own;
  const inner = card.querySelector('[data-reviewid], [id^="customer_review"]');
  return inner?.getAttribute('data-reviewid') ?? REVIEW_ID.exec(inner?.id ?? '')?.[1];
}

/** Star text ("4,0 von 5 Sternen", "5つ星のうち4.0"), else the star class (`a-star-4`, `a-star-4-5`). */
function starRating(el: Element | undefined): number | undefined {
  if (!el) return undefined;
  const alt = el.querySelector('.a-icon-alt')?.textContent ?? el.getAttribute('title') ?? el.getAttribute('alt') ?? '';
  const fromText = /\d/.test(alt) ? parseRating(alt) : undefined;
  if (fromText !== undefined) return fromText;
  const m = /\ba-star-(?:medium-|small-|mini-)?(\d)(?:-(5))?\b/.exec(el.getAttribute('class') ?? '');
  return m ? Number(m[1]) + (m[2] ? 0.5 : 0) : undefined;
}

function cardRating(card: Element): number | undefined {
  return starRating(first(card, REVIEW_FIELDS.rating));
}

function verified(card: Element): boolean {
  if (first(card, REVIEW_FIELDS.verified)) return true;
  const loose = card.querySelector(REVIEW_FIELDS.looseVerified);
  return !!loose && VERIFIED_TEXT.test(loose.textContent ?? '');
}

/**
 * AUI cards have no date hook: the shortest secondary span whose text is a date (the
 * outer "By X on February 12, 2014" span holds the inner "on February 12, 2014" one).
 */
function looseDate(card: Element): Element | undefined {
  let best: { el: Element; length: number } | undefined;
  for (const el of Array.from(card.querySelectorAll(REVIEW_FIELDS.looseDate))) {
    const text = visibleLine(el);
    if (!text || text.length >= 80 || !parseReviewDate(text)) continue;
    if (!best || text.length < best.length) best = { el, length: text.length };
  }
  return best?.el;
}

/** Drops undefined fields, so a read holds only what the page showed. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out as T;
}
