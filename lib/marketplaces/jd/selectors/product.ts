import type { Anchored } from '../class-index';

/**
 * Named anchors for JD item pages. Generations: 2013–15 = the static `#name h1` /
 * `#jd-price` page (our real saves); 2016–20 = `.itemInfo-wrap` with `.sku-name`,
 * `.summary-price .p-price .J-p-<sku>`, `#choose-attrs`, `.Ptable-item`; 2025–26 = the React
 * page with hashed CSS modules plus unhashed hooks (modern-layouts.md §5: J2, J3, J4, J5, J15).
 */

export const TITLE: readonly Anchored[] = [
  { cls: 'sku-title-name' }, // 2025–26 `.sku-title > span.sku-title-name` (J2, J3, J4)
  { cls: 'sku-name' }, // 2016–20 `.itemInfo-wrap .sku-name`
  { id: 'name', find: 'h1' }, // 2013–15 (the red promo lines below it are not the title)
];

/** The price a buyer pays for the shown SKU (filled by script in every generation). */
export const MAIN_PRICE: readonly Anchored[] = [
  { cls: 'product-price--main', find: '.product-price--value', name: 'product-price-main' }, // 2025–26 plain number, no ¥ (J2, J4)
  { cls: 'J-summary-price', find: '.p-price .price', name: 'summary-price' }, // 2016–20 `span.price.J-p-<sku>`
  { cls: 'summary-price', find: '.p-price .price', name: 'summary-price' }, // 2016–20 without the J- hook
  { id: 'jd-price', name: 'jd-price-2013' }, // 2013–15 `strong#jd-price`
];

/** 2019–26 到手价 block named by J2 (`#J_FinalPrice .price`): a price after coupons. */
export const FINAL_PRICE: Anchored = { id: 'J_FinalPrice', find: '.price', name: 'final-price' };

/** Where the main price's label sits when it is not beside the number (2013–20 `.dt` 京 东 价：). */
export const PRICE_LABEL_IDS = ['summary-price'] as const;

/** The whole price area: main, final and original prices and their labels. */
export const PRICE_AREA: readonly Anchored[] = [
  { cls: 'product-price' }, // 2025–26 (J2, J4): holds `.product-price--main` and the secondary prices
  { cls: 'summary-price-wrap' }, // 2016–20
  { id: 'summary-price' }, // 2013–15
];

/** Secondary prices inside the price area. */
export const SECONDARY_PRICE = '.product-price--value, del, .pricing, [class*="origin"]';

/** A struck original price. */
export const STRUCK = 'del, s, [class*="origin"], [class*="Origin"], [class*="line-through"], #page_origin_price, #page_maprice';

/** Coupon and promotion rows (领券 / 促销). */
export const PROMO_ROOTS: readonly Anchored[] = [
  { id: 'summary-quan' }, // 2016–20 领券 `.quan-item .text`
  { id: 'summary-promotion' }, // 2013–20 促销 `.hl_red` lines
  { id: 'J-summary-top' }, // 2019–20 promotion strip
  { fragment: 'coupon' }, // 2025–26: hashed module, no unhashed hook documented
  { fragment: 'promotion' },
  { fragment: 'preference' }, // 2025–26 (data key preferenceVO, J1)
];

/** Class fragments of a sales line (no source documents one on the 2025–26 item page). */
export const SALES_FRAGMENTS = ['sales', 'sold', 'volume'] as const;
