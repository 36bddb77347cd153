/**
 * Selectors of Amazon result lists (search, best sellers, seller storefronts), as named
 * data. Each alternative says which layout or locale it covers; the readers try them in
 * order. Stable ids, data-* and Amazon's long-lived `a-`/`s-` classes only; hashed
 * best-seller classes are matched on their stable part (`[class*="p13n-sc-price_"]`).
 */

/** One way Amazon has laid out a result list: where it lives and what one tile is. */
export interface TileLayout {
  name: string;
  /** Ids of the list's container, first found wins; queries are scoped to it. */
  rootIds: readonly string[];
  tiles: readonly string[];
}

export const TILE_LAYOUTS: readonly TileLayout[] = [
  {
    // 2019–2026 search and storefront (`/s?me=`) grids and lists, every store.
    name: 'search-result-tiles',
    rootIds: ['search'],
    tiles: ['div[data-component-type="s-search-result"]'],
  },
  {
    // ≤2019 search (`li#result_0`), e.g. the amazon.de "plastikfrei" captures. Next-page
    // results Amazon shipped inside HTML comments are not elements, so they never match.
    name: 'legacy-result-items',
    rootIds: ['resultsCol', 'mainResults', 'atfResults'],
    tiles: ['li.s-result-item[data-asin]'],
  },
  {
    // Best sellers / new releases 2021+: one `#gridItemRoot` card per rank (the id repeats).
    name: 'best-seller-cards',
    rootIds: ['zg', 'zg-right-col', 'zg-center-div'],
    tiles: [
      '#gridItemRoot', // 2021+ grid card
      '.zg-item-immersion', // 2019–2020 ranked list `li.zg-item-immersion`
      '.p13n-sc-uncoverable-faceout', // the faceout alone, when the card wrapper is renamed
    ],
  },
];

/** Signs that a search page really has no results (as opposed to tiles we fail to see). */
export const ZERO_RESULTS = [
  '#noResultsTitle', // ≤2019 "Your search … did not match any products."
  '[cel_widget_id^="MAIN-TOP_BANNER_MESSAGE"]', // 2019+ "No results for …" banner
  '[data-cel-widget^="MAIN-TOP_BANNER_MESSAGE"]', // same banner, other attribute spelling
] as const;

/** The "1-16 of over 2,000 results for" line. */
export const RESULT_COUNT = {
  /** 2019+: the results column (#search) that holds the info bar. */
  rootId: 'search',
  /** 2019+: the info bar above the results; the count is its first leaf span with a digit. */
  infoBar: '[data-component-type="s-result-info-bar"]',
  /** ≤2019: `#s-result-count` ("1-16 von 33 Ergebnissen oder Vorschlägen für …"). */
  legacyId: 's-result-count',
  /** The echoed query inside the line (it may hold digits of its own). */
  query: '.a-color-state',
} as const;

/** Per-tile fields. */
export const TILE = {
  asinHolders: [
    '[data-asin]', // best sellers 2023+: data-asin on an inner wrapper
    '.p13n-sc-uncoverable-faceout[id]', // best sellers: the faceout's id is the ASIN
  ],
  /**
   * Title headings. The title is the h2 joined to the product link: `a > h2` (2023+ and
   * ≤2019 legacy) or `h2 > a` (2019–2022). A brand h2 above it (2024+ fashion tiles) and
   * "ClimatePartner certified" badge h2s have no link, so they are used only when no h2 has one.
   */
  titleHeading: 'h2',
  /** Titles of cards without an h2. */
  titleFallbacks: [
    '[class*="p13n-sc-css-line-clamp"]', // best sellers 2021+ (hashed `_cDEzb_p13n-sc-css-line-clamp-3_…`)
    '.p13n-sc-truncate, .p13n-sc-truncated', // best sellers ≤2020
  ],
  /** Parts of a title element that are not the visible title. */
  titleNoise: '.a-offscreen, .aok-offscreen, script, style',
  /** Links to the product when the title has none (`[href]` alone: only links carry one). */
  productLinks: [
    '[href*="/dp/"]', // product page links, all layouts
    '[href*="/gp/product/"]', // older product links
    '[href*="%2Fdp%2F"]', // sponsored redirects that wrap a /dp/ link
    '.s-no-outline', // 2019+ image link
  ],
  /** The stars' alt text ("4.5 out of 5 stars", "4,6 von 5 Sternen", "5つ星のうち4.5")… */
  ratingText: '.a-icon-alt',
  /** …inside a star icon: a-icon-star-small / a-icon-star-mini, or sprites a-star-4-5 / a-star-small-4. */
  starIcon: '[class*="a-icon-star"], [class*="a-star"]',
  /** 2019–2022: the row holding the stars, and the elements after them that may hold the count. */
  ratingRow: '.a-row',
  countInRatingRow: 'a, [aria-label]',
  /** Links to the product's reviews; their text (or aria-label) is the count. */
  reviewCountLinks: [
    '[href*="customerReviews"]', // search tiles 2019–2026 and legacy: …/dp/ASIN#customerReviews
  ],
  /** Best-seller cards: the count next to the stars inside the reviews link. */
  reviewCountInIconRow: [
    '.a-icon-row .a-size-small', // best sellers 2021+
    'a[href*="/product-reviews/"] .a-size-small', // best sellers ≤2020
  ],
} as const;

/** Sponsored (advertised) tiles. */
export const SPONSORED = {
  /** Tile classes that mark an ad slot. */
  tileClasses: ['AdHolder'], // 2019–2024 search tiles
  /** Label elements; bare classes, so one walk of the tile answers all of them. */
  labels: [
    '.puis-sponsored-label-text', // 2023+ "Sponsored" label
    '.s-sponsored-label-text', // 2020–2022 "Sponsored" label
    '.s-sponsored-header', // ≤2019 legacy h5 "Gesponsert"
  ],
  /**
   * Link targets of Amazon's ad-click redirect (tested on each link's href):
   * /sspa/click (2020+ sponsored products), /gp/slredirect/picassoRedirect.html (≤2021)
   * and other /gp/slredirect/ paths.
   */
  adHref: /\/sspa\/click|picassoRedirect|\/gp\/slredirect\//i,
  /**
   * Elements whose whole text may be the label word: an offscreen "[Gesponsert]" title
   * prefix (legacy), the label's default text (2020+).
   */
  labelTexts: '.a-offscreen, .s-label-popover-default, .puis-label-popover-default',
  /** The label word: en, de, es/pt, fr, it, nl, sv, pl, tr, ja, ar stores. */
  words: /^\[?(sponsored|gesponsert|patrocinado|sponsorisé|sponsorizzato|gesponsord|sponsrad|sponsorowane|sponsorlu|スポンサー|ممول)\]?$/i,
} as const;

/** Prices inside one tile. */
export const PRICE = {
  /** 2019+ AUI price widget; struck (list/was/unit) prices carry `.a-text-price`. */
  auiPrice: '.a-price',
  struck: '.a-text-price, [data-a-strike="true"], .a-text-strike',
  offscreen: '.a-offscreen',
  /** Screen-reader-only text; never a visible plain-text price. */
  offscreenLike: '.a-offscreen, .aok-offscreen',
  whole: '.a-price-whole',
  fraction: '.a-price-fraction',
  decimal: '.a-price-decimal',
  symbol: '.a-price-symbol',
  /** Containers whose prices are other sellers' offers ("More Buying Choices", 2023+), not the tile price. */
  otherOffers: '[data-cy="secondary-offer-recipe"]',
  /** ≤2019 legacy plain-text prices, taken together in page order. */
  legacy: [
    '.s-price', // "EUR 14,99" (amazon.de legacy)
    '.sx-price', // US legacy split price: .sx-price-whole / .sx-price-fractional
    '.a-color-price', // other legacy price spans ("EUR 24,90 (1 neuer Artikel)")
  ],
  legacyWhole: '.sx-price-whole',
  legacyFraction: '.sx-price-fractional',
  /** Best-seller card prices. */
  bestSeller: [
    '.p13n-sc-price', // ≤2021 and "1 offer from $59.99"
    '[class*="p13n-sc-price_"]', // 2021+ hashed `_cDEzb_p13n-sc-price_3mJ9Z`
  ],
  /** The tile's price area, where a plain-text price ("Or ¥2,400 to buy MP3") may stand alone. */
  priceArea: [
    '[data-cy="price-recipe"]', // 2023+
    '.s-price-instructions-style', // 2021–2022
  ],
} as const;
