import { z } from 'zod';
import { MoneySchema } from './money';

/**
 * What a product page shows about the whole listing beyond title, price and reviews
 * (issue #10): media, rich content, variations, badges, promotions, Q&A, delivery.
 * Same contract as the rest of PageRead: a part the page does not show is absent, never 0,
 * never an empty list. Absence of badges, promotions or videos is the normal state of most
 * pages, so readers do not raise missing-optional issues for them; a block that is present
 * but cannot be parsed is an `unparseable` issue.
 */

const ShortText = z.string().max(2_000);
const Url = z.string().max(4_000);
const Count = z.number().int().nonnegative().max(100_000);

/** The gallery: `images` on Product keeps the URLs; this keeps what the page says about them. */
export const MediaSchema = z.object({
  /** Gallery images shown (thumbnail strip, 主图), videos not counted. */
  imageCount: Count.optional(),
  /** Videos in the gallery or video block (主图视频, "6 VIDEOS"); absent when none is shown. */
  videoCount: z.number().int().positive().max(10_000).optional(),
  /** The main (hero) image, the largest URL the page gives for it. */
  mainImage: Url.optional(),
});
export type Media = z.infer<typeof MediaSchema>;

export const RICH_CONTENT_KINDS = ['a-plus', 'a-plus-premium', 'brand-story', 'detail-images', 'detail-text'] as const;
export const RichContentKindSchema = z.enum(RICH_CONTENT_KINDS);
export type RichContentKind = z.infer<typeof RichContentKindSchema>;

/** Amazon A+ / brand story, Taobao/Tmall/JD 详情 (mostly images). */
export const RichContentSchema = z.object({
  kinds: z.array(RichContentKindSchema).min(1).max(RICH_CONTENT_KINDS.length),
  /** Images inside the rich block (A+ module images, 详情图). */
  imageCount: Count.optional(),
  /** A+ modules, where the page marks them. */
  modules: Count.optional(),
  /** Characters of visible text in the block. */
  textLength: z.number().int().nonnegative().max(10_000_000).optional(),
});
export type RichContent = z.infer<typeof RichContentSchema>;

/** Variations (变体 / SKU): dimension names from `options`, plus what only the page knows. */
export const VariationsSchema = z.object({
  /** `['Size', 'Colour']`, `['颜色分类', '尺码']`. */
  dimensions: z.array(ShortText).min(1).max(20),
  /** Distinct purchasable variants as the page counts them (twister ASINs, SKU list); absent when not countable. */
  count: z.number().int().positive().max(100_000).optional(),
  /** The selected variant as shown (`Size: L · Colour: Blue`). */
  selected: ShortText.optional(),
});
export type Variations = z.infer<typeof VariationsSchema>;

export const BADGE_KINDS = [
  'amazons-choice',
  'best-seller',
  'new-release',
  'climate-pledge',
  'prime',
  'small-business',
  'jd-self-operated',
  'jd-plus',
  'tmall-flagship',
  'tmall',
  'billion-subsidy',
  'official',
  'other',
] as const;
export const BadgeKindSchema = z.enum(BADGE_KINDS);
export type BadgeKind = z.infer<typeof BadgeKindSchema>;

export const BadgeSchema = z.object({
  kind: BadgeKindSchema,
  /** The page's wording (`#1 Best Seller in Dog Chew Toys`, `京东自营`, `天猫旗舰店`). */
  text: ShortText,
  /** The category a Best Seller badge names, the keyword an Amazon's Choice badge names. */
  category: ShortText.optional(),
});
export type Badge = z.infer<typeof BadgeSchema>;

export const PROMOTION_KINDS = [
  /** Clip/claim coupon, 优惠券. */
  'coupon',
  /** Limited-time deal, Lightning Deal, 秒杀, 限时抢购. */
  'deal',
  /** 满减 / 满件折 / "Save 5% when you buy 2". */
  'threshold',
  /** 赠品, free gift with purchase. */
  'gift',
  /** Subscribe & Save. */
  'subscribe-save',
  /** A plain marked-down price with a saving shown ("Save 20%", 直降). */
  'discount',
  /** 百亿补贴, Prime exclusive, plus-member price and other programmes. */
  'programme',
  'other',
] as const;
export const PromotionKindSchema = z.enum(PROMOTION_KINDS);
export type PromotionKind = z.infer<typeof PromotionKindSchema>;

export const PromotionSchema = z.object({
  kind: PromotionKindSchema,
  /** The page's wording, whitespace collapsed. Also the identity of a promotion over time. */
  text: ShortText,
  percentOff: z.number().gt(0).lt(100).optional(),
  amountOff: MoneySchema.optional(),
  /** Spend at least (满199). */
  threshold: MoneySchema.optional(),
  /** Absolute end time when the page states or embeds one (ISO). */
  endsAt: z.iso.datetime().optional(),
  /** A relative end as shown ("Ends in 05:12:33" → 18753); the reader has no clock, so seconds from readAt. */
  endsInSeconds: z.number().int().nonnegative().max(400 * 86_400).optional(),
  /** The page's own end wording ("Ends in 05:12:33", "距结束 2天"). */
  endsText: ShortText.optional(),
});
export type Promotion = z.infer<typeof PromotionSchema>;

export const DeliverySchema = z.object({
  /** The delivery promise as shown ("FREE delivery Tuesday, 7 May", "预计5月7日送达", "48小时内发货"). */
  promise: ShortText.optional(),
  /** FREE delivery / 包邮 shown for this offer. */
  freeShipping: z.boolean().optional(),
  /** Who ships: the marketplace (FBA, Ships from Amazon, 京东物流, 天猫/菜鸟直送) or the seller. */
  fulfilledBy: z.enum(['marketplace', 'seller']).optional(),
  /** The wording fulfilledBy was read from ("Ships from Amazon", "京东物流"). */
  fulfilmentText: ShortText.optional(),
  /** Prime badge on this offer. */
  prime: z.boolean().optional(),
});
export type Delivery = z.infer<typeof DeliverySchema>;
