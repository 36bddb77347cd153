/**
 * Selectors of Amazon customer reviews (review pages and the review block of product
 * pages), as named data. Each alternative says which layout or locale it covers; readers
 * try them in order and take the first visible hit inside one review card. Stable ids and
 * data-hook attributes only, except where a legacy layout had nothing else.
 */

/** Where the main review list lives; queries are scoped to these (nested ones merged). */
export const REVIEW_ROOT_IDS = {
  product: [
    'customer-reviews_feature_div', // 2019–2026 product page review feature
    'customerReviews', // 2010 bucket; 2019+ wrapper inside the feature div
    'reviewsMedley', // 2017+ medley (local, other-country and cross-store lists)
    'cm_cr_dpwidget', // 2014–2016 AUI product page review widget
  ],
  reviews: [
    'cm_cr-review_list', // 2016–2026 /product-reviews/ list
    'productReviews', // 2010 /product-reviews/ table
  ],
} as const;

/**
 * One full review each. Nested matches (a 2025 `reviewContainer` around its
 * `[data-hook=review]`) count once, as the outer card.
 */
export const REVIEW_CARDS = [
  '[data-hook="review"]', // 2016–2026 local and "from other countries" reviews
  '[data-hook="cmps-review"]', // cross-store reviews ("Most helpful customer reviews on Amazon.com")
  '[data-hook="reviewContainer"]', // 2025–26 camelCase card (data-reviewid)
  '[id^="rev-dpReviewsMostHelpfulAUI-"]', // 2014–2016 AUI product page "Most helpful" list
] as const;

/**
 * 2010 layout: no card element; each review starts at `<a name="R…">` and its content is
 * the next element. Teasers and spotlights use the same anchor (see legacy-card.ts).
 */
export const LEGACY_REVIEW_ANCHOR = 'a[name^="R"]';

/** Per-card fields, first visible match inside the card wins. */
export const REVIEW_FIELDS = {
  rating: [
    '[data-hook="review-star-rating"]', // 2016–2026 local reviews
    '[data-hook="cmps-review-star-rating"]', // cross-store and other-country reviews
    '.a-icon-star', // 2014–2016 AUI and any star icon
  ],
  title: [
    '[data-hook="reviewTitle"]', // 2025–26 camelCase `h5`
    '[data-hook="review-title"]', // 2016–2026 (a link on local reviews, a span on foreign ones)
    '[data-hook="cmps-review-title"]', // 2018–2019 cross-store reviews
    '.a-icon-row a > .a-text-bold', // 2014–2016 AUI title link
  ],
  /** Never part of a title: star texts inside the title link, icons. */
  titleExclude: '.a-icon-alt, i.a-icon',
  body: [
    '[data-hook="reviewRichContentContainer"]', // 2025–26 camelCase rich text
    '[data-hook="reviewText"]', // 2025–26 camelCase card deck (teaser labels are a-hidden)
    '[data-hook="review-collapsed"]', // 2019–2024 expander inside review-body
    '[data-hook="cmps-review-collapsed"]', // cross-store review text
    '[data-hook="review-body"]', // 2016–2026 plain body
    '[id^="revData-"] > .a-section', // 2014–2016 AUI
  ],
  /** "Read more" prompts and expander chrome inside bodies. */
  bodyExclude: '.a-expander-header, .a-expander-prompt, [data-hook="reviewExpandButtonContainer"]',
  date: [
    '[data-hook="review-date"]', // 2016–2026 "Reviewed in … on …"
    '[data-hook="cmps-review-date"]', // cross-store reviews (bare date)
  ],
  author: [
    '.a-profile-name', // 2016–2026 genome widget
    'a[href*="/profile/"]', // 2010 and 2014–2016 profile links
  ],
  verified: [
    '[data-hook="avp-badge"]', // 2016–2026 "Verified Purchase" link badge
    '[data-hook="avp-badge-linkless"]', // cross-store and some foreign reviews
  ],
  variant: [
    '[data-hook="format-strip"]', // 2016–2026 "Size: L | Colour: Blue" link
    '[data-hook="format-strip-linkless"]', // cross-store reviews, plain span
    '[id^="revData-"] > span.a-size-mini.a-color-secondary', // 2014–2016 AUI "Format: Paperback"
  ],
  helpful: [
    '[data-hook="helpful-vote-statement"]', // 2016–2026 "42 people found this helpful"
    '[data-hook="cmps-helpful-votes-text"]', // cross-store reviews
    '.cr-vote-buttons', // 2014–2016 AUI "37 people found this helpful. Was this …"
  ],
  /** 2014–2016 AUI: the date is a loose secondary span ("on February 12, 2014"). */
  looseDate: 'span.a-color-secondary',
  /** 2014–2016 AUI: the badge has no hook, only its state colour. */
  looseVerified: '[id^="revData-"] .a-color-state',
} as const;

/** 2010 layout parts, inside the block that follows the review anchor. */
export const LEGACY_FIELDS = {
  /** Star sprite or image: "4.0 out of 5 stars" in title/alt. */
  stars: '[title], img[alt]',
  title: 'b',
  date: 'nobr',
  verified: '.crVerifiedStripe',
} as const;

/** Badge wording where a layout has no hook for it, per store language. */
export const VERIFIED_TEXT =
  /Verified Purchase|Verifizierter Kauf|Achat vérifié|Acquisto verificato|Compra verificada|Amazonで購入|Geverifieerde aankoop|Verifierat köp|Zweryfikowany zakup|Doğrulanmış Satın Alma|عملية شراء موثقة/i;

/** The product box at the top of review pages. */
export const REVIEWS_PRODUCT = {
  /** Box roots, first found wins. */
  rootIds: [
    'cm_cr-product_info', // 2016–2026 /product-reviews/ header
    'rdpItemInfo', // 2010 single-review permalink sidebar
  ],
  /** 2010 list pages spread the box over the summary table and a "This product" sidebar. */
  legacyRoots: ['.crProductInfo', '#productSummary'],
  title: [
    '[data-hook="product-link"]', // 2016–2026 `h1 > a`
    '.crDescription a', // 2010 permalink sidebar
    '.crProductInfo .description a', // 2010 list "This product" box
  ],
  byline: [
    '[data-hook="cr-product-byline"]', // 2022–2026 "by Dawn"
    '.product-by-line', // 2016–2021 "da Amazon"
  ],
  price: [
    '.product-price-line .a-color-price', // 2016–2026 "Price: 129,99 €"
    '.buyBlock .price', // 2010 list box
    '#rdpItemInfo .price', // 2010 permalink sidebar (first is the buy box price)
  ],
  listPrice: ['.listprice'], // 2010 struck list price
  rating: [
    '[data-hook="average-star-rating"]', // 2016–2026 big stars ("4,7 su 5 stelle")
    '[data-hook="rating-out-of-text"]', // 2019–2026 "4.8 out of 5"
    '.crAvgStars', // 2010 average stars (title/alt)
  ],
  count: [
    '[data-hook="total-review-count"]', // "5,849 global ratings", "2.345 valutazioni clienti"
    '.crAvgStars', // 2010 "(11 customer reviews)"
  ],
} as const;
