import type { Anchored } from '../class-index';

/** JD result lists: search.jd.com, the s_new.php fragment, list.jd.com, shop search. */

export interface CardLayout {
  name: string;
  cards: Anchored;
  /** An attribute every card of the layout has (a product id). */
  requires?: string;
}

export const CARD_LAYOUTS: readonly CardLayout[] = [
  // 2025–26 React search: `div.plugin_goodsCardWrapper[data-sku]` (J3, J13, J14, J17)
  { name: 'goods-card-wrapper', cards: { fragment: 'plugin_goodsCardWrapper' }, requires: 'data-sku' },
  // 2015–23 search and list: `#J_goodsList li.gl-item[data-sku]` (activity banners have no data-sku)
  { name: 'gl-item', cards: { id: 'J_goodsList', find: 'li.gl-item' } },
  // shop search (mall.jd.com/view_search-…): `ul.gl-warp > li.jSubObject.gl-item` › `.jItem` (see search/shop-card.ts)
  { name: 'shop-search', cards: { cls: 'jSubObject' } },
  // the s_new.php fragment: the same `li.gl-item`s without the #J_goodsList wrapper
  { name: 'gl-item-fragment', cards: { cls: 'gl-warp', find: ':scope > li.gl-item' } },
  // 2013–15 search and list.jd.com: `#plist li[sku]`
  { name: 'plist', cards: { id: 'plist', find: 'li[sku]' } },
  // shop search modules whose items are not `li.jSubObject`
  { name: 'shop-search-items', cards: { cls: 'j-module', find: '.jItem' } },
];

/** Legacy tile parts, looked up in the tile's own class index. */
export const TILE = {
  title: [{ cls: 'p-name', find: 'em' }, { cls: 'p-name', find: 'a' }, { cls: 'p-name' }],
  /** Highlight and ad-word inserts that are not part of the title. */
  titleExclude: '.promo-words, .adwords, script, style',
  price: [{ cls: 'p-price', find: 'strong i' }, { cls: 'p-price', find: 'i' }, { cls: 'p-price', find: 'strong' }, { cls: 'p-price' }],
  count: [{ cls: 'p-commit', find: 'a' }, { cls: 'p-commit' }, { cls: 'extra', find: 'a' }, { cls: 'evaluate', find: 'a' }],
  shop: [{ cls: 'curr-shop' }, { cls: 'p-shop', find: 'a' }, { cls: 'p-shopnum', find: 'a' }],
  sponsored: { cls: 'p-promo-flag' },
  link: [{ cls: 'p-name', find: 'a[href]' }, { cls: 'p-img', find: 'a[href]' }],
} satisfies Record<string, Anchored | readonly Anchored[] | string>;

/** 2025–26 card parts: hashed CSS modules, matched by their stable fragments (J13, J17). */
export const MODERN_CARD = {
  title: '[class*="_text_"]',
  price: '[class*="_price_"]',
  shop: '[class*="_name_"]',
  sales: '[class*="_goods_volume_"]',
  tags: '[class*="_tags_"]',
} as const;

/** Shop search tile parts (`.jDesc a`, `.jPrice .jdNum[jdprice]`, `em.jCommentNum`). */
export const SHOP_TILE = {
  title: '.jDesc a',
  price: '.jdNum',
  image: '.jPic img',
  count: '.jCommentNum, .jExtra a',
} as const;

/** Result totals: `#J_resCount` "4.2万" (2015–23). */
export const RESULT_COUNT_IDS = ['J_resCount'] as const;
/** Lines reading 共N件商品 / 共N个商品: list.jd.com `.total`, 2013 `.total`, filter bars. */
export const RESULT_COUNT_TEXT: readonly Anchored[] = [
  { cls: 'f-result-sum' }, { cls: 'total' }, { id: 'J_filter' }, { id: 'filter' },
];

/** A zero-result notice (抱歉，没有找到与“太空枕”相关的商品). */
export const NO_RESULTS: readonly Anchored[] = [{ cls: 'notice-filter-noresult' }, { cls: 'check-error' }, { cls: 'ns-content' }];
