import type { Scoped } from '../dom/scoped';

/**
 * Item-page selectors as named data. Classic (≤2021) pages have stable ids, so each selector is
 * scoped to one (`[id, selector]`); today's ICE pages only hashed classes, so those are element
 * names (see dom/class-index.ts), matched in all three generations.
 */

/** Ids that only classic item pages have: the class index is not built on such a page. */
export const CLASSIC_PAGE_IDS = ['J_Title', 'J_DetailMeta', 'J_isku', 'J_StrPriceModBox', 'J_ShopInfo'];

/** Classic Taobao item page (item.taobao.com, 2012–2021). */
export const TAOBAO_CLASSIC = {
  title: ['J_Title', '.tb-main-title'] as Scoped,
  /** 价格 row: the struck original when a 淘宝价 row is shown, else the price. */
  basePriceRow: 'J_StrPriceModBox',
  basePrice: 'J_StrPrice',
  /** 淘宝价 / promotion row, `tb-hidden` and empty when there is no promotion. */
  promoRow: 'J_PromoPrice',
  promoPrice: '#J_PromoPriceNum, .tb-promo-price, .tb-rmb-num',
  rowLabel: '.tb-property-type',
  reviewCount: 'J_RateCounter',
  sellCounter: 'J_SellCounter',
  shopInfo: 'J_ShopInfo',
  shopLink: '.tb-shop-name a',
  shopName: '.tb-shop-name strong',
  shopScores: '.tb-shop-rate dl',
  attributes: ['attributes', 'ul.attributes-list li'] as Scoped,
  thumbs: ['J_UlThumb', 'img'] as Scoped,
  skuLists: ['J_isku', 'ul.J_TSaleProp'] as Scoped,
  discounts: [
    ['J_OtherDiscount', '.tb-other-discount-content'],
    ['J_PromoBd', '.tb-promo-item'],
  ] as Scoped[],
  /** 大家印象 chips in the review tab. */
  impressionTags: ['reviews', '.kg-rate-wd-impression a'] as Scoped,
  stock: ['J_SpanStock', 'J_EmStock'],
} as const;

/** Classic Tmall item page (detail.tmall.com, 2012–2021). */
export const TMALL_CLASSIC = {
  title: ['J_DetailMeta', '.tb-detail-hd h1'] as Scoped,
  basePriceRow: 'J_StrPriceModBox',
  promoRow: 'J_PromoPrice',
  price: '.tm-price',
  rowLabel: 'dt, .tb-metatit',
  reviewCount: ['J_ItemRates', '.tm-count'] as Scoped,
  sellCount: ['J_DetailMeta', '.tm-ind-sellCount'] as Scoped,
  shopName: ['shopExtra', '.slogo-shopname'] as Scoped,
  shopScores: ['shop-info', '.shopdsr-item'] as Scoped,
  brand: 'J_BrandAttr',
  attributes: ['J_AttrUL', 'li'] as Scoped,
  thumbs: ['J_UlThumb', 'img'] as Scoped,
  skuLists: ['J_DetailMeta', 'ul.J_TSaleProp'] as Scoped,
  promotions: [['J_DetailMeta', '.tm-shopPromo-panel']] as Scoped[],
} as const;

/** Review impression tags that the page marks as critical. */
export const NEGATIVE_TAG = '[data-neg="-1"], .neg, .negative';

/** Hashed element names on today's item pages, per field (first found wins). */
export const NAMES = {
  title: ['mainTitle'],
  /** Price block: 2024–25 `priceWrap`; 2022–23 component `Price--root--`; else the buy panel. */
  priceRoot: ['priceWrap'],
  priceComponent: 'Price',
  purchasePanel: ['purchasePanel'],
  /** One priced row each (current price, second price, 券后 row …). */
  priceRows: ['highlightPrice', 'subPrice', 'normalPrice', 'beltPrice', 'extraPrice', 'originPrice', 'priceItem'],
  /** The number inside a row (2025 `--text--`, 2022–23 `priceText` / `extraPriceText`). */
  priceAmount: ['priceText', 'extraPriceText', 'text', 'priceInt'],
  /** Names that mean a struck reference price. */
  struckRows: ['originPrice', 'strikePrice', 'linePrice'],
  salesDesc: ['salesDesc'],
  shopName: ['shopName'],
  shopScores: ['storeLabelItem'],
  skuGroup: ['skuItem'],
  skuLabel: ['ItemLabel'],
  skuValue: ['valueItem'],
  skuValueText: ['valueItemText'],
  quantityTip: ['quantityTip'],
  gallery: ['picGallery'],
  thumbnail: ['thumbnailPic'],
  paramsEmphasis: ['emphasisParamsInfoItem'],
  paramsGeneral: ['generalParamsInfoItem'],
  paramsLegacy: ['infoItem'],
  promotion: ['Promotion', 'couponItem', 'promotionItem', 'couponList'],
  reviewTag: ['tagItem'],
} as const;

/** Stable ids of today's item page. */
export const MODERN_IDS = {
  gallery: 'picGalleryEle',
} as const;
