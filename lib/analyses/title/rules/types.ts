import type { KeywordCoverage, Marketplace, Span, TitleCheck, TitleField } from '../../../schema';
import type { ResolvedLimits, TitleConfig } from '../limits';
import type { Token } from '../tokens';

/** Everything a rule reads, prepared once per scoreTitle call (folding, tokens, brand spans). */
export interface RuleInput {
  /** The field's text exactly as given; every span points into it. */
  text: string;
  /** fold(text): same length, lower case, full-width ASCII made half-width. */
  folded: string;
  tokens: readonly Token[];
  marketplace: Marketplace;
  field: TitleField;
  brand?: string;
  /** The brand's names as nameKeys (华为（HUAWEI） → 华为(huawei), 华为, huawei), longest first. */
  brandKeys: readonly string[];
  /** Where the brand is written in the text. */
  brandSpans: readonly Span[];
  model?: string;
  modelSpans: readonly Span[];
  keywords: readonly string[];
  /** keywordCoverage's result, when keywords were given. */
  coverage?: readonly KeywordCoverage[];
  limits: ResolvedLimits;
  config: TitleConfig;
}

/** A rule gives one check, or null when it does not apply (brand-first without a brand). */
export type Rule = (input: RuleInput) => TitleCheck | null;
