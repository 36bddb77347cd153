import type { BadgeKind, ListingSection, PromotionKind, RichContentKind } from '../../lib/schema';
import type { MessageKey } from '../i18n';

/** Labels of the listing parts' kinds, shared by the Page tab and the audit report. */
export const BADGE_LABEL: Record<BadgeKind, MessageKey> = {
  'amazons-choice': 'listing_badgeAmazonsChoice',
  'best-seller': 'listing_badgeBestSeller',
  'new-release': 'listing_badgeNewRelease',
  'climate-pledge': 'listing_badgeClimatePledge',
  prime: 'listing_badgePrime',
  'small-business': 'listing_badgeSmallBusiness',
  'jd-self-operated': 'listing_badgeJdSelfOperated',
  'jd-plus': 'listing_badgeJdPlus',
  'tmall-flagship': 'listing_badgeTmallFlagship',
  tmall: 'listing_badgeTmall',
  'billion-subsidy': 'listing_badgeBillionSubsidy',
  official: 'listing_badgeOfficial',
  other: 'listing_badgeOther',
};

export const PROMOTION_LABEL: Record<PromotionKind, MessageKey> = {
  coupon: 'listing_promoCoupon',
  deal: 'listing_promoDeal',
  threshold: 'listing_promoThreshold',
  gift: 'listing_promoGift',
  'subscribe-save': 'listing_promoSubscribeSave',
  discount: 'listing_promoDiscount',
  programme: 'listing_promoProgramme',
  other: 'listing_promoOther',
};

export const RICH_LABEL: Record<RichContentKind, MessageKey> = {
  'a-plus': 'listing_richAPlus',
  'a-plus-premium': 'listing_richAPlusPremium',
  'brand-story': 'listing_richBrandStory',
  'detail-images': 'listing_richDetailImages',
  'detail-text': 'listing_richDetailText',
};


/** The listing score's sections, in the Page tab and in the audit report alike. */
export const SECTION_LABEL: Record<ListingSection, MessageKey> = {
  title: 'listing_sectionTitle',
  bullets: 'listing_sectionBullets',
  images: 'listing_sectionImages',
  'rich-content': 'listing_sectionRichContent',
  description: 'listing_sectionDescription',
  reviews: 'listing_sectionReviews',
  variations: 'listing_sectionVariations',
  promotions: 'listing_sectionPromotions',
};
