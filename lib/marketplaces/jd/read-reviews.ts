import type { Product, Review } from '../../schema';
import type { FieldReader } from '../shared/field-reader';
import { shown } from './dom';
import type { JdPage } from './page';
import { objectWithKey } from './page-state';
import { commentsFromObject, parseCommentsText, type JdCommentData } from './reviews/comments-json';
import { readLegacyItem } from './reviews/legacy-item';
import { readRateCard } from './reviews/rate-card';
import { LEGACY_ITEM, OVERLAY, OVERLAY_CLASS, OVERLAY_ROW, RATE_CARD } from './selectors/reviews';

const MAX_REVIEWS = 500;

/**
 * Reviews rendered inside an item page, in page order: the opened 全部评价 overlay's rows
 * when it is shown (it lists what the preview lists and more), else the `#rateList`
 * preview cards, else the legacy `#comment` items, else comment data a script embeds.
 * None is normal (JD loads them after the page), so a miss is optional.
 */
export function readItemReviews(page: JdPage, r: FieldReader, embedded: () => JdCommentData | undefined): Review[] | undefined {
  const { doc } = page;
  return r.pick('reviews', 'missing-optional', [
    { name: 'overlay-rows', read: () => overlayRows(page) },
    { name: 'rate-list-preview', read: () => cardsIn(doc, 'rateList') },
    { name: 'comment-items', read: () => legacyItems(doc) },
    { name: 'embedded-comment-data', read: () => embedded()?.reviews },
  ]);
}

/** `productPageComments` data embedded in a script of the page (parsed once per read). */
export function embeddedCommentData(page: JdPage): JdCommentData | undefined {
  const obj = objectWithKey(page.scripts(), 'productCommentSummary');
  return obj ? commentsFromObject(obj) : undefined;
}

function overlayRows(page: JdPage): Review[] | undefined {
  const overlay = page.index().all(OVERLAY_CLASS).find((el) => shown(el));
  if (!overlay) return undefined;
  const rows = Array.from(overlay.querySelectorAll(OVERLAY_ROW))
    .filter((row) => row.querySelector(RATE_CARD.card) || row.matches(RATE_CARD.card))
    .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')));
  const cards = rows.length
    ? rows.map((row) => (row.matches(RATE_CARD.card) ? row : row.querySelector(RATE_CARD.card)!))
    : Array.from(overlay.querySelectorAll(RATE_CARD.card));
  return cards.slice(0, MAX_REVIEWS).map(readRateCard);
}

function cardsIn(doc: Document, id: string): Review[] | undefined {
  const section = doc.getElementById(id);
  if (!section) return undefined;
  const cards = Array.from(section.querySelectorAll(RATE_CARD.card)).filter((c) => !c.closest(OVERLAY) && shown(c, section));
  return cards.slice(0, MAX_REVIEWS).map(readRateCard);
}

function legacyItems(doc: Document): Review[] | undefined {
  for (const id of ['comment', 'comments-list']) {
    const items = Array.from(doc.getElementById(id)?.querySelectorAll(LEGACY_ITEM.card) ?? []);
    if (items.length) return items.slice(0, MAX_REVIEWS).map(readLegacyItem);
  }
  return undefined;
}

/**
 * A `productPageComments` response opened as a page (club.jd.com): the browser shows the
 * JSON as text; it is parsed, never run. The product is the one the data names.
 */
export function readCommentsPage(doc: Document, url: URL, r: FieldReader): { product?: Product; reviews?: Review[] } {
  const text = doc.body?.textContent ?? doc.documentElement?.textContent ?? '';
  const data = parseCommentsText(text);
  if (!data) {
    r.issue('reviews', 'missing-required', 'No comment data in the page text', ['productPageComments-json']);
    return {};
  }
  r.provenance.reviews = 'productPageComments-json';
  // e.g. https://club.jd.com/comment/productPageComments.action?productId=100047982391&score=0&page=0
  const id = url.searchParams.get('productId') ?? data.productId;
  const product: Product | undefined = id && /^\d{5,14}$/.test(id)
    ? { id, rating: data.rating, reviewCount: data.reviewCount, reviewTags: data.reviewTags }
    : undefined;
  if (!product) r.issue('product.id', 'missing-required', 'The comment data names no product', ['url-productId', 'summary-productId']);
  return { product: product && dropUndefined(product), reviews: data.reviews };
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
