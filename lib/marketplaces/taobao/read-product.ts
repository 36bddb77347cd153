import type { Product } from '../../schema';
import type { FieldReader } from '../shared/field-reader';
import type { TaobaoPageContext } from './page-context';
import { couponStrategies, salesStrategies } from './product/activity';
import { brandStrategies, idStrategies, titleStrategies } from './product/identity';
import { availabilityStrategies, imageStrategies } from './product/media';
import { optionStrategies } from './product/options';
import { priceStrategies } from './product/price';
import { readReviewCount, reviewTagStrategies } from './product/review-summary';
import { shopStrategies } from './product/shop';
import { specStrategies, type Specs } from './product/specs';
import { readBadges } from './product/badges';
import { readDelivery, readQuestionCount } from './product/delivery';
import { readMedia, readRichContent } from './product/listing-media';
import { readPromotions } from './product/promotions';
import { readVariations } from './product/variations';

/**
 * Reads a Taobao or Tmall item page, classic (≤2021, `#J_Title`/`.tb-detail-hd`, `g_config`,
 * `TShop.Setup`) and today's ICE app (hashed classes, `__ICE_APP_CONTEXT__`). Pure over `doc`.
 * A field the page does not show is left out and named in the issues, never guessed: Taobao and
 * Tmall show no star average (描述/服务/物流 are shop scores), so `rating` is always an issue.
 */
export function readProduct(doc: Document, ctx: TaobaoPageContext, r: FieldReader): Product | undefined {
  const id = r.pick('product.id', 'missing-required', idStrategies(doc, ctx));
  if (!id) return undefined;

  let specsRead: { value?: Specs } | undefined;
  const specs = () => (specsRead ??= { value: r.pick('product.specs', 'missing-optional', specStrategies(doc, ctx)) }).value;

  const title = r.pick('product.title', 'missing-required', titleStrategies(doc, ctx));
  const found = r.pick('product.price', 'missing-required', priceStrategies(doc, ctx));
  if (found?.range) r.provenance['product.priceRange'] = r.provenance['product.price']!;
  const shop = r.pick('product.shop', 'missing-optional', shopStrategies(doc, ctx));
  r.issue('product.rating', 'missing-optional', 'Taobao/Tmall show no item star rating (描述/服务/物流 are shop scores)');

  const product: Product = {
    id,
    title,
    brand: r.pick('product.brand', 'missing-optional', brandStrategies(doc, ctx, specs)),
    price: found?.price,
    priceRange: found?.range,
    listPrice: found?.listPrice,
    couponPrice: found?.couponPrice,
    priceLabel: found?.label,
    coupons: r.pick('product.coupons', null, couponStrategies(doc, ctx)),
    reviewCount: readReviewCount(doc, ctx, r),
    salesVolume: r.pick('product.salesVolume', 'missing-optional', salesStrategies(doc, ctx)),
    specs: specs(),
    images: r.pick('product.images', 'missing-optional', imageStrategies(doc, ctx)),
    seller: shop?.name,
    shop,
    options: r.pick('product.options', null, optionStrategies(doc, ctx)),
    reviewTags: r.pick('product.reviewTags', null, reviewTagStrategies(doc, ctx)),
    availability: r.pick('product.availability', null, availabilityStrategies(doc, ctx)),
  };
  // Listing parts (issue #10): absent unless shown; no missing-optional issue for them.
  Object.assign(product, {
    media: r.pick('product.media', null, [{ name: 'gallery', read: () => readMedia(doc, ctx, product.images) }]),
    richContent: r.pick('product.richContent', null, [{ name: 'item-desc', read: () => readRichContent(doc, ctx) }]),
    variations: r.pick('product.variations', null, [{ name: 'options', read: () => readVariations(doc, ctx, product.options, (m) => r.issue('product.variations', 'unparseable', m)) }]),
    badges: r.pick('product.badges', null, [{ name: 'badge-labels', read: () => readBadges(doc, ctx) }]),
    promotions: r.pick('product.promotions', null, [{ name: 'promotion-lines', read: () => readPromotions(doc, ctx, (m) => r.issue('product.promotions', 'unparseable', m)) }]),
    questionCount: r.pick('product.questionCount', null, [{ name: 'ask-tab', read: () => readQuestionCount(doc, ctx) }]),
    delivery: r.pick('product.delivery', null, [{ name: 'delivery-lines', read: () => readDelivery(doc, ctx) }]),
  } satisfies Partial<Product>);
  return Object.fromEntries(Object.entries(product).filter(([, v]) => v !== undefined)) as Product;
}
