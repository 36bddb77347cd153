import type { Anchored } from '../class-index';

/** JD review markup inside item pages (modern-layouts.md §7) and the legacy `#comment` list. */

/** Review sections: 2025–26 `#rateList` (J15c, J17b), 2013–23 `#comment` / `#comments-list`. */
export const REVIEW_SECTION_IDS = ['rateList', 'comment', 'comments-list'] as const;

/** The 2025–26 full-list overlay opened by `.all-btn` 全部评价 (J15c, J17c). */
export const OVERLAY_CLASS = 'jdc-page-overlay';
export const OVERLAY = `.${OVERLAY_CLASS}`;
/** Its virtual-list rows (only visible rows exist): `[class*="_listItem_"][data-index]` (J17b, J17d). */
export const OVERLAY_ROW = '[data-index]';

export const RATE_CARD = {
  card: '.jdc-pc-rate-card',
  nick: '.jdc-pc-rate-card-nick',
  stars: '.jdc-pc-rate-card-star',
  fullStar: '.jdc-icon-star-full',
  date: '.jdc-pc-rate-card-info .date',
  sku: '.jdc-pc-rate-card-info .info',
  text: '.jdc-pc-rate-card-main-desc',
  photos: '.jdc-pc-rate-card-main-imgs img',
} as const;

/** 2013–23 `.comment-item` (J15c, J18). */
export const LEGACY_ITEM = {
  card: '.comment-item',
  user: '.user-info',
  star: '.comment-star',
  text: '.comment-con',
  order: '.order-info',
  photos: '.pic-list img, .J-pic-list img',
  followUp: '.append-comment .comment-con',
  helpful: '.J-nice',
} as const;

/** JD's placeholder for a rating without text (J17): not the buyer's words. */
export const DEFAULT_REVIEW_TEXT = /^此用户未(填写|及时填写)评价内容|^该用户未(填写|及时填写)评价内容/;


/** Filter tabs (全部 / 图/视频 / 追评 / 好评 / 中评 / 差评, J17e) — counts, but not review tags. */
export const FILTER_TAB = /^(全部|全部评价|好评|中评|差评|追评|有图|图\/视频|视频|晒图|最新|默认|当前商品|只看当前商品|问大家|买家秀)$/;

/** 2013–20 item-page count: `#summary-grade a` "(已有10870人评价)", `#comment-count .count`. */
export const LEGACY_COUNT: readonly Anchored[] = [
  { id: 'summary-grade', find: 'a' }, // 2013–15
  { id: 'comment-count', find: '.count' }, // 2016–20 `a.count.J-comm-<sku>`
  { id: 'comment-count', find: 'a' },
];
