import { z } from 'zod';
import { MarketplaceSchema } from './page-read';
import { BilingualSchema } from './title';

/**
 * FABE selling points (Feature, Advantage, Benefit, Evidence): statements taken from a
 * listing, each linked to where it came from, grouped into chains and compared across
 * competitors. Definitions: ../shared/reference/domain-rules.md §3.
 */

export const FABE_PARTS = ['F', 'A', 'B', 'E', 'none'] as const;
export const FabePartSchema = z.enum(FABE_PARTS);
export type FabePart = z.infer<typeof FabePartSchema>;

export const STATEMENT_ORIGINS = ['title', 'bullet', 'description', 'spec', 'review'] as const;

/** Where a statement came from: bullet 3, spec row "材质", the review of 2024-03-05 (2★). */
export const StatementSourceSchema = z.object({
  origin: z.enum(STATEMENT_ORIGINS),
  /** 0-based index of the bullet / review / description paragraph. */
  index: z.number().int().nonnegative().optional(),
  /** Spec row name for `spec`. */
  specName: z.string().max(200).optional(),
  reviewId: z.string().max(64).optional(),
  reviewDate: z.string().max(40).optional(),
  reviewRating: z.number().min(0).max(5).optional(),
  /** UTF-16 offsets of the statement inside that source text. */
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type StatementSource = z.infer<typeof StatementSourceSchema>;

export const ClassifiedStatementSchema = z.object({
  id: z.string().max(64),
  text: z.string().max(5000),
  /** BCP 47 language of the statement (`en`, `zh`, `de`…). */
  lang: z.string().max(20),
  source: StatementSourceSchema,
  part: FabePartSchema,
  confidence: z.number().min(0).max(1),
  /** The cue (word, pattern or feature) that decided the part, for the UI's "why". */
  cue: z.string().max(200).optional(),
});
export type ClassifiedStatement = z.infer<typeof ClassifiedStatementSchema>;

export const EVIDENCE_KINDS = [
  'number', 'certification', 'test-report', 'patent', 'award', 'rating', 'review-count', 'sales', 'review-quote',
] as const;

export const EvidenceSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  text: z.string().max(2000),
  /** The statement it comes from, when it is one (a review quote, a "SGS tested" bullet). */
  statementId: z.string().max(64).optional(),
  /** A 4–5★ review confirms, a 1–2★ review contradicts. */
  stance: z.enum(['supports', 'contradicts']),
  /** Claim warnings from the title rules (FDA approved, 认证 without a document…). */
  warnings: z.array(BilingualSchema).max(10).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** F → A → B about one thing, with the evidence attached to it. */
export const FabeChainSchema = z.object({
  id: z.string().max(64),
  /** The shared noun/attribute ("304 stainless steel", "保温", "battery"). */
  theme: z.string().max(200),
  features: z.array(z.string().max(64)),
  advantages: z.array(z.string().max(64)),
  benefits: z.array(z.string().max(64)),
  evidence: z.array(EvidenceSchema),
  /** No evidence supports any claim of the chain. */
  unsupported: z.boolean(),
  /** Ranking for drafts and display (documented in lib/analyses/fabe). */
  strength: z.number().nonnegative(),
});
export type FabeChain = z.infer<typeof FabeChainSchema>;

export const FabeTableSchema = z.object({
  marketplace: MarketplaceSchema,
  productId: z.string().max(64),
  title: z.string().max(20000).optional(),
  lang: z.string().max(20),
  statements: z.array(ClassifiedStatementSchema),
  chains: z.array(FabeChainSchema),
});
export type FabeTable = z.infer<typeof FabeTableSchema>;

/** Which themes each product claims, and the gaps between the user's product and the rest. */
export const GapMatrixSchema = z.object({
  themes: z.array(z.string().max(200)),
  products: z.array(
    z.object({
      productId: z.string().max(64),
      title: z.string().max(20000).optional(),
      mine: z.boolean(),
      /** theme → the parts claimed for it (empty = not claimed). */
      claims: z.record(z.string().max(200), z.array(FabePartSchema)),
    }),
  ),
  /** Themes competitors claim that the user's listing does not. */
  missingFromMine: z.array(z.string().max(200)),
  /** Themes only the user's listing claims. */
  onlyMine: z.array(z.string().max(200)),
});
export type GapMatrix = z.infer<typeof GapMatrixSchema>;

/** A 一句话卖点 draft: [audience/scene] + [benefit] + [hardest evidence or number]. */
export const SellingPointDraftSchema = z.object({
  text: z.string().max(500),
  lang: z.string().max(20),
  chainId: z.string().max(64),
  /** Title-rule checks it passed (banned words are never offered). */
  rulesPassed: z.boolean(),
});
export type SellingPointDraft = z.infer<typeof SellingPointDraftSchema>;
