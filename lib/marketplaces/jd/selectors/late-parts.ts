import type { PageKind } from '../../../schema';

/**
 * Parts of JD pages that render after load. The content script waits (≤ 4 s) until one
 * holds text and re-reads when they change. Item pages: the price placeholders (2013
 * `#jd-price`, 2016–20 `.J-summary-price .price` = `span.price.J-p-<sku>`, 2025–26
 * `.product-price--value` filled by pc_detailpage_wareBusiness, J1), the review count and
 * the review cards (preview, overlay rows, legacy items). Lists: the cards themselves and
 * their price placeholders (`strong.J_<sku>`, list.jd.com `#plist .p-price strong`).
 */
export const LATE_PARTS: Partial<Record<PageKind, readonly string[]>> = {
  product: [
    '.product-price--main .product-price--value',
    '#J_FinalPrice .price',
    '.J-summary-price .p-price .price',
    '.summary-price .p-price .price',
    '#jd-price',
    '#comment-count .count',
    '#rateList .jdc-pc-rate-card',
    '.jdc-page-overlay .jdc-pc-rate-card',
    '#comment .comment-item',
  ],
  search: [
    '.plugin_goodsCardWrapper[data-sku]',
    '#J_goodsList li.gl-item .p-price strong',
    '#plist li[sku] .p-price strong',
    'li.jSubObject .jdNum',
  ],
};
