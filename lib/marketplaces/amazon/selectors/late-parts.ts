import type { PageKind } from '../../../schema';

/**
 * Parts of Amazon pages that render after load; the content script waits for one of them
 * (bounded) and re-reads when they change.
 */
export const LATE_PARTS: Partial<Record<PageKind, readonly string[]>> = {
  product: ['#corePriceDisplay_desktop_feature_div .a-price', '#corePrice_feature_div .a-price', '#acrCustomerReviewText'],
  search: ['[data-component-type="s-search-result"]'],
  reviews: ['[data-hook="review"]', '[data-hook="reviewContainer"]'],
};
