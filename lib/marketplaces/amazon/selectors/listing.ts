import type { Scoped } from './product';

/**
 * Named selectors for the listing parts of Amazon product pages (issue #10): gallery, A+,
 * twister, badges, promotions, Q&A and delivery. Same generations as selectors/product.ts:
 * 2013–19 = AUI page with the `rbb` buy box, 2020+ = feature divs, 2024+ = inline twister
 * and the `mir-layout` delivery block.
 */

/** The thumbnail strip of the image block. */
export const GALLERY_STRIP = [
  'altImages', // 2013+ `#altImages li.item` (images, video ingress, hidden templates)
] as const;
/** One tile of the strip (image, video or template). */
export const GALLERY_ITEM = 'li.item';
/** Strip items that are not gallery images. */
export const GALLERY_NOT_IMAGE = [
  'template', // hidden clone templates
  'videoThumbnail', // 2016+ video tile
  'videoBlockIngress', // 2023+ "VIDEO" / "6 VIDEOS" tile
  'videoCountTemplate', // template of the video tile
  '360IngressTemplate', // 360° view tile
] as const;
/** The last tile of a 2024+ strip that hides the rest ("4+"): the strip then undercounts. */
export const GALLERY_MORE_TILE = 'overlayRestOfImages';
/** 2014–19 book and media pages: `#imgThumbs .imageThumb` under the cover. */
export const BOOK_THUMBS = { id: 'imgThumbs', find: '.imageThumb' } as const;
/** Video count labels ("6 VIDEOS", "VIDEO", "VÍDEO"), in the strip or the video block. */
export const VIDEO_COUNT = [
  'videoCount', // 2016+ `span#videoCount` in the strip
] as const;
/** The same label without its id (2023+ ingress tile of amazon.ae). */
export const VIDEO_COUNT_CLASS = '.video-count';

/** A+ product description blocks, in order; the first with modules wins. */
export const APLUS_ROOTS = [
  'aplus_feature_div', // 2018+ "Product description" / "From the manufacturer"
  'aplus3p_feature_div', // 2017–19 third-party seller A+ ("launchpad" modules)
] as const;
export const BRAND_STORY_ROOT = 'aplusBrandStory_feature_div'; // 2021+ "From the brand" carousel
export const APLUS_MODULE = '.aplus-module';
/** Chrome inside modules that is not content text: carousel controls, hidden and screen-reader copies. */
export const RICH_TEXT_EXCLUDE =
  'script, style, noscript, .a-carousel-controls, .a-carousel-pagination, .a-carousel-header-row, .a-offscreen, .aok-hidden, .a-popover-preload';
/** Premium A+ modules carry `premium-module-*` classes (2021+); older pages `.aplus-premium`. */
export const APLUS_PREMIUM = /\bpremium-module-|\baplus-premium\b/;

/** Twister roots: the classic form and the 2024+ inline twister wrapper. */
export const TWISTER_ROOTS = [
  'twister', // 2013–23 `form#twister` (rows `#variation_<dim>`, dropdowns `.variation-dropdown`)
  'twister_feature_div', // 2024+ wrapper of the inline twister (rows `#inline-twister-row-<dim>`)
] as const;
/** Rows of one dimension each, in order of preference. */
export const TWISTER_ROWS = [
  '[id^="inline-twister-row-"]', // 2024+ inline twister
  '[id^="variation_"]', // 2013–23 swatch rows
  '.variation-dropdown', // 2016–19 apparel size dropdown (its row id is an unrendered template)
] as const;
/** Within a row: the dimension label ("Size:", "Farbe:"). */
export const TWISTER_LABEL = [
  '.dimension-text .a-color-secondary', // 2024+ inline twister title
  'label.a-form-label', // 2013–23
] as const;
/** Within a row: the selected value as shown. */
export const TWISTER_SELECTED = [
  '[id^="inline-twister-expanded-dimension-text-"]', // 2024+
  '.selection', // 2013–23 swatch rows
  '.a-dropdown-prompt', // 2016–19 dropdown rows
] as const;

/** A value of one dimension that names its ASIN. */
export const TWISTER_SWATCH = 'li[data-asin]'; // 2024+ inline twister swatches (older rows use data-defaultasin)

export const AMAZONS_CHOICE = 'acBadge_feature_div'; // 2017+ "Amazon's Choice for "keyword""
export const AC_KEYWORD = '.ac-keyword-link'; // the keyword inside the badge
export const AC_BADGE_MARK = '.ac-badge-wrapper, .ac-badge-rectangle'; // 2017–2025: the badge itself (the container also hosts format links on book pages)
export const RANK_BADGE = 'zeitgeistBadge_feature_div'; // "#1 Best Seller in X", "Amazon Charts #7 Most Sold"
export const RANK_BADGE_CATEGORY = '.cat-name, .cat-link'; // the category part of the badge
export const NEW_RELEASE_BADGE = 'newReleaseBadge_feature_div'; // "#1 New Release in X" (2019+)
export const CLIMATE_PLEDGE = [
  'climatePledgeFriendlyATF_feature_div', // 2021+ above the fold
  'climatePledgeFriendly', // 2020 badge
] as const;
export const SMALL_BUSINESS = 'smallBusinessBadge_feature_div'; // 2021+ US "Small Business"

/** Clip-coupon and voucher blocks by the price. */
export const COUPON_BLOCKS = [
  'promoPriceBlockMessage_feature_div', // 2022+ coupon + "Save 5% on any 2" rows
  'vpcButton', // 2016–19 "Apply 5% voucher" / "Save $x with coupon"
  'couponFeature', // 2019+ coupon badge
] as const;
/** One promotion line inside a 2022+ promo block (hidden rows of other accordion offers skipped). */
export const PROMO_LINES = '.promoPriceBlockMessage > div, .promoPriceBlockMessage > span';
/** The buy-box row of Prime-member savings ("Up to 20% off if you qualify"): a programme, not a coupon. */
export const PRIME_SAVINGS_ROW = '[id*="primeSavings"]'; // 2024+ #reinvent_price_desktop_primeSavingsUpsellAccordionRow
/** "Here's how", "Details" popover links after a listed promotion. */
export const PROMO_POPOVER_LINK = '.a-popover-trigger';
export const DEAL_BADGE = [
  'dealBadge_feature_div', // 2021+ "Limited time deal" (countdown labels are hidden templates)
  'dealBadge', // 2016–20 "Lightning Deal" badge
] as const;
/** Visible countdowns of a deal ("Ends in 05:12:33"). */
export const DEAL_COUNTDOWN = [
  '[id^="deal_expiry_timer"]', // 2019+ `span#deal_expiry_timer_<hash>` "Ends in 05:12:33"
  '#dealCountdownTimer', // 2024+ apex deal timer
] as const;
/** The saving shown with the price: "-22%", "You Save: $6.79 (15%)". */
export const SAVINGS: readonly Scoped[] = [
  { id: 'corePriceDisplay_desktop_feature_div', find: '.savingsPercentage' }, // 2022+ "-22%" beside the price
  { id: 'corePrice_desktop', find: '.savingsPercentage' }, // 2021–23 table layout
  { id: 'regularprice_savings' }, // 2013–19 "You Save: $5.00 (20%)" row
  { id: 'dealprice_savings' }, // 2013–19 deal "You Save:" row
  { id: 'priceBlock', find: '.youSavePriceRow' }, // 2010 legacy "You Save: $6.79 (15%)"
];
/** Savings lines of the chosen buy-box offer (2016–19 books and media), recognised by SAVING_LABEL. */
export const OFFER_SAVINGS: readonly Scoped[] = [
  { id: 'buyBoxInner', find: '.a-color-secondary' }, // rbb buy box "You Save: CDN$ 1.85 (10%)"
  { id: 'mediaAccordion', find: '.a-accordion-active .a-color-secondary' }, // active accordion row "Save: $31.36 (47%)"
  { id: 'mediaNoAccordion', find: '.a-color-secondary' }, // single-offer media buy box
];
/** "You Save:", "Save:", "Sie sparen:", "Vous économisez :", "Ahorras:" at the start of a savings line. */
export const SAVING_LABEL = /^(?:you save|save|sie sparen|vous [ée]conomisez|ahorras|risparmi)\s*:/i;
export const SUBSCRIBE_SAVE = [
  'snsAccordionRowMiddle', // 2019+ buy box "Subscribe & Save" row
  'snsBuyBox', // 2024+ apex Subscribe & Save box
  'sns-base-price', // 2016–19 price line
] as const;
/** Listed promotions: each `li` one promotion of this product. */
export const PROMOTION_LIST = { id: 'promotions_feature_div', find: 'li' } as const;
/** 2018+ "Promotion Message: Buy 2, save 10%" line. */
export const APPLICABLE_PROMOTION = { id: 'applicablePromotionList_feature_div', find: '.apl_message' } as const;

export const QUESTIONS_LINK = [
  'askATFLink', // 2013–22 "11 answered questions" (2023+ the id holds "Search this page")
] as const;

export const DELIVERY_BLOCK = [
  'mir-layout-DELIVERY_BLOCK', // 2021+ "FREE delivery Tuesday, 7 May"
] as const;
/** The headline slot of the 2021+ delivery block. */
export const DELIVERY_PRIMARY = '[id^="mir-layout-DELIVERY_BLOCK-slot-PRIMARY_DELIVERY_MESSAGE"]';
export const LEGACY_DELIVERY = [
  'fast-track-message', // 2016–19 US/CA "Want it Tuesday, April 17? …"
  'ddmDeliveryMessage', // 2018–19 EU "Lieferung Freitag, 26. Apr.: …"
  'delivery-message', // 2016–19 duplicate of the fast-track line
] as const;
/** Shipping-cost line next to the price ("& FREE Shipping", "GRATIS-Versand"). */
export const SHIPPING_LINE: readonly Scoped[] = [
  { id: 'price-shipping-message' }, // 2016–19
  { id: 'buyNewInner', find: '.buyboxShippingLabel' }, // 2016–19 media buy box "FREE Shipping on orders over $25"
  { id: 'mediaAccordion', find: '.a-accordion-active .buyboxShippingLabel' }, // 2016–19 textbook accordion, chosen row
  { id: 'mediaNoAccordion', find: '.buyboxShippingLabel' }, // 2016–19 single-offer media buy box
  { id: 'priceBlock', find: '.priceLarge + b' }, // 2010 legacy "FREE with Super Saver Shipping"
];
/** Who ships: 2023+ "Ships from" row. */
export const FULFILLER = 'fulfillerInfoFeature_feature_div';
export const FULFILLER_LABEL = '.offer-display-feature-label'; // "Ships from" / "Fulfilled by"
export const FULFILLER_TEXT = '.offer-display-feature-text-message'; // "Amazon", "EGKStore"
/** Prime badges of the offer (not the navigation's or carousels'). */
export const PRIME_ROOTS = [
  'priceBadging_feature_div', // 2022+ prime badge under the price
  'price-shipping-message', // 2016–19 "or get FREE Two-Day Shipping with [prime]"
  'primeUpsellPopover', // 2016–19 "[prime] Try Fast, Free Shipping" beside the price
  'buyNewInner', // 2016–19 media buy box "Buy new" row
] as const;
export const PRIME_ICON = '.a-icon-prime';
