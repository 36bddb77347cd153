import type { Review, ReviewTag } from '../../../schema';
import { collapse } from '../../shared/dom';
import { parseCount } from '../../shared/numbers';
import { isObject, type JsObject } from '../page-state';
import { DEFAULT_REVIEW_TEXT } from '../selectors/reviews';
import { isoDate } from './review-date';

/**
 * JD's comment data, the `productPageComments` response (club.jd.com, ≤2023 and still
 * served, J18): `comments[]`, `productCommentSummary`, `hotCommentTagStatistics[]`. Pure:
 * it parses text or an object and never runs the JSONP.
 */
export interface JdCommentData {
  productId?: string;
  rating?: number;
  reviewCount?: number;
  reviewTags?: ReviewTag[];
  reviews: Review[];
}

const MAX_TEXT = 5_000_000;
const MAX_REVIEWS = 500;

/** A JSON or JSONP (`fetchJSON_comment98({…});`) response text; undefined when it is neither. */
export function parseCommentsText(text: string): JdCommentData | undefined {
  const t = text.slice(0, MAX_TEXT).trim();
  // JSONP: a callback name, `(`, the JSON, `)` and an optional `;`.
  const callback = /^[\w$.]+\s*\(/.exec(t);
  const json = callback ? t.slice(callback[0].length, t.replace(/\)\s*;?\s*$/, '').length) : t;
  try {
    const data: unknown = JSON.parse(json);
    return isObject(data) ? commentsFromObject(data) : undefined;
  } catch {
    return undefined;
  }
}

/** The fields of a parsed response; undefined when it has no comment data at all. */
export function commentsFromObject(data: JsObject): JdCommentData | undefined {
  const summary = isObject(data.productCommentSummary) ? data.productCommentSummary : undefined;
  const comments = Array.isArray(data.comments) ? data.comments.filter(isObject) : undefined;
  if (!summary && !comments) return undefined;
  const out: JdCommentData = { reviews: (comments ?? []).slice(0, MAX_REVIEWS).map(toReview) };
  const id = scalar(summary?.productId) ?? scalar(summary?.skuId) ?? scalar(comments?.[0]?.referenceId);
  if (id && /^\d{5,14}$/.test(id)) out.productId = id;
  const average = typeof summary?.averageScore === 'number' ? summary.averageScore : undefined;
  if (average !== undefined && average > 0 && average <= 5) out.rating = average;
  const count = reviewCount(summary);
  if (count !== undefined) out.reviewCount = count;
  const tags = (Array.isArray(data.hotCommentTagStatistics) ? data.hotCommentTagStatistics : []).filter(isObject).flatMap(toTag);
  if (tags.length) out.reviewTags = tags.slice(0, 100);
  return out;
}

/** `commentCount` is 0 in many responses while `commentCountStr` says "100万+": the larger wins. */
function reviewCount(summary: JsObject | undefined): number | undefined {
  if (!summary) return undefined;
  const exact = typeof summary.commentCount === 'number' ? summary.commentCount : undefined;
  const shown = typeof summary.commentCountStr === 'string' ? parseCount(summary.commentCountStr) : undefined;
  const all = [exact, shown].filter((n): n is number => n !== undefined && Number.isSafeInteger(n) && n >= 0);
  return all.length ? Math.max(...all) : undefined;
}

function toReview(c: JsObject): Review {
  const r: Review = {};
  const id = scalar(c.id) ?? scalar(c.guid);
  if (id) r.id = id.slice(0, 64);
  if (typeof c.score === 'number' && c.score >= 1 && c.score <= 5) r.rating = c.score;
  const body = typeof c.content === 'string' ? c.content.trim() : '';
  if (body && !DEFAULT_REVIEW_TEXT.test(body)) r.body = body;
  const when = scalar(c.creationTime);
  if (when) {
    r.dateText = when;
    const iso = isoDate(when);
    if (iso) r.date = iso;
  }
  const nick = scalar(c.nickname);
  if (nick) r.author = nick;
  const variant = [scalar(c.productColor), scalar(c.productSize)].filter(Boolean).map((v) => collapse(v!)).join(' ');
  if (variant) r.variant = variant;
  if (typeof c.usefulVoteCount === 'number' && c.usefulVoteCount >= 0) r.helpfulVotes = c.usefulVoteCount;
  const photos = (Array.isArray(c.images) ? c.images.length : 0) + (Array.isArray(c.videos) ? c.videos.length : 0);
  if (photos > 0) r.photos = photos;
  const after = isObject(c.afterUserComment) ? c.afterUserComment : undefined;
  const nested = isObject(after?.hAfterUserComment) ? after.hAfterUserComment : undefined;
  const followUp = scalar(after?.content) ?? scalar(nested?.content);
  if (followUp) r.followUp = followUp;
  return r;
}

function toTag(t: JsObject): ReviewTag[] {
  const text = scalar(t.name);
  if (!text) return [];
  return typeof t.count === 'number' && t.count >= 0 ? [{ text, count: Math.round(t.count) }] : [{ text }];
}

function scalar(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
