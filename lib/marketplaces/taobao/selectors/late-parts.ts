import type { PageKind } from '../../../schema';

/**
 * Parts of Taobao/Tmall pages that render after load; the content script waits (≤4 s) for one of
 * them to hold text and re-reads when they change (a SKU click re-renders the price ~150 ms later).
 * Attribute fragments cover all three hashed-class generations.
 */
export const LATE_PARTS: Partial<Record<PageKind, readonly string[]>> = {
  product: [
    // today's price block (2022–23 `Price--priceText--`, 2024 `highlightPrice--`, 2025 `SCOPE--highlightPrice--`)
    '[class*="highlightPrice--"]',
    '[class*="Price--priceText--"]',
    '[class*="Price--extraPriceText--"]',
    // classic price rows, filled by the page's price request
    '#J_PromoPriceNum',
    '#J_StrPrice .tb-rmb-num',
    '#J_StrPriceModBox .tm-price',
    '#J_PromoPrice .tm-price',
    // review lists: classic loaded list, today's preview cards and the opened drawer
    'li.J_KgRate_ReviewItem',
    '[class*="Comment--"]',
  ],
  search: [
    'a[id^="item_id_"]',
    '[class*="doubleCardWrapperAdapt--"]',
    '[class*="Card--doubleCardWrapper--"]',
    '#mainsrp-itemlist .item',
    '.shop-hesper-bd dl.item',
    '#J_ItemList .product',
  ],
};
