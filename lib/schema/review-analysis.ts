import { z } from 'zod';
import { BilingualSchema } from './title';

/**
 * Review analysis (issue #7): star distribution, themes with quotes, return reasons.
 * Computed from PageRead.reviews (and stored reviews of a tracked product); shown in the
 * panel, exported, printed by the audit command.
 */

export const SENTIMENTS = ['positive', 'negative', 'neutral'] as const;
export const SentimentSchema = z.enum(SENTIMENTS);
export type Sentiment = z.infer<typeof SentimentSchema>;

/** Aspect ids; labels come from the bilingual lexicon. */
export const ASPECTS = [
  'size-fit', 'quality-durability', 'battery', 'smell', 'noise', 'packaging', 'delivery',
  'customer-service', 'value', 'appearance', 'ease-of-use', 'performance', 'material', 'comfort',
  'accuracy-description', 'taste', 'safety',
] as const;
export const AspectSchema = z.enum(ASPECTS);
export type Aspect = z.infer<typeof AspectSchema>;

export const RETURN_REASONS = [
  'quality-defect', 'size-fit', 'not-as-described', 'damaged', 'wrong-or-missing', 'logistics',
  'changed-mind', 'price', 'counterfeit', 'other',
] as const;
export const ReturnReasonSchema = z.enum(RETURN_REASONS);
export type ReturnReason = z.infer<typeof ReturnReasonSchema>;

export const StarDistributionSchema = z.object({
  /** Counts or shares for 1★…5★ (index 0 = 1★). */
  shares: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]).describe('percent 0–100'),
  /** 'page' = the page's own histogram; 'reviews' = computed from the reviews on the page. */
  source: z.enum(['page', 'reviews']),
  /** Reviews behind it (for 'page' the page's rating count when known). */
  sampleSize: z.number().int().nonnegative(),
  /** Share of 1–2★ reviews, percent. */
  lowShare: z.number().min(0).max(100),
  /** Many 5★ and many 1★ with few in between (J-shaped). */
  polarised: z.boolean(),
  /** Fewer reviews than the analysis needs to say anything firm. */
  smallSample: z.boolean(),
});
export type StarDistribution = z.infer<typeof StarDistributionSchema>;

export const ReviewQuoteSchema = z.object({
  text: z.string().max(1000),
  /** Index into the analysed reviews, and the review's id when it has one. */
  reviewIndex: z.number().int().nonnegative(),
  reviewId: z.string().max(64).optional(),
  rating: z.number().min(0).max(5).optional(),
  date: z.string().max(40).optional(),
});
export type ReviewQuote = z.infer<typeof ReviewQuoteSchema>;

export const ReviewThemeSchema = z.object({
  /** An aspect of the lexicon, or a recurring phrase found in the reviews. */
  aspect: AspectSchema.optional(),
  phrase: z.string().max(200).optional(),
  label: BilingualSchema,
  sentiment: SentimentSchema,
  /** Reviews that mention it with this sentiment. */
  mentions: z.number().int().nonnegative(),
  /** Percent of analysed reviews. */
  share: z.number().min(0).max(100),
  quotes: z.array(ReviewQuoteSchema).max(10),
});
export type ReviewTheme = z.infer<typeof ReviewThemeSchema>;

export const ReturnReasonRowSchema = z.object({
  reason: ReturnReasonSchema,
  label: BilingualSchema,
  mentions: z.number().int().nonnegative(),
  share: z.number().min(0).max(100),
  /** 1–5: how much a return for this reason costs the seller (refund, safety, shipping). */
  impact: z.number().min(1).max(5),
  /** frequency × impact, documented in lib/analyses/reviews. */
  severity: z.number().nonnegative(),
  quotes: z.array(ReviewQuoteSchema).max(10),
});
export type ReturnReasonRow = z.infer<typeof ReturnReasonRowSchema>;

export const ReviewAnalysisSchema = z.object({
  reviewCount: z.number().int().nonnegative(),
  /** Language mix of the analysed reviews (`en`, `zh`, `de`…). */
  languages: z.array(z.string().max(20)),
  stars: StarDistributionSchema.optional(),
  themes: z.array(ReviewThemeSchema),
  returnReasons: z.array(ReturnReasonRowSchema),
  /** Themes found but not named because they fall under the threshold (≥ 3 mentions or ≥ 2 %). */
  belowThreshold: z.number().int().nonnegative(),
  /** True when there are too few reviews for firm themes; the UI says so. */
  smallSample: z.boolean(),
  /** Page review tags (质量很好(128)) carried through as they are. */
  pageTags: z.array(z.object({ text: z.string().max(200), count: z.number().int().nonnegative().optional(), negative: z.boolean().optional() })).optional(),
});
export type ReviewAnalysis = z.infer<typeof ReviewAnalysisSchema>;
