import { z } from 'zod';
import { MarketplaceSchema } from './page-read';
import { BilingualSchema, TitleScoreSchema } from './title';

/**
 * The whole listing scored rule by rule (issue #10), in the title scorer's style: every
 * check says pass / warn / fail in zh and en with a fix, and the total is the visible sum
 * of the checks' earned points. A check the read cannot judge (the page did not show the
 * part, or the reader could not read it) is `unknown`: weight 0, so it neither costs nor
 * earns points, and its message says what was missing.
 */

export const LISTING_SECTIONS = ['title', 'bullets', 'images', 'rich-content', 'description', 'reviews', 'variations', 'promotions'] as const;
export const ListingSectionSchema = z.enum(LISTING_SECTIONS);
export type ListingSection = z.infer<typeof ListingSectionSchema>;

export const LISTING_CHECK_STATUSES = ['pass', 'warn', 'fail', 'unknown'] as const;
export const ListingCheckStatusSchema = z.enum(LISTING_CHECK_STATUSES);
export type ListingCheckStatus = z.infer<typeof ListingCheckStatusSchema>;

export const ListingCheckSchema = z.object({
  /** Stable rule id, e.g. `listing.images.count`, `listing.bullets.banned-claims`. */
  rule: z.string().max(100),
  section: ListingSectionSchema,
  status: ListingCheckStatusSchema,
  message: BilingualSchema,
  fix: z.object({ message: BilingualSchema }).optional(),
  /** The value judged, as shown ("5 images · 1 video", "4.3★ · 1,234 ratings"). */
  value: z.string().max(300).optional(),
  /** Points the check is worth (0 when unknown); earned ≤ weight. */
  weight: z.number().nonnegative(),
  earned: z.number().nonnegative(),
  /** Where the rule comes from (URL, or `heuristic`). */
  source: z.string().max(500).optional(),
});
export type ListingCheck = z.infer<typeof ListingCheckSchema>;

export const ListingSectionTotalSchema = z.object({
  section: ListingSectionSchema,
  earned: z.number().nonnegative(),
  weight: z.number().nonnegative(),
});
export type ListingSectionTotal = z.infer<typeof ListingSectionTotalSchema>;

export const ListingScoreSchema = z.object({
  marketplace: MarketplaceSchema,
  productId: z.string().max(64),
  /** Σ earned over `checks`. */
  total: z.number().nonnegative(),
  /** Σ weight over `checks` (the judged ones). */
  max: z.number().nonnegative(),
  /** round(total / max × 100); absent when nothing could be judged. */
  percent: z.number().min(0).max(100).optional(),
  /** Per-section sums, in LISTING_SECTIONS order, sections with no checks left out. */
  sections: z.array(ListingSectionTotalSchema),
  checks: z.array(ListingCheckSchema),
  /** The title scorer's result the `title` section was taken from. */
  title: TitleScoreSchema.optional(),
});
export type ListingScore = z.infer<typeof ListingScoreSchema>;
