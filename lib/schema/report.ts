import { z } from 'zod';
import { SnapshotDiffSchema } from './history';
import { GapMatrixSchema } from './fabe';
import { BadgeSchema, PromotionSchema } from './listing-parts';
import { ListingScoreSchema } from './listing-score';
import { MoneySchema } from './money';
import { MarketplaceSchema } from './page-read';
import { PriceBandsSchema, PriceStandingSchema } from './prices';
import { PromotionHistorySchema } from './promotion-history';
import { ReviewAnalysisSchema } from './review-analysis';
import { BilingualSchema } from './title';

/**
 * The operator's audit report (issue #10): one group — the user's product and its
 * competitors — with every section side by side. Built by a pure function from reads and
 * snapshots (lib/analyses/report), rendered as Markdown, CSV and printable HTML
 * (lib/export/report). Page text inside is untrusted: renderers escape it.
 */

export const REPORT_SECTIONS = ['scores', 'title-checks', 'fabe-gap', 'prices', 'reviews', 'promotions', 'changes'] as const;
export const ReportSectionSchema = z.enum(REPORT_SECTIONS);
export type ReportSection = z.infer<typeof ReportSectionSchema>;

export const ReportProductSchema = z.object({
  /** `amazon:B0…`. */
  key: z.string().max(100),
  role: z.enum(['mine', 'competitor']),
  marketplace: MarketplaceSchema,
  productId: z.string().max(64),
  title: z.string().max(20_000).optional(),
  url: z.string().max(4_000),
  readAt: z.iso.datetime(),
  price: MoneySchema.optional(),
  rating: z.number().min(0).max(5).optional(),
  reviewCount: z.number().int().nonnegative().optional(),
  listing: ListingScoreSchema,
  badges: z.array(BadgeSchema).optional(),
  promotions: z.array(PromotionSchema).optional(),
  /** Standing of this price in the group (absent without a price, or alone in its currency). */
  priceStanding: PriceStandingSchema.optional(),
  /** Review themes of the reviews on the read (absent when the read has none). */
  reviews: ReviewAnalysisSchema.optional(),
  /** What changed between the snapshot at/just before `since` and the newest one. */
  changes: SnapshotDiffSchema.optional(),
  promotionHistory: PromotionHistorySchema.optional(),
});
export type ReportProduct = z.infer<typeof ReportProductSchema>;

export const AUDIT_REPORT_VERSION = 1;

export const AuditReportSchema = z.object({
  version: z.literal(AUDIT_REPORT_VERSION),
  generatedAt: z.iso.datetime(),
  /** Group name as the user named it (or the CLI's --name). */
  name: z.string().max(200),
  /** The date "changes since" counts from (ISO), when chosen. */
  since: z.iso.datetime().optional(),
  /** Target keywords the title checks used. */
  keywords: z.array(z.string().max(200)).max(500),
  /** The user's product first, then competitors in the group's order. */
  products: z.array(ReportProductSchema).min(1).max(100),
  fabeGap: GapMatrixSchema.optional(),
  /** Bands of the group's prices, or of a search page given with them. */
  priceBands: PriceBandsSchema.optional(),
  /** Why a section is empty or partial ("no snapshots before the chosen date", "prices in two currencies"). */
  notes: z.array(z.object({ section: ReportSectionSchema, message: BilingualSchema })).max(200),
});
export type AuditReport = z.infer<typeof AuditReportSchema>;
