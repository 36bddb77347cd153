import type { Scoped } from '../dom/scoped';

/**
 * Listing parts of Taobao/Tmall item pages (issue #10). Classic (≤2021) parts are `[id,
 * selector]` pairs; today's ICE parts are hashed element names (dom/class-index.ts), matched in
 * all three class generations (modern-layouts.md §1, §2).
 */

export const LISTING_CLASSIC = {
  /** Gallery thumbnails, one `li` per picture (Taobao and Tmall). */
  thumbs: ['J_UlThumb', 'li'] as Scoped,
  /** 主图视频 entry of the classic gallery (Tmall `.tm-video-box`, Taobao `.tb-video`). */
  videos: [['J_UlThumb', '.tb-video, .tm-video-box, [class*="video"]'], ['J_DetailMeta', '.tm-video-box']] as Scoped[],
  /** 宝贝详情: Taobao `#J_DivItemDesc` (the block itself), Tmall `#description .content`. */
  detailId: 'J_DivItemDesc',
  detail: [['description', '.content']] as Scoped[],
  /** Taobao 金牌卖家 and similar shop icons carry their badge in `title`. */
  shopIcons: ['J_ShopInfo', '.tb-gold-icon[title], .tb-shop-icon a[title]'] as Scoped,
  /** Tmall shop header icons (`.flagship-icon` 品牌直销 = the flagship mark). */
  tmallShopIcons: ['shopExtra', '.slogo-extraicon .flagship-icon'] as Scoped,
  /** Taobao 淘宝价 row and its promotion type (`双拾壹`, `2件起包邮`, `手机尊享价`). */
  promoRow: 'J_PromoPrice',
  promoType: '#J_PromoType, .tb-promo-type, .tm-promo-type',
  /** Taobao 优惠 row: one `.tb-other-discount-content` child per offer (淘金币, 店铺优惠券). */
  otherDiscounts: ['J_OtherDiscount', '.tb-other-discount-content > div'] as Scoped,
  /** Taobao member/login promotion list under the price. */
  promoList: ['J_PromoBd', '.tb-promo-item'] as Scoped,
  /** Tmall shop promotions (`.tm-shopPromo-panel` lines). */
  tmallPromos: ['J_DetailMeta', '.tm-shopPromo-panel dd, .tm-shopPromo-panel li'] as Scoped,
  /** Delivery lines: Taobao `快递 免运费` + `卖家承诺72小时内发货`, Tmall `#J_PostageToggleCont`. */
  delivery: ['J_WlServiceInfo', 'J_WlServiceTitleMark', 'J_PostageToggleCont'],
  /** 问大家 tab of the classic review panel (`<li data-kg-rate-tab="ask-around">问大家 <strong>12</strong>`). */
  questions: ['reviews', '[data-kg-rate-tab="ask-around"]'] as Scoped,
} as const;

/** Hashed element names on today's item pages. */
export const LISTING_NAMES = {
  /** Gallery video entry (主图视频 thumbnail / play icon). */
  video: ['videoThumbnail', 'videoIcon', 'videoWrap'],
  /** 图文详情 containers (T1, T7, T15, T16). */
  detail: ['imageTextInfo', 'descV8', 'desc'],
  /** Tags beside the title, the shop name and the price (百亿补贴, 天猫旗舰店, 官方). */
  badges: ['titleIcon', 'titleTag', 'shopTag', 'shopIcon', 'subsidyTag', 'brandTag'],
  /** Coupon / promotion entries (one offer each). */
  promotions: ['couponItem', 'promotionItem', 'promotionTag', 'giftItem'],
  /** 秒杀 / 限时 banner and its countdown. */
  deal: ['activityBanner', 'seckillBanner'],
  countdown: ['countDown', 'countdown', 'timeLeft'],
  /** Delivery rows (T1, T2): `--DomesticDelivery--`, `--freight--`, the shipping-time line. */
  delivery: ['DomesticDelivery', 'freight', 'deliveryTime', 'deliveryService'],
  /** 问大家 header / tab (`问大家(128)`). */
  questions: ['askAnswerTitle', 'askAnswerWrap', 'tabTitleItem'],
} as const;

/** Today's 图文详情 root when it keeps its plain class (`.desc-root`, T1). */
export const DESC_ROOT = '.desc-root';
