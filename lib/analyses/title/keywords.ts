import type { KeywordCoverage, Marketplace } from '../../schema';

export interface CoverageOptions {
  marketplace: Marketplace;
  brand?: string;
}

/**
 * STUB (issue #4, being written): which target keywords the text contains, where, whether
 * front-loaded and whether stuffed.
 */
export function keywordCoverage(_text: string, keywords: readonly string[], _options: CoverageOptions): KeywordCoverage[] {
  return keywords.map((keyword) => ({ keyword, present: false, spans: [], frontLoaded: false, stuffed: false }));
}
