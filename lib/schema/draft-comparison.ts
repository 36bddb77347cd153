import { z } from 'zod';
import { MarketplaceSchema } from './page-read';
import { BilingualSchema, CHECK_STATUSES, TitleFieldSchema } from './title';

/**
 * Two drafts of one listing scored side by side (A/B drafts in the workbench): the same
 * rules, keywords and competitor terms for both, so every difference is the text's.
 * Built by lib/analyses/title/compare-drafts.ts.
 */

/** Which draft does better: A, B, or neither (equal, or the rule applies to one only). */
export const VERDICTS = ['a', 'b', 'tie'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

/** One rule's result for both drafts. A `null` status: the rule made no check for that text. */
export const RuleComparisonSchema = z.object({
  rule: z.string().max(100),
  statusA: z.enum(CHECK_STATUSES).nullable(),
  statusB: z.enum(CHECK_STATUSES).nullable(),
  earnedA: z.number().nonnegative(),
  earnedB: z.number().nonnegative(),
  /** What the rule is worth (the larger of the two sides' weights). */
  weight: z.number().nonnegative(),
  winner: VerdictSchema,
  /** Each side's explanation, so a UI can say why the losing draft lost. */
  messageA: BilingualSchema.optional(),
  messageB: BilingualSchema.optional(),
});
export type RuleComparison = z.infer<typeof RuleComparisonSchema>;

export const FieldComparisonSchema = z.object({
  /** The workbench slot: `title`, `searchTerms`, `shortTitle` or `bullet0`…`bullet9`. */
  slot: z.string().max(20),
  field: TitleFieldSchema,
  /** 0-based, for bullets. */
  bullet: z.number().int().nonnegative().optional(),
  scoreA: z.number().min(0).max(100),
  scoreB: z.number().min(0).max(100),
  /** scoreA − scoreB. */
  difference: z.number().min(-100).max(100),
  /** By score; equal scores tie. */
  verdict: VerdictSchema,
  rules: z.array(RuleComparisonSchema),
});
export type FieldComparison = z.infer<typeof FieldComparisonSchema>;

/** One target keyword against both titles. */
export const KeywordComparisonSchema = z.object({
  keyword: z.string().max(200),
  inA: z.boolean(),
  inB: z.boolean(),
  frontLoadedA: z.boolean(),
  frontLoadedB: z.boolean(),
  stuffedA: z.boolean(),
  stuffedB: z.boolean(),
});
export type KeywordComparison = z.infer<typeof KeywordComparisonSchema>;

/** One term mined from competitors' titles against both titles. */
export const CompetitorTermComparisonSchema = z.object({
  term: z.string().max(200),
  /** How many distinct competitor titles use it. */
  competitors: z.number().int().nonnegative(),
  inA: z.boolean(),
  inB: z.boolean(),
});
export type CompetitorTermComparison = z.infer<typeof CompetitorTermComparisonSchema>;

export const DraftComparisonSchema = z.object({
  marketplace: MarketplaceSchema,
  draftA: z.string().max(64),
  draftB: z.string().max(64),
  /** The keywords both drafts were scored with. */
  keywords: z.array(z.string().max(200)).max(1000),
  fields: z.array(FieldComparisonSchema),
  keywordRows: z.array(KeywordComparisonSchema),
  competitorTerms: z.array(CompetitorTermComparisonSchema),
  /** How many fields each draft wins, and how many tie. */
  wins: z.object({ a: z.number().int().nonnegative(), b: z.number().int().nonnegative(), tie: z.number().int().nonnegative() }),
});
export type DraftComparison = z.infer<typeof DraftComparisonSchema>;
