import { z } from 'zod';
import { MarketplaceSchema } from './page-read';

/**
 * Title scoring results and the copywriter's drafts. Scores are computed, not stored, but
 * they cross into the panel and the audit command's JSON, so their shape lives here too.
 */

/** A bilingual message: every check explains itself in Chinese and English. */
export const BilingualSchema = z.object({ zh: z.string().max(2000), en: z.string().max(2000) });
export type Bilingual = z.infer<typeof BilingualSchema>;

/** Where in the scored text (UTF-16 offsets into the input string, end exclusive). */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

export const CHECK_STATUSES = ['pass', 'warn', 'fail'] as const;

export const TitleCheckSchema = z.object({
  /** Stable rule id, e.g. `amazon.length`, `cn.absolute-terms`, `keywords.missing`. */
  rule: z.string().max(100),
  status: z.enum(CHECK_STATUSES),
  message: BilingualSchema,
  spans: z.array(SpanSchema).max(500).optional(),
  /**
   * What to do about it. `replacement` is the WHOLE scored text with only this check's fix
   * applied (remove a character, drop a phrase), so a UI can apply it in one step.
   */
  fix: z.object({ message: BilingualSchema, replacement: z.string().max(2000).optional() }).optional(),
  /** Points this check is worth; the score is the visible sum of earned points. */
  weight: z.number().nonnegative(),
  earned: z.number().nonnegative(),
  /** Where the rule comes from (URL, or `heuristic`). */
  source: z.string().max(500).optional(),
});
export type TitleCheck = z.infer<typeof TitleCheckSchema>;

export const KeywordCoverageSchema = z.object({
  keyword: z.string().max(200),
  present: z.boolean(),
  /** Every occurrence, whole-word for English, whole-term for Chinese. */
  spans: z.array(SpanSchema).max(100),
  /** First occurrence inside the front of the title (Amazon: first 80 characters). */
  frontLoaded: z.boolean(),
  /** Used more often than the marketplace tolerates (stuffed). */
  stuffed: z.boolean(),
});
export type KeywordCoverage = z.infer<typeof KeywordCoverageSchema>;

export const TITLE_FIELDS = ['title', 'searchTerms', 'bullet', 'shortTitle'] as const;
export const TitleFieldSchema = z.enum(TITLE_FIELDS);
export type TitleField = z.infer<typeof TitleFieldSchema>;

export const TitleScoreSchema = z.object({
  marketplace: MarketplaceSchema,
  field: TitleFieldSchema,
  score: z.number().min(0).max(100),
  checks: z.array(TitleCheckSchema),
  keywords: z.array(KeywordCoverageSchema).optional(),
  stats: z.object({
    /** Code points (what Amazon counts). */
    chars: z.number().int().nonnegative(),
    /** UTF-8 bytes (Amazon search terms). */
    utf8Bytes: z.number().int().nonnegative(),
    /** Chinese counted as 2, ASCII as 1 (Taobao, JD). */
    cnBytes: z.number().int().nonnegative(),
    words: z.number().int().nonnegative(),
  }),
});
export type TitleScore = z.infer<typeof TitleScoreSchema>;

/** One suggested term mined from competitors' titles. */
export const KeywordSuggestionSchema = z.object({
  term: z.string().max(200),
  /** Ranking score (higher first); documented in lib/analyses/title/suggest.ts. */
  score: z.number().nonnegative(),
  /** How many distinct competitor titles use it. */
  competitors: z.number().int().nonnegative(),
  /** Best (lowest) search position among them, when known. */
  bestPosition: z.number().int().positive().optional(),
});
export type KeywordSuggestion = z.infer<typeof KeywordSuggestionSchema>;

/** A copywriter's draft, kept in Dexie with its history. */
export const DraftSchema = z.object({
  id: z.string().min(1).max(64),
  marketplace: MarketplaceSchema,
  /** The product the draft is for, when started from a page. */
  productId: z.string().max(64).optional(),
  name: z.string().max(200),
  title: z.string().max(2000),
  bullets: z.array(z.string().max(2000)).max(10),
  searchTerms: z.string().max(2000),
  /** JD's 短标题 (14–30 cn-bytes); absent for other marketplaces. */
  shortTitle: z.string().max(2000).optional(),
  keywords: z.array(z.string().max(200)).max(500),
  brand: z.string().max(200).optional(),
  updatedAt: z.number().int().nonnegative(),
});
export type Draft = z.infer<typeof DraftSchema>;
