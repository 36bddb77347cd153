import type { ListingSection, Marketplace } from '../../schema';

/**
 * Points per rule and marketplace. Each marketplace's table sums to 100 over every rule it
 * can judge, so a fully judged listing has max 100; a rule the read cannot judge becomes
 * `unknown` (weight 0) and lowers the max instead of costing points. A rule missing from a
 * marketplace's table is never run there: Taobao, Tmall and JD have no bullet points, and
 * Taobao/Tmall show no item star rating (their 描述/服务/物流 are shop scores).
 */

export const LISTING_RULES = [
  'listing.title.score',
  'listing.bullets.count',
  'listing.bullets.length',
  'listing.bullets.front-loaded',
  'listing.bullets.banned-claims',
  'listing.images.count',
  'listing.images.video',
  'listing.rich-content.a-plus',
  'listing.rich-content.detail',
  'listing.description.length',
  'listing.description.specs',
  'listing.reviews.rating',
  'listing.reviews.count',
  'listing.reviews.shop-scores',
  'listing.variations.offered',
  'listing.variations.selected',
  'listing.promotions.offer',
  'listing.promotions.delivery',
  'listing.promotions.badges',
] as const;
export type ListingRuleId = (typeof LISTING_RULES)[number];

export type WeightTable = Partial<Record<ListingRuleId, number>>;

/** Taobao and Tmall share one detail-page layout, so one table. */
const TAOBAO: WeightTable = {
  'listing.title.score': 25,
  'listing.images.count': 12,
  'listing.images.video': 8,
  'listing.rich-content.detail': 15,
  'listing.description.specs': 5,
  'listing.reviews.count': 10,
  'listing.reviews.shop-scores': 10,
  // No `selected` rule: Taobao/Tmall pages open with no SKU chosen, by design.
  'listing.variations.offered': 7,
  'listing.promotions.offer': 4,
  'listing.promotions.delivery': 4,
};

export const LISTING_WEIGHTS: Record<Marketplace, WeightTable> = {
  amazon: {
    'listing.title.score': 20,
    'listing.bullets.count': 5,
    'listing.bullets.length': 4,
    'listing.bullets.front-loaded': 4,
    'listing.bullets.banned-claims': 7,
    'listing.images.count': 10,
    'listing.images.video': 5,
    'listing.rich-content.a-plus': 10,
    'listing.description.length': 5,
    'listing.reviews.rating': 10,
    'listing.reviews.count': 8,
    'listing.variations.offered': 3,
    'listing.variations.selected': 2,
    'listing.promotions.offer': 3,
    'listing.promotions.delivery': 2,
    'listing.promotions.badges': 2,
  },
  taobao: TAOBAO,
  tmall: TAOBAO,
  jd: {
    'listing.title.score': 25,
    'listing.images.count': 12,
    'listing.images.video': 6,
    'listing.rich-content.detail': 15,
    'listing.description.specs': 5,
    'listing.reviews.rating': 8,
    'listing.reviews.count': 8,
    'listing.reviews.shop-scores': 4,
    'listing.variations.offered': 5,
    'listing.variations.selected': 2,
    'listing.promotions.offer': 4,
    'listing.promotions.delivery': 4,
    'listing.promotions.badges': 2,
  },
};

/** The section a rule belongs to: its id's middle part (`listing.rich-content.detail` → `rich-content`). */
export function sectionOf(rule: ListingRuleId): ListingSection {
  return rule.split('.')[1] as ListingSection;
}
