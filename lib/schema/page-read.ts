import { z } from 'zod';
import { BadgeSchema, DeliverySchema, MediaSchema, PromotionSchema, RichContentSchema, VariationsSchema } from './listing-parts';
import { MoneySchema, PriceRangeSchema } from './money';

/**
 * The PageRead contract: what a content script (or the offline audit) read from one
 * marketplace page. Every type in the extension is inferred from these schemas.
 * A value that is not on the page is absent (never guessed) and named in `issues`.
 */

export const MARKETPLACES = ['amazon', 'taobao', 'tmall', 'jd'] as const;
export const MarketplaceSchema = z.enum(MARKETPLACES);
export type Marketplace = z.infer<typeof MarketplaceSchema>;

export const PAGE_KINDS = ['product', 'search', 'reviews', 'blocked', 'unsupported'] as const;
export const PageKindSchema = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKindSchema>;

/** Bounds keep a hostile page from filling the database through one read. */
const Text = z.string().max(20_000);
const ShortText = z.string().max(2_000);
const Url = z.string().max(4_000);

export const SalesVolumeSchema = z.object({
  /** Lower bound shown ("1万+" → 10000, "2K+ bought in past month" → 2000). */
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().optional(),
  /** The page's own wording, kept so the UI never shows a fake exact number. */
  text: ShortText,
});

export const SalesRankSchema = z.object({
  rank: z.number().int().positive(),
  category: ShortText,
});

/** A coupon or threshold discount as shown: `满199减10`, `每满100减15`, `9折`, `Save 20% with coupon`. */
export const CouponSchema = z.object({
  text: ShortText,
  /** Spend at least this (满199 → 199 CNY). */
  threshold: MoneySchema.optional(),
  /** Money off (减10 → 10 CNY, "$5 off"). */
  discount: MoneySchema.optional(),
  /** Percent off (9折 → 10, "20% off" → 20). */
  percentOff: z.number().gt(0).lt(100).optional(),
});
export type Coupon = z.infer<typeof CouponSchema>;

/** A shop's rating line: Taobao DSR 描述/服务/物流 4.8, JD 商品评价 9.6 (scales differ; `max` says which). */
export const ShopScoreSchema = z.object({
  name: ShortText,
  score: z.number().nonnegative().max(100),
  max: z.number().positive().max(100).optional(),
  /** Comparison with the category as shown ("高于同行 12%", "持平"). */
  vsIndustry: ShortText.optional(),
});

export const ShopSchema = z.object({
  name: ShortText,
  id: z.string().max(64).optional(),
  url: Url.optional(),
  /** Marketplace-run store (京东自营, 天猫超市, Amazon itself). */
  selfOperated: z.boolean().optional(),
  scores: z.array(ShopScoreSchema).max(10).optional(),
});
export type Shop = z.infer<typeof ShopSchema>;

/** One SKU dimension (颜色分类, 尺码, Size) and its options as shown. */
export const OptionGroupSchema = z.object({
  name: ShortText,
  values: z
    .array(
      z.object({
        text: ShortText,
        selected: z.boolean().optional(),
        /** false when shown as out of stock / not selectable. */
        available: z.boolean().optional(),
        image: Url.optional(),
      }),
    )
    .max(300),
});
export type OptionGroup = z.infer<typeof OptionGroupSchema>;

/** A review tag with its count (`质量很好(128)`); `negative` for tags the page marks as critical. */
export const ReviewTagSchema = z.object({
  text: ShortText,
  count: z.number().int().nonnegative().optional(),
  negative: z.boolean().optional(),
});
export type ReviewTag = z.infer<typeof ReviewTagSchema>;

export const ProductSchema = z.object({
  /** ASIN, or the marketplace's item / sku id. */
  id: z.string().min(1).max(64),
  title: Text.optional(),
  brand: ShortText.optional(),
  price: MoneySchema.optional(),
  priceRange: PriceRangeSchema.optional(),
  /** Struck-through list / RRP / 原价 price of this product. */
  listPrice: MoneySchema.optional(),
  couponPrice: MoneySchema.optional(),
  /** The label the page puts on `price` (促销价, 淘宝价, 到手价, Deal Price). */
  priceLabel: ShortText.optional(),
  coupons: z.array(CouponSchema).max(50).optional(),
  rating: z.number().min(0).max(5).optional(),
  reviewCount: z.number().int().nonnegative().optional(),
  /** The page's own star histogram: percent of ratings at 1★…5★ (index 0 = 1★), as shown. */
  starHistogram: z.array(z.number().min(0).max(100)).length(5).optional(),
  salesVolume: SalesVolumeSchema.optional(),
  bullets: z.array(Text).max(100).optional(),
  description: z.string().max(100_000).optional(),
  specs: z.record(ShortText, Text).optional(),
  images: z.array(Url).max(200).optional(),
  categoryPath: z.array(ShortText).max(30).optional(),
  salesRanks: z.array(SalesRankSchema).max(30).optional(),
  seller: ShortText.optional(),
  /** Shop details where the page shows them (Taobao/Tmall/JD); `seller` keeps the name too. */
  shop: ShopSchema.optional(),
  options: z.array(OptionGroupSchema).max(20).optional(),
  reviewTags: z.array(ReviewTagSchema).max(100).optional(),
  availability: ShortText.optional(),
  /** Listing parts (issue #10, listing-parts.ts); absent = not shown on the page. */
  media: MediaSchema.optional(),
  richContent: RichContentSchema.optional(),
  variations: VariationsSchema.optional(),
  badges: z.array(BadgeSchema).min(1).max(30).optional(),
  /** Every promotion shown, coupons included (`coupons` keeps its price-side detail). */
  promotions: z.array(PromotionSchema).min(1).max(50).optional(),
  /** Answered questions / 问大家 / 商品问答 count as shown. */
  questionCount: z.number().int().nonnegative().optional(),
  delivery: DeliverySchema.optional(),
});
export type Product = z.infer<typeof ProductSchema>;

export const SearchResultSchema = z.object({
  /** 1-based position in the page's main result list, sponsored tiles included. */
  position: z.number().int().positive(),
  id: z.string().min(1).max(64),
  title: Text,
  url: Url.optional(),
  price: MoneySchema.optional(),
  rating: z.number().min(0).max(5).optional(),
  reviewCount: z.number().int().nonnegative().optional(),
  sponsored: z.boolean(),
  /** Shop name on the tile (Taobao/JD). */
  shop: ShortText.optional(),
  salesVolume: SalesVolumeSchema.optional(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const ReviewSchema = z.object({
  id: z.string().max(64).optional(),
  rating: z.number().min(0).max(5).optional(),
  title: Text.optional(),
  body: z.string().max(100_000).optional(),
  /** ISO date (YYYY-MM-DD) when the page's date text could be parsed. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** The page's own date line ("Reviewed in the United States on May 2, 2024"). */
  dateText: ShortText.optional(),
  author: ShortText.optional(),
  verified: z.boolean().optional(),
  /** Purchased variant ("Size: L | Colour: Blue"). */
  variant: ShortText.optional(),
  helpfulVotes: z.number().int().nonnegative().optional(),
  /** Number of photos/videos attached. */
  photos: z.number().int().nonnegative().optional(),
  /** A follow-up review added later (追评). */
  followUp: Text.optional(),
});
export type Review = z.infer<typeof ReviewSchema>;

export const ISSUE_SEVERITIES = ['missing-required', 'missing-optional', 'unparseable'] as const;
export const IssueSchema = z.object({
  field: z.string().max(100),
  severity: z.enum(ISSUE_SEVERITIES),
  message: ShortText,
  /** Strategies tried, in order (for "layout may have changed" diagnostics). */
  tried: z.array(z.string().max(200)).max(30).optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

export const BLOCK_REASONS = ['captcha', 'login', 'risk-check'] as const;
export const BlockReasonSchema = z.enum(BLOCK_REASONS);
export type BlockReason = z.infer<typeof BlockReasonSchema>;

export const PAGE_READ_VERSION = 1;

export const PageReadSchema = z.object({
  version: z.literal(PAGE_READ_VERSION),
  marketplace: MarketplaceSchema,
  pageKind: PageKindSchema,
  url: Url,
  /** BCP 47 display locale of the page (`de-DE`, `en-GB`, `zh-CN`). */
  locale: z.string().min(2).max(35),
  /** ISO timestamp. */
  readAt: z.iso.datetime(),
  product: ProductSchema.optional(),
  results: z.array(SearchResultSchema).max(500).optional(),
  /** "1-16 of over 2,000 results" → 2000 (lower bound as shown). */
  totalResults: z.number().int().nonnegative().optional(),
  reviews: z.array(ReviewSchema).max(500).optional(),
  blockedReason: BlockReasonSchema.optional(),
  issues: z.array(IssueSchema).max(200),
  /** Which strategy produced each field (`price: 'core-price'`), for reader health. */
  provenance: z.record(z.string().max(100), z.string().max(100)).optional(),
});
export type PageRead = z.infer<typeof PageReadSchema>;
