/**
 * Named selectors for Amazon product (detail) pages. Each list is tried in order; the
 * comment on each alternative says which layout generation or locale it covers:
 * 2010 = the table-based "buying" page, 2013–19 = the AUI page with `#priceblock_*` and
 * the `rbb` buy box, 2016+ = the media accordion of book pages, 2021+ = `corePrice`/apex.
 */

/**
 * An element found by id (indexed, fast) and optionally the elements matching `find` inside
 * it. Whole-document queries with combinators cost tens of milliseconds on a 1 MB page, so
 * every selector below is anchored on an id.
 */
export interface Scoped {
  readonly id: string;
  readonly find?: string;
}
const at = (id: string, find?: string): Scoped => (find ? { id, find } : { id });

/** Where the displayed ASIN lives; the first that holds a 10-character ASIN wins. */
export const ASIN_INPUTS = [
  'ASIN', // input#ASIN in the add-to-cart form (every generation)
] as const;

/** Elements whose `data-asin` / `data-csa-c-asin` names the displayed item. */
export const ASIN_ATTRS = [
  'averageCustomerReviews', // rating widget next to the title (2016+)
  'title_feature_div', // 2021+ feature divs carry data-csa-c-asin
  'corePriceDisplay_desktop_feature_div', // 2022+ price block
] as const;

export const TITLE: readonly Scoped[] = [
  at('productTitle'), // 2013+ (a hidden input#productTitle may repeat the id; inputs are skipped)
  at('ebooksProductTitle'), // 2014–19 Kindle pages
  at('btAsinTitle'), // 2010 legacy page
  at('title_feature_div', 'h1'), // title wrapper without the span id (rare 2020+ variants)
];

/** Nested labels inside the title element that are not part of the title. */
export const TITLE_EXCLUDE = [
  '.a-color-secondary', // "Original recording", binding labels (2013–19 media pages)
  'span[style]', // 2010: "[Paperback]" binding label
  'script, style',
].join(', ');

export const BYLINE = [
  'bylineInfo', // a#bylineInfo = brand link; div#bylineInfo = contributor byline (2013+)
  'brand', // a#brand: 2013–15 brand link above the title
] as const;

/** Visible core price blocks, most specific first (ids; duplicates may exist, hidden ones skipped). */
export const CORE_PRICE_ROOTS = [
  'corePriceDisplay_desktop_feature_div', // 2022+ centre column "priceToPay" block
  'corePrice_desktop', // 2021–23 table layout (List Price / Price rows)
  'corePrice_feature_div', // 2022+ buy box accordion rows
  'apex_desktop', // 2023+ apex wrapper around the core price
] as const;

/** The price a buyer pays inside a core price block. */
export const PRICE_TO_PAY = [
  '.priceToPay', // 2022+ `span.a-price.priceToPay`
  '.apexPriceToPay', // 2021–23 `corePrice_desktop` table
  '.apex-pricetopay-value', // 2024+ apex marker class
  '.a-price[data-a-color="price"]', // 2021+ price styled as the main price
  '.a-price', // any other `.a-price` that is not a strike/per-unit price (filtered in code)
] as const;

/** A price range inside a core block ("$12.99 - $24.99" on variation parents). */
export const PRICE_RANGE = '.a-price-range';

/** 2024+: hidden label that sometimes holds the only price text of the apex block. */
export const APEX_PRICE_LABEL = 'apex-pricetopay-accessibility-label';

/** Strike / per-unit prices that are never the price to pay. */
export const NOT_PRICE_TO_PAY = [
  '[data-a-strike="true"]', // struck list price
  '.basisPrice', // "List Price:" / "Typical price:" (2022+)
  '.a-text-strike', // struck price (2013–19)
  '.pricePerUnit', // "($1.23 / count)" (2021+)
  '[class*="priceperunit"]', // apex-priceperunit-value (2024+)
  '.aok-offscreen', // screen-reader duplicate text
].join(', ');

/** 2013–19 price blocks; a deal or sale price wins over "our price". */
export const PRICEBLOCK_IDS = [
  'priceblock_dealprice', // Lightning / deal of the day
  'priceblock_saleprice', // sale price
  'priceblock_ourprice', // regular "Price:"
  'priceblock_pospromoprice', // promotional price
  'price_inside_buybox', // the buy box copy of the price (2016–19)
  'newBuyBoxPrice', // 2013–15 buy box
] as const;

export const KINDLE_PRICE_IDS = [
  'kindle-price', // "Kindle Price: $10.99" (2014+)
  'ebooksPrice', // older Kindle buy box
] as const;

/** Buy boxes made of selectable offer rows (new / used / rent). */
export const BUYBOX_ROOTS = [
  'buybox', // 2013–19 `rbb` buy box (also wraps the unqualified box)
  'mediaAccordion', // 2016+ book media accordion (Buy new / Rent / Buy used)
] as const;

/** Buy boxes that hold exactly one offer. */
export const SINGLE_OFFER_ROOTS = [
  'mediaNoAccordion', // 2016+ book page with a single "Buy new" row
  'usedOnlyBuybox', // 2020+ buy box that offers only a used copy
] as const;

export const BUYBOX_ROWS = [
  '.rbbSection', // 2013–19 `rbb` rows
  '.accordion-row', // 2016+ media accordion rows
] as const;

/** The chosen row of a buy box. */
export const ACTIVE_ROW_CLASSES = ['selected', 'dp-accordion-active', 'a-accordion-active'] as const;

export const OFFER_PRICE = [
  '.offer-price', // 2013–19 rbb header price
  '.header-price', // 2016+ media accordion header price
  '.a-color-price', // price-coloured text inside the row
] as const;

/** Offer headers when no row is marked as chosen (single-offer buy boxes). */
export const OFFER_SECTIONS = [
  'buyNewSection', // "Buy new" header (2013–19)
  'usedBuySection', // "Buy used" header (used-only buy boxes)
] as const;

/** Buy boxes that show no offer of their own ("See all buying options"). */
export const UNQUALIFIED_BUYBOX = ['unqualifiedBuyBox', 'outOfStock'] as const;

/** 2010 legacy price table. */
export const LEGACY_PRICE: readonly Scoped[] = [
  at('priceBlock', '.priceLarge'), // 2010 "Price: $38.20"
  at('actualPriceValue'), // 2011–12 "Price:" cell
];

/** Struck list price of this product, searched inside the block the price came from. */
export const LIST_PRICE_IN_BLOCK = [
  '.basisPrice .a-price', // 2022+ "List Price:" / "Typical price:"
  '.apex-basisprice-value', // 2024+ apex list price
  '.a-price[data-a-strike="true"]', // 2021+ struck `.a-price`
  '.priceBlockStrikePriceString', // 2016–19 `#price` table
  '.a-text-strike', // 2013–19 rbb rows and `#price` table
  '.listprice', // 2010 "List Price:"
  '#listPriceValue', // 2011–12
] as const;

/** Page-state JSON of the twister (2023+): buy-box offer price, used as a last resort. */
export const TWISTER_PRICE_DATA: Scoped = at('twisterPlusWWDesktop', '.twister-plus-buying-options-price-data');

/** Containers that show a price after a clipped coupon. */
export const COUPON_ROOTS = [
  'promoPriceBlockMessage_feature_div', // 2022+ "Apply 20% coupon" / coupon price line
  'couponFeature', // 2019+ coupon badge
  'vpcButton', // 2016–19 "Save $x with coupon"
] as const;

export const RATING: readonly Scoped[] = [
  at('acrPopover'), // title="4.5 out of 5 stars" (2013+); the first one sits by the title
  at('averageCustomerReviews', '.a-icon-alt'), // star icon text
];

export const REVIEW_COUNT: readonly Scoped[] = [
  at('acrCustomerReviewText'), // "5,136 ratings", "(226)", "5.182 valoraciones" (2013+)
];

/** 2010 legacy: the summary right under the title, inside the buy form. */
export const LEGACY_RATING_ROOTS: readonly Scoped[] = [at('handleBuy', '.crAvgStars')];

/**
 * The star histogram of the customer-reviews block, product and review pages alike. Review
 * pages (2022+) repeat the id on an empty table before the real one, so rows are looked for
 * next to the first element with the id, not inside it.
 */
export const HISTOGRAM = {
  id: 'histogramTable',
  rows: [
    '.a-histogram-row', // 2013–2024 `table#histogramTable tr.a-histogram-row`
    '#histogramTable > li', // 2023+ `ul#histogramTable > li` (product pages)
  ],
  /** The bar; its value is the percent shown next to it. */
  meter: '.a-meter',
  /** Links that filter by star ("filterByStar=five_star") name the row's star. */
  starLink: '[href*="filterByStar="]',
} as const;

export const SALES_VOLUME: readonly Scoped[] = [
  at('social-proofing-faceout-title-tk_bought'), // "2K+ bought in past month" (2023+)
];

export const BULLETS: readonly Scoped[] = [
  at('feature-bullets', 'li'), // "About this item" (2013+)
  at('featurebullets_feature_div', 'li'), // wrapper without the inner id
  at('productFactsDesktopExpander', 'ul li'), // 2024+ "Product facts" layout (apparel)
];

export const BOOK_DESCRIPTION: readonly Scoped[] = [
  at('bookDescription_feature_div', '.a-expander-content'), // 2020+ rendered book description
  at('bookDescription_feature_div', 'noscript'), // 2014–19: description only in <noscript>
];

export const PRODUCT_DESCRIPTION: readonly Scoped[] = [
  at('productDescription'), // every generation
];

export const APLUS_DESCRIPTION: readonly Scoped[] = [
  at('aplus'), // 2016+ manufacturer "A+" content (used when there is no product description)
];

export const DESCRIPTION_EXCLUDE = 'h1, h2, h3, script, style, noscript';

/** A+ chrome: carousel buttons, page counters, hidden labels, video overlays. */
export const APLUS_EXCLUDE = [
  DESCRIPTION_EXCLUDE,
  '.a-carousel-controls, .a-carousel-header-row, .a-carousel-pagination, .a-carousel-left, .a-carousel-right',
  '.a-button, .a-offscreen, .aok-hidden, .a-popover-preload, [class*="video"], table', // comparison tables
].join(', ');

export const MAIN_IMAGE = [
  'landingImage', // 2013+ main image (data-old-hires, data-a-dynamic-image)
  'imgBlkFront', // 2013+ book cover
  'ebooksImgBlkFront', // 2014–19 Kindle cover
  'main-image', // 2016+ some media pages
  'prodImage', // 2010 legacy
  'original-main-image', // 2011–12 legacy
] as const;

/** The image block script holding the gallery ('colorImages': { 'initial': [...] }). */
export const IMAGE_BLOCK_SCRIPTS: readonly Scoped[] = [
  at('imageBlock_feature_div', 'script'), // 2013+
  at('imageBlock', 'script'), // wrapper without the feature div
];

/** The "‹ Back to results" link that some pages show instead of a category path. */
export const BREADCRUMB_BACK_LINK = [
  '#breadcrumb-back-link',
  // The same link without its id: it goes back in history, it names no category.
  'a[onclick*="history.back"]',
].join(', ');

export const BREADCRUMBS: readonly Scoped[] = [
  at('wayfinding-breadcrumbs_feature_div', 'li'), // 2013+
  at('wayfinding-breadcrumbs_container', 'li'), // 2013–15 variant
];

/** Key/value tables, in order of authority; the first value seen for a name wins. */
export const SPEC_TABLE_ROWS: readonly Scoped[] = [
  at('productDetails_techSpec_section_1', 'tr'), // 2019+ "Technical Details"
  at('productDetails_techSpec_section_2', 'tr'),
  at('technicalSpecifications_section_1', 'tr'), // 2016–19 technical specs
  at('productOverview_feature_div', 'tr'), // 2021+ overview table under the price
  at('productDetails_detailBullets_sections1', 'tr'), // 2019+ "Additional Information"
  at('prodDetails', 'table tr'), // 2016–19 `.pdTab` tables (td.label / td.value)
];

/** Key/value bullet lists (`<li><b>Name:</b> value</li>` or bold span + span). */
export const SPEC_LIST_ITEMS: readonly Scoped[] = [
  at('detailBullets_feature_div', 'li'), // 2020+ "Product details" bullets
  at('detailBulletsWrapper_feature_div', 'li'), // 2020+ rank/review items beside the bullets
  at('detail_bullets_id', '.content li'), // 2013–19 books/media (non-US stores)
  at('detail-bullets', '.content li'), // 2013–19 books/media (US)
  at('productFactsDesktopExpander', '.product-facts-detail'), // 2024+ product facts rows
];

/** The Best Sellers Rank element of 2010–2019 pages (its `ul` also holds the details). */
export const SALES_RANK_ID = 'SalesRank';

/** Rows / items whose label names the Best Sellers Rank, by locale. */
export const SALES_RANK_LABEL =
  /best\s*sellers?\s*rank|bestseller-?rang|classement des meilleures ventes|clasificaci[oó]n en los m[aá]s vendidos|posizione nella classifica bestseller|ranking dos mais vendidos|plaats in bestsellerlijst|ranking najlepiej|en [çc]ok satanlar|売れ筋ランキング|الأكثر مبيع/i;

/** Labels of detail rows that are ratings, not specs. */
export const REVIEW_ROW_LABEL =
  /customer reviews|kundenrezensionen|kundenbewertung|commentaires client|[ée]valuations? client|opiniones de (los )?clientes|valoraci[oó]n media|recensioni (dei )?clienti|avalia[cç][aã]o m[eé]dia|klantbeoordelingen|カスタマーレビュー|average customer review/i;

export const SELLER: readonly Scoped[] = [
  at('sellerProfileTriggerId'), // 2016+ seller link in the buy box
  at('tabular-buybox', '.tabular-buybox-text[tabular-attribute-name="Sold by"]'), // 2020–23 tabular buy box
  at('merchantInfoFeature_feature_div', '.offer-display-feature-text-message'), // 2023+ "Sold by" row
];

/** 2010 legacy buy form: "In Stock. Ships from and sold by Amazon.com." */
export const LEGACY_BUYING: Scoped = at('handleBuy', '.buying');

export const MERCHANT_INFO = [
  'merchant-info', // 2013–19 "Ships from and sold by X." / "Verkauf und Versand durch X."
] as const;

export const AVAILABILITY = [
  'outOfStock', // 2016+ out-of-stock box: its headline is the whole story
  'availability', // 2013+ "In Stock." / "Only 2 left in stock."
] as const;

/** Parts of `#availability` that are widgets, not the stock message. */
export const AVAILABILITY_EXCLUDE = '#all-offers-display, form, script, style, .aok-hidden, .a-popover-preload';

/** 2010 legacy availability line. */
export const LEGACY_AVAILABILITY: Scoped = at('handleBuy', '.availGreen, .availOrange, .availRed');
