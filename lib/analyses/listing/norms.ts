import type { Marketplace } from '../../schema';

/**
 * Every threshold the listing rules use, with where it comes from, in one place (as the
 * title scorer's limits.ts does), so README.md and the code cannot drift apart. `heuristic`
 * marks our own choice where no stored public source gives a number.
 */

export const HEURISTIC = 'heuristic';

export const SOURCES = {
  /** Generic LQS write-up: 5 bullets, description, ≥ 6–7 images, video, A+, variations, reviews. */
  lqs: 'https://horaizon.one/en/glossary/listing-quality-score',
  /** SellerClass (links SellerSprite): ≥ 7 images, 5 bullets, description > 1000 characters. */
  sellerClass: 'https://www.sellerclass.com/p/2394.html',
  /** ZonGuru Listing Strength: photo count, video, review-count tiers, rating bands 4.3–4.7 and ≥ 4.8. */
  zonGuru: 'https://help.zonguru.com/en/articles/3028258-listing-strength-breakdown',
  /** Amazon allows up to 9 images per listing. */
  amazonNineImages: 'https://retouchaid.com/amazon-product-image-requirements',
  /** Reported bullet limits: 10–255 characters, 3–5 bullets (single third party, unverified). */
  bulletLimits: 'https://www.skills.sh/kuudoai/skills/amazon-sp-listing-optimizer',
  /** Bullets banned content since 2024-08-15 (claims, guarantees, special characters). */
  bulletPolicy: 'https://goatconsulting.com/amazon-policy/amazon-product-detail-page-rules-violation-policy-compliance',
  /** Amazon help (DE): A+ content hides the text product description. */
  aPlusHidesDescription: 'https://sellercentral.amazon.de/gp/help/external/help.html?itemID=202102960&language=de_DE',
} as const;

export interface ImageNorm {
  /** At least this many images passes. */
  pass: number;
  /** At least this many warns; fewer fails. */
  warn: number;
  /** Slots the marketplace shows, for the message. */
  slots: number;
  source: string;
}

/**
 * Gallery images per marketplace. Amazon: up to 9 slots, 6+ recommended (LQS write-up
 * "≥ 6–7"). Taobao/Tmall: 5 主图 slots on the publish form; JD: 5 or more 主图 is common
 * practice. No stored first-party source gives the CN numbers, so they are heuristic.
 */
export const IMAGE_NORMS: Record<Marketplace, ImageNorm> = {
  amazon: { pass: 6, warn: 3, slots: 9, source: `${SOURCES.lqs} ; ${SOURCES.amazonNineImages}` },
  taobao: { pass: 5, warn: 3, slots: 5, source: HEURISTIC },
  tmall: { pass: 5, warn: 3, slots: 5, source: HEURISTIC },
  jd: { pass: 5, warn: 3, slots: 5, source: HEURISTIC },
};

export const NORMS = {
  /** Amazon bullets: 5 expected (LQS write-up, SellerClass); 3–4 warn; fewer fail. */
  bulletsPass: 5,
  bulletsWarn: 3,
  /** A bullet front-loads when it opens with a heading or its first clause says what it does / gains (FABE A or B). */
  frontLoadedLeadMaxChars: 60,
  /** Description: > 1000 characters (SellerClass); 250–999 warn (heuristic); shorter fails. */
  descriptionPass: 1000,
  descriptionWarn: 250,
  /** CN 商品参数 rows: 8+ pass, 4–7 warn (heuristic: attributes feed the marketplaces' filters). */
  specsPass: 8,
  specsWarn: 4,
  /** CN 详情 images: 8+ pass when the page counts them (heuristic). */
  detailImagesPass: 8,
  /** Rating: ≥ 4.3 pass (ZonGuru's lower band), 4.0–4.29 warn (Amazon's "4 stars & up" filter), below fails. */
  ratingPass: 4.3,
  ratingWarn: 4.0,
  /** Ratings count: ZonGuru tiers 10–99, 100–499…; 100+ pass, 10–99 warn, fewer fail. */
  reviewsPass: 100,
  reviewsWarn: 10,
  /** Shop scores as a share of their scale: ≥ 0.96 (4.8/5, 9.6/10) pass, ≥ 0.9 warn (heuristic). */
  shopScorePass: 0.96,
  shopScoreWarn: 0.9,
} as const;
