/**
 * The listing score (issue #10): a product read scored rule by rule per marketplace, in
 * the title scorer's style. Rules, weights, thresholds and sources: README.md.
 */
export { canScoreListing, ListingNotScorableError, scoreListing, type ListingContext } from './score-listing';
export { LISTING_RULES, LISTING_WEIGHTS, sectionOf, type ListingRuleId } from './weights';
export { HEURISTIC, IMAGE_NORMS, NORMS, SOURCES } from './norms';
