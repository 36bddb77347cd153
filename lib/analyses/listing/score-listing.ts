import { LISTING_SECTIONS, type ListingCheck, type ListingScore, type ListingSectionTotal, type PageRead } from '../../schema';
import type { TitleConfig } from '../title/limits';
import { round2, type RuleEnv } from './check';
import { bulletChecks } from './rules/bullets';
import { descriptionChecks } from './rules/description';
import { imageChecks } from './rules/images';
import { promotionChecks } from './rules/promotions';
import { reviewChecks } from './rules/reviews';
import { richContentChecks } from './rules/rich-content';
import { titleCheck } from './rules/title';
import { variationChecks } from './rules/variations';
import { LISTING_WEIGHTS } from './weights';

export interface ListingContext {
  /** Target keywords for the title and bullet checks. */
  keywords?: readonly string[];
  /** The user's title-limit overrides (options page). */
  config?: TitleConfig;
}

/** Thrown for a read that has no product to score (search, blocked, unsupported pages). */
export class ListingNotScorableError extends Error {
  constructor(readonly pageKind: PageRead['pageKind']) {
    super(`Only product and review pages can be scored; this read is a ${pageKind} page${pageKind === 'product' || pageKind === 'reviews' ? ' without a product' : ''}.`);
    this.name = 'ListingNotScorableError';
  }
}

/** Product pages and review pages (their product box) with a product read can be scored. */
export function canScoreListing(read: PageRead): boolean {
  return (read.pageKind === 'product' || read.pageKind === 'reviews') && read.product !== undefined;
}

/** Per-section sums, in LISTING_SECTIONS order, sections without checks left out. */
function sectionTotals(checks: readonly ListingCheck[]): ListingSectionTotal[] {
  return LISTING_SECTIONS.flatMap((section) => {
    const own = checks.filter((c) => c.section === section);
    if (own.length === 0) return [];
    return [{ section, earned: round2(own.reduce((s, c) => s + c.earned, 0)), weight: round2(own.reduce((s, c) => s + c.weight, 0)) }];
  });
}

/**
 * The whole listing of a product read, scored rule by rule (issue #10): every check says
 * pass / warn / fail / unknown in zh and en, with its value, a fix and a source. total is
 * Σ earned and max Σ weight over the checks; a fully judged listing has max 100 (weights.ts),
 * unknown checks weigh 0 and lower the max. Rules and weights per marketplace: README.md.
 * Throws ListingNotScorableError when canScoreListing(read) is false.
 */
export function scoreListing(read: PageRead, ctx: ListingContext = {}): ListingScore {
  if (!canScoreListing(read)) throw new ListingNotScorableError(read.pageKind);
  const env: RuleEnv = {
    read,
    product: read.product!,
    marketplace: read.marketplace,
    weights: LISTING_WEIGHTS[read.marketplace],
    keywords: ctx.keywords?.filter((k) => k.trim()) ?? [],
    ...(ctx.config ? { config: ctx.config } : {}),
    boxOnly: read.pageKind === 'reviews',
  };
  const title = titleCheck(env);
  const checks = [
    title.check,
    ...bulletChecks(env),
    ...imageChecks(env),
    ...richContentChecks(env),
    ...descriptionChecks(env),
    ...reviewChecks(env),
    ...variationChecks(env),
    ...promotionChecks(env),
  ];
  const total = round2(checks.reduce((s, c) => s + c.earned, 0));
  const max = round2(checks.reduce((s, c) => s + c.weight, 0));
  return {
    marketplace: read.marketplace,
    productId: read.product!.id,
    total,
    max,
    ...(max > 0 ? { percent: Math.round((total / max) * 100) } : {}),
    sections: sectionTotals(checks),
    checks,
    ...(title.title ? { title: title.title } : {}),
  };
}
