import type { Anchored } from '../class-index';

/** The seller's shop on JD item pages. */

export const SHOP_NAME: readonly Anchored[] = [
  { fragment: 'shop-name' }, // 2025–26 (J5, single source): class fragment, no unhashed hook known
  { fragment: 'shopName' }, // 2025–26 camel-case variant (J5)
  { cls: 'J-hove-wrap', find: '.name a' }, // 2016–20 shop box beside the title
  { cls: 'popbox-inner', find: '.mt h3 a' }, // 2016–20 POP shop pop-up box
  { cls: 'seller-infor', find: 'a' }, // 2013–15 POP seller line
  { id: 'brand-bar', find: '.seller-link a' }, // 2013–15 seller link under the price
];

/** 京东自营 markers: the 2016–20 `em.u-jd` badge and badges whose whole text is 自营. */
export const SELF_BADGE = '.u-jd, [class*="self"], [class*="tag"], em, i, span';

/** Shop score lines (2016–20 `.score-parts .score-part` › desc + `em` number; hit 9094930757). */
export const SCORE_PART: Anchored = { cls: 'score-parts', find: '.score-part' };

/** JD's shop score names (商品评价 / 物流履约 / 售后服务; older 商品质量 / 服务态度 / 物流速度). */
export const SCORE_NAMES = /^(商品评价|物流履约|售后服务|商品质量|服务态度|物流速度|描述相符|发货速度|用户评价)/;
