import type { Anchored } from '../class-index';

/** Where JD item pages list their parameters (规格与包装 table and 商品介绍 list). */

/** 规格与包装 tables: rows of label + value. */
export const SPEC_TABLES: readonly Anchored[] = [
  { cls: 'preview-wrap', find: '.list .item' }, // 2025–26 `.page-content-left.preview-wrap` rows `.label` + `.value[title]` (J2)
  { cls: 'Ptable-item', find: 'dl' }, // 2016–20 `h3` group + `dl > dt, dd` (`dd.Ptable-tips` is a help popup)
  { cls: 'Ptable', find: 'tr' }, // 2013–15 `td.tdTitle` + `td`, group rows `th`
];

/** Top spec cards of the 2025–26 page: `#spec-n1 .item` › `.desc` label, `.value` (J2). */
export const SPEC_CARDS: Anchored = { id: 'spec-n1', find: '.item' };

/** 商品介绍 parameter lists: `li` items "品牌：华为（HUAWEI）". */
export const PARAMETER_LISTS: readonly Anchored[] = [
  { id: 'parameter-brand', find: 'li' }, // 2016–20 brand line above the list
  { cls: 'parameter2', find: 'li' }, // 2016–20 `ul.parameter2.p-parameter-list`
  { cls: 'p-parameter-list', find: 'li' }, // 2016–20 variant
  { cls: 'detail-list', find: 'li' }, // 2013–15 `#product-detail-1 ul.detail-list`
];

/** The brand attribute's names. */
export const BRAND_LABELS = ['品牌'] as const;

/** Breadcrumb link to the brand's page (`//www.jd.com/pinpai/655-8557.html`, 2013–20). */
export const BRAND_LINK: readonly Anchored[] = [
  { cls: 'breadcrumb', find: 'a[href*="/pinpai/"]' }, // 2013–15
  { id: 'crumb-wrap', find: 'a[href*="/pinpai/"]' }, // 2016–20
];
