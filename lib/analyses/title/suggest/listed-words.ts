import type { Marketplace } from '../../../schema';
import { matchers } from '../rules/lists';
import type { WordMatcher } from '../rules/word-list';

/**
 * The rule engine's word lists (words/*.json) that a suggestion must not contain, per
 * marketplace. A suggestion is a term the user is invited to add, so it is held to more
 * than the title rules: an entry of either severity excludes it — a `warn` word (premium,
 * 高级, 送) is at best doubtful advice. Exempt phrases in the lists stay allowed (the
 * matcher skips them), and other brands (brands.json) are never suggested.
 */
const LISTS: Record<Marketplace, readonly WordMatcher[]> = {
  amazon: [matchers.promo, matchers.subjective, matchers.claims, matchers.searchTerms, matchers.brands],
  taobao: [matchers.cnAbsolute, matchers.taobaoAbuse, matchers.comparisonMarkers, matchers.brands],
  tmall: [matchers.cnAbsolute, matchers.taobaoAbuse, matchers.comparisonMarkers, matchers.brands],
  jd: [matchers.cnAbsolute, matchers.jdPromo, matchers.taobaoAbuse, matchers.comparisonMarkers, matchers.brands],
};

/** True when one of the marketplace's lists matches inside the term. */
export function listedWord(marketplace: Marketplace, term: string): boolean {
  return LISTS[marketplace].some((m) => m.match(term).length > 0);
}
