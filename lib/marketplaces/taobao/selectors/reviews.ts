/**
 * Review markup inside item pages. Classic Taobao renders the loaded list as `li.J_KgRate_ReviewItem`
 * (often inside a `display:none` tab, still the list); today's pages show ~2 preview `--Comment--`
 * cards under 用户评价 and the full list in a `--leftDrawer--` opened by `--ShowButton--`.
 */
export const CLASSIC_REVIEWS = {
  /** Taobao's review tab (`#reviews`), Tmall's (`#J_Reviews`). */
  roots: ['reviews', 'J_Reviews'],
  item: 'li.J_KgRate_ReviewItem',
  /** The first `.tb-rev-item` is the review, a `.tb-rev-item-append` the follow-up (追评). */
  body: '.tb-rev-item:not(.tb-rev-item-append) .J_KgRate_ReviewContent',
  append: '.tb-rev-item-append .J_KgRate_ReviewContent',
  appendMarker: '.tb-tbcr-bracketed',
  photos: '.tb-rev-item:not(.tb-rev-item-append) .tb-rev-item-media img',
  date: '.tb-rev-item:not(.tb-rev-item-append) .tb-r-date',
  info: '.tb-rev-item:not(.tb-rev-item-append) .tb-r-info',
  author: '.from-whom > div',
  useful: '.J_KgRate_UsefulNum',
} as const;

/** Hashed element names of today's review cards. */
export const REVIEW_NAMES = {
  card: 'Comment',
  userName: ['userName'],
  meta: ['meta'],
  header: ['header'],
  content: ['content'],
  photo: ['photo'],
  append: ['append'],
  summary: ['tabTitleItem', 'commentTitle', 'rateTitle'],
} as const;
