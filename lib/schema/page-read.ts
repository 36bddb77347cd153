import { z } from 'zod';
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
  rating: z.number().min(0).max(5).optional(),
  reviewCount: z.number().int().nonnegative().optional(),
  salesVolume: SalesVolumeSchema.optional(),
  bullets: z.array(Text).max(100).optional(),
  description: z.string().max(100_000).optional(),
  specs: z.record(ShortText, Text).optional(),
  images: z.array(Url).max(200).optional(),
  categoryPath: z.array(ShortText).max(30).optional(),
  salesRanks: z.array(SalesRankSchema).max(30).optional(),
  seller: ShortText.optional(),
  availability: ShortText.optional(),
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
