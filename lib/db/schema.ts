import { z } from 'zod';
import {
  DraftSchema,
  MarketplaceSchema,
  MoneySchema,
  PageReadSchema,
  PriceRangeSchema,
  ProductKeySchema,
  ReviewSchema,
  SalesVolumeSchema,
  SearchResultSchema,
} from '../schema';

/**
 * Rows of the extension database. The background writes only rows it has validated;
 * readers (the side panel, the migration test, the import) parse rows again, so a row
 * written by an older version that no longer fits shows as an error instead of a wrong value.
 */

const Ms = z.number().int().nonnegative();

/** The latest read of one open tab; removed when the tab closes. */
export const TabReadRowSchema = z.object({
  tabId: z.number().int().nonnegative(),
  read: PageReadSchema,
  /** ms since epoch of the write; lets startup drop rows of a previous browser session. */
  updatedAt: Ms,
});
export type TabReadRow = z.infer<typeof TabReadRowSchema>;

/** Page kinds whose reads carry one product (kept as its latest read; product pages also as history). */
export const SNAPSHOT_KINDS = ['product', 'reviews'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

export const PRODUCT_ROLES = ['mine', 'competitor', 'untracked'] as const;
export const ProductRoleSchema = z.enum(PRODUCT_ROLES);
export type ProductRole = z.infer<typeof ProductRoleSchema>;

/** What the product list shows without loading a read: the newest product-page read's numbers. */
export const ProductSummarySchema = z.object({
  readAt: z.string().max(40),
  price: MoneySchema.optional(),
  priceRange: PriceRangeSchema.optional(),
  listPrice: MoneySchema.optional(),
  couponPrice: MoneySchema.optional(),
  rating: z.number().min(0).max(5).optional(),
  reviewCount: z.number().int().nonnegative().optional(),
  salesVolume: SalesVolumeSchema.optional(),
  availability: z.string().max(2000).optional(),
  image: z.string().max(4000).optional(),
});
export type ProductSummary = z.infer<typeof ProductSummarySchema>;

/**
 * One product ever read (v3). Tracked products (`mine`, `competitor`) keep a history of
 * snapshots; untracked ones keep only their latest reads, the least recently seen dropped
 * past UNTRACKED_LIMIT (capture.ts).
 */
export const ProductRowSchema = z.object({
  /** `amazon:B0DR8G428S` (lib/schema/history.ts). */
  key: ProductKeySchema,
  marketplace: MarketplaceSchema,
  productId: z.string().min(1).max(64),
  title: z.string().max(20_000).optional(),
  /** Read times (the reads' own clock), ms since epoch. */
  firstSeenMs: Ms,
  lastSeenMs: Ms,
  /** `mine` wins when a product is mine in one group and a competitor in another. */
  role: ProductRoleSchema,
  /** When it was first tracked. */
  trackedAtMs: Ms.optional(),
  /**
   * Set (to lastSeenMs) only on untracked products without history: the sparse index the
   * least-recently-seen bound walks. Products with snapshots are never dropped by it.
   */
  lruMs: Ms.optional(),
  latest: ProductSummarySchema.optional(),
});
export type ProductRow = z.infer<typeof ProductRowSchema>;

/**
 * One state of a tracked product (v3): written when a product-page read differs from the
 * product's newest snapshot in a meaningful field (fingerprint.ts); an unchanged read moves
 * `lastSeenMs` instead. `read` is the page read without its reviews (those live in
 * latestReads); rows migrated from v2 keep their reads whole.
 */
export const SnapshotRowSchema = z.object({
  id: z.number().int().positive().optional(),
  productKey: ProductKeySchema,
  marketplace: MarketplaceSchema,
  productId: z.string().min(1).max(64),
  pageKind: z.enum(SNAPSHOT_KINDS),
  url: z.string().max(4000),
  /** When this state was read first: the read's own ISO timestamp, and the same instant in
   * ms for ordering (ISO strings with and without milliseconds do not sort as text). */
  readAt: z.string().max(40),
  readAtMs: Ms,
  /** The last read that still showed this state. */
  lastSeenMs: Ms,
  /** The tab it came from (re-reads of one visit update one snapshot); absent when imported. */
  tabId: z.number().int().nonnegative().optional(),
  /** Fingerprint of the meaningful fields (fingerprint.ts): equal hash, same state. */
  hash: z.string().regex(/^[0-9a-f]{28}$/),
  read: PageReadSchema,
});
export type SnapshotRow = z.infer<typeof SnapshotRowSchema>;

/**
 * The newest read of each product per page kind (v3), tracked or not: what the workbench,
 * the FABE view and track-product start from. Keyed by [productKey+pageKind].
 */
export const LatestReadRowSchema = z.object({
  productKey: ProductKeySchema,
  pageKind: z.enum(SNAPSHOT_KINDS),
  marketplace: MarketplaceSchema,
  productId: z.string().min(1).max(64),
  url: z.string().max(4000),
  readAt: z.string().max(40),
  readAtMs: Ms,
  tabId: z.number().int().nonnegative().optional(),
  read: PageReadSchema,
});
export type LatestReadRow = z.infer<typeof LatestReadRowSchema>;

/** One search / list page's results at one time (v3), newest MAX_RESULT_SETS_PER_QUERY per query kept. */
export const ResultSetRowSchema = z.object({
  id: z.number().int().positive().optional(),
  marketplace: MarketplaceSchema,
  /** Normalised query from the URL (search-query.ts): `portable charger`, `cat:670,671,672`. */
  query: z.string().min(1).max(500),
  page: z.number().int().positive().max(10_000),
  url: z.string().max(4000),
  readAt: z.string().max(40),
  readAtMs: Ms,
  lastSeenMs: Ms,
  tabId: z.number().int().nonnegative().optional(),
  totalResults: z.number().int().nonnegative().optional(),
  /** Fingerprint of the results (ids, positions, prices…): a reload showing the same list moves lastSeenMs. */
  hash: z.string().regex(/^[0-9a-f]{28}$/),
  results: z.array(SearchResultSchema).max(500),
});
export type ResultSetRow = z.infer<typeof ResultSetRowSchema>;

/** Ids the background makes for groups (crypto.randomUUID) — and what an import may bring. */
export const GroupIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);

/** A "my product" and its competitors (v3). Several per user. */
export const GroupRowSchema = z.object({
  id: GroupIdSchema,
  name: z.string().trim().min(1).max(200),
  mine: ProductKeySchema.optional(),
  competitors: z.array(ProductKeySchema).max(200),
  note: z.string().max(2000).optional(),
  createdAt: Ms,
  updatedAt: Ms,
});
export type GroupRow = z.infer<typeof GroupRowSchema>;

/** A copywriter's draft as stored: the shared draft shape (lib/schema/title.ts). */
export const DraftRowSchema = DraftSchema;
export type DraftRow = z.infer<typeof DraftRowSchema>;

/** One earlier version of a draft (throttled and bounded, see drafts.ts). */
export const DraftHistoryRowSchema = z.object({
  id: z.number().int().positive().optional(),
  draftId: z.string().min(1).max(64),
  /** ms since epoch. */
  savedAt: Ms,
  draft: DraftRowSchema,
});
export type DraftHistoryRow = z.infer<typeof DraftHistoryRowSchema>;

/**
 * One distinct review of a tracked product (v4), as the product's pages showed it over
 * time: keyed by [productKey+reviewKey] (review-rows.ts: the review's id, else a hash of
 * its folded text, author and date). `review` is the newest copy seen (buyers edit reviews
 * and add 追评); firstSeenMs dates it for the trends when the page gave no date.
 */
export const ReviewRowSchema = z.object({
  productKey: ProductKeySchema,
  reviewKey: z.string().regex(/^(id:.{1,64}|h:[0-9a-f]{28})$/s),
  marketplace: MarketplaceSchema,
  productId: z.string().min(1).max(64),
  /** Read times (the reads' own clock) of the first and the newest read that showed it. */
  firstSeenMs: Ms,
  lastSeenMs: Ms,
  review: ReviewSchema,
});
export type ReviewRow = z.infer<typeof ReviewRowSchema>;
