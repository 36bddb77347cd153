import type { KeywordSuggestion, Marketplace } from '../../schema';

export interface CompetitorTitle {
  title: string;
  /** Search position (1 = top), when the title came from a results page. */
  position?: number;
}

export interface SuggestOptions {
  marketplace: Marketplace;
  limit?: number;
}

/** STUB (issue #4, being written): terms competitors use that the draft lacks, ranked. */
export function suggestKeywords(_draft: string, _competitors: readonly CompetitorTitle[], _options: SuggestOptions): KeywordSuggestion[] {
  return [];
}
