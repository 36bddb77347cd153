import { z } from 'zod';
import { BadgeKindSchema, PromotionKindSchema } from './listing-parts';
import { MoneySchema } from './money';

/**
 * 活动复盘 (issue #10): when each promotion and badge of a tracked product was first and last
 * seen in its snapshots, and what the price did around it. Snapshots are sightings, not a
 * continuous record, so start and end are bounded by visits: `firstSeen` is the first
 * snapshot that showed it, `goneBy` the first later snapshot that no longer did.
 */

export const PromotionSpanSchema = z.object({
  /** What it is: a promotion (coupon, deal…) or a badge (Best Seller…). */
  type: z.enum(['promotion', 'badge']),
  kind: z.union([PromotionKindSchema, BadgeKindSchema]),
  /** The page's wording: the identity of the promotion across snapshots. */
  text: z.string().max(2000),
  /** Snapshot before the first sighting (bounds the start from below); absent when it was there from the first snapshot. */
  notSeenAt: z.iso.datetime().optional(),
  firstSeen: z.iso.datetime(),
  lastSeen: z.iso.datetime(),
  /** First snapshot after lastSeen without it; absent while it is still shown. */
  goneBy: z.iso.datetime().optional(),
  /** The end the page stated (endsAt, or readAt + endsInSeconds of the latest sighting). */
  statedEnd: z.iso.datetime().optional(),
  /** Price in the snapshot before firstSeen. */
  priceBefore: MoneySchema.optional(),
  /** Lowest and highest price while shown (same currency as the first). */
  priceDuringMin: MoneySchema.optional(),
  priceDuringMax: MoneySchema.optional(),
  /** Price at goneBy. */
  priceAfter: MoneySchema.optional(),
});
export type PromotionSpan = z.infer<typeof PromotionSpanSchema>;

export const PromotionHistorySchema = z.object({
  productKey: z.string().max(100),
  /** Snapshots looked at, and the time they cover. */
  snapshots: z.number().int().nonnegative(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  /** Newest first by firstSeen. */
  spans: z.array(PromotionSpanSchema),
});
export type PromotionHistory = z.infer<typeof PromotionHistorySchema>;
