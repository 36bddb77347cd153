import type { Anchored } from '../class-index';

/**
 * Listing parts of JD item pages (issue #10): gallery, 商品介绍 detail, badges, promotion
 * lines, delivery and 商品问答. Generations as in product.ts: 2013–15 static page (our
 * real saves), 2016–20 `.itemInfo-wrap` page, 2025–26 React page (modern-layouts.md §5).
 */

/** Gallery thumbnails; each `img` is one picture. */
export const GALLERY_THUMBS: readonly Anchored[] = [
  { id: 'spec-list', find: 'img' }, // 2013–20 `#spec-list li img[data-url]`
  { fragment: '_gallery', find: '[class*="_thumb"] img' }, // 2025–26 hashed gallery strip (`_thumbs_116km_5`)
];

/** Video entries of the gallery (主图视频). */
export const GALLERY_VIDEOS: readonly Anchored[] = [
  { fragment: '_gallery', find: '[class*="_video"]' }, // 2025–26 hashed video thumbnail (`_video_116km_9`) inside the gallery
  { id: 'v-video' }, // 2019–20 `#v-video` play button over the main image
];

/** The hero image and where its largest URL sits. */
export const MAIN_IMAGE: readonly { anchor: Anchored; attrs: readonly string[] }[] = [
  { anchor: { id: 'spec-n1', find: 'img' }, attrs: ['jqimg', 'data-origin', 'src'] }, // 2013–20 (`jqimg` = the n0 original)
  { anchor: { id: 'spec-img' }, attrs: ['data-origin', 'src'] }, // 2016–20 `#spec-img`
  { anchor: { fragment: '_gallery', find: '[class*="_main"] img' }, attrs: ['data-origin', 'data-src', 'src'] }, // 2025–26 hashed main picture
];

/** The 商品介绍 (详情) block; its images are the rich content. */
export const DETAIL: readonly Anchored[] = [
  { id: 'J-detail-content' }, // 2016–20
  { cls: 'detail-content' }, // 2013–15 `#product-detail-1 .detail-content`
  { id: 'detail-main' }, // 2025–26 (J2, J15): long images, often as CSS background
  { id: 'graphic-content' }, // 2025–26 graphic detail (pc_item_getWareGraphic, J1)
  { id: 'sx-product-detail' }, // 2025–26 alternative detail host (J16)
];

/** Short labels that can be badges: title tags, the shop's tags, price-area marks. */
export const BADGE_ROOTS: readonly Anchored[] = [
  { cls: 'sku-title' }, // 2025–26 title line with its tags (`京东自营`, `百亿补贴` icons)
  { cls: 'sku-name' }, // 2016–20 title with `img[alt]` / `.u-jd` tags
  { fragment: 'shop-name' }, // 2025–26 shop line tags
  { fragment: 'shopName' },
  { cls: 'J-hove-wrap' }, // 2016–20 shop box (`em.u-jd` 京东自营)
  { cls: 'product-price' }, // 2025–26 price area (PLUS会员价, 百亿补贴 marks)
  { fragment: '_badge' }, // 2025–26 hashed badge containers
];
/** Elements inside a badge root that carry one badge each. */
export const BADGE_ITEM = 'img[alt], em, i, span, a, [class*="tag"], [class*="badge"]';

/** Promotion blocks; each line inside is one promotion. Lines of a 领券 block are coupons whatever they say. */
export const PROMO_BLOCKS: readonly { anchor: Anchored; coupons?: true }[] = [
  { anchor: { id: 'product-promotions' } }, // 2013–15 `em.hl_red_bg` label + `em.hl_red` text
  { anchor: { id: 'prom-one' } }, // 2016–20 `.prom-item` lines
  { anchor: { id: 'summary-quan', find: '.quan-item' }, coupons: true }, // 2016–20 领券 chips
  { anchor: { cls: 'J-prom' } }, // 2016–20 promotion list
  { anchor: { fragment: '_promotion' } }, // 2025–26 hashed 促销 rows (labels of preferenceVO.sharedLabel, J1)
  { anchor: { fragment: '_coupon' }, coupons: true }, // 2025–26 hashed 领券 rows
];
/** A promotion line's own label (赠品, 满减, 限购) inside a line. */
export const PROMO_LABEL = '.hl_red_bg, [class*="label"], [class*="Label"], [class*="tag"], [class*="Tag"]';
/** Line elements inside a promotion block (else label + following text). */
export const PROMO_LINE = '.prom-item, [class*="_item"], li, .quan-item';
/** 2013–20 gift row (`#summary-gifts #product-gifts` with the gift's name). */
export const GIFTS = { id: 'product-gifts' } as const;
/** 秒杀 / 限时 deal banners with their countdown. */
export const DEAL: readonly Anchored[] = [
  { id: 'banner-miaosha' }, // 2016–20 秒杀 banner (`.J-count` countdown)
  { fragment: '_seckill' }, // 2025–26 hashed 秒杀 banner
];

/** Delivery lines. */
export const DELIVERY: readonly Anchored[] = [
  { id: 'store-prompt' }, // 2013–20 `有货，11:00前完成下单，预计今日送达`
  { id: 'summary-service' }, // 2013–20 `由 京东 发货并提供售后服务`
  { id: 'J_LogisticsService' }, // 2016–20 京东物流 line
  { fragment: '_delivery' }, // 2025–26 hashed delivery rows
  { fragment: '_logistics' },
];

/** Tabs or headers that print the 商品问答 count. */
export const QUESTIONS: readonly Anchored[] = [
  { id: 'askAnswer' }, // 2016–20 问答 block header
  { fragment: '_question' }, // 2025–26 hashed 问答 header
  { cls: 'tab-main', find: 'li' }, // 2016–20 detail tabs (`商品问答(128)`)
];
