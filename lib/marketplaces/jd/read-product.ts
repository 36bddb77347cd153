import type { Product } from '../../schema';
import type { FieldReader, Strategy } from '../shared/field-reader';
import { textOf } from '../shared/dom';
import type { JdPage } from './page';
import { idStrategies, titleStrategies } from './product/identity';
import { imagesFromConfig, imagesFromGallery } from './product/images';
import { readOptions } from './product/options';
import { readPrices, type JdPrices } from './product/price';
import { readCoupons } from './product/promotions';
import { legacyReviewCount, spriteRating, summaryReviewCount, summaryTags } from './product/ratings';
import { readSalesVolume } from './product/sales';
import { readShop } from './product/shop';
import { readBadges } from './product/badges';
import { readDelivery, readQuestionCount } from './product/delivery';
import { readPromotions } from './product/listing-promotions';
import { promotionsFromData } from './product/promotion-data';
import { readMedia, readRichContent } from './product/media';
import { readVariations } from './product/variations';
import { brandIn, mergedSpecs, readSpecs, type JdSpecs } from './product/specs';
import type { JdCommentData } from './reviews/comments-json';
import { BRAND_LINK } from './selectors/specs';

/**
 * Reads a JD item page, from the 2013 static page to the 2025–26 React page. Pure over
 * the document. A field that is not on the page is left out and named in the issues —
 * in particular a price that is still an empty AJAX placeholder is "missing", never 0.
 */
export function readProduct(page: JdPage, r: FieldReader, comments: () => JdCommentData | undefined): Product | undefined {
  const id = r.pick('product.id', 'missing-required', idStrategies(page));
  if (!id) return undefined;
  const { doc, url } = page;
  let specs: JdSpecs | undefined;
  const allSpecs = () => (specs ??= readSpecs(page));

  const prices = readPrices(page);
  const price = r.pick('product.price', null, [{ name: prices.strategy ?? 'price', read: () => prices.price }]);
  if (!price) r.issue('product.price', 'missing-required', whyNoPrice(prices), ['product-price-main', 'final-price', 'summary-price', 'jd-price-2013']);
  const shop = r.pick('product.shop', 'missing-optional', [{ name: 'shop-box', read: () => readShop(page)?.shop }]);

  const product: Product = {
    id,
    title: r.pick('product.title', 'missing-required', titleStrategies(page)),
    brand: r.pick('product.brand', 'missing-optional', [
      { name: 'parameter-list', read: () => brandIn(allSpecs().list) },
      { name: 'spec-table', read: () => brandIn(allSpecs().table) },
      { name: 'breadcrumb-brand-link', read: () => textOf(page.index().first(BRAND_LINK)?.el) || undefined },
    ]),
    price,
    priceRange: prices.range,
    priceLabel: prices.price ? prices.label : undefined,
    couponPrice: r.pick('product.couponPrice', null, [{ name: 'final-price', read: () => prices.couponPrice }]),
    listPrice: r.pick('product.listPrice', null, [{ name: 'struck-price', read: () => prices.listPrice }]),
    coupons: r.pick('product.coupons', null, [{ name: 'promotion-labels', read: () => readCoupons(page) }]),
    rating: r.pick('product.rating', 'missing-optional', [
      { name: 'comment-data', read: () => comments()?.rating },
      { name: 'grade-sprite', read: () => spriteRating(doc) },
    ]),
    reviewCount: r.pick('product.reviewCount', 'missing-optional', [
      { name: 'comment-data', read: () => comments()?.reviewCount },
      { name: 'legacy-count', read: () => legacyReviewCount(page) },
      { name: 'review-summary', read: () => summaryReviewCount(doc) },
    ]),
    reviewTags: r.pick('product.reviewTags', null, [
      { name: 'comment-data', read: () => comments()?.reviewTags },
      { name: 'summary-chips', read: () => summaryTags(doc) },
    ]),
    salesVolume: r.pick('product.salesVolume', null, [{ name: 'sales-text', read: () => readSalesVolume(page) }]),
    specs: r.pick('product.specs', 'missing-optional', [{ name: 'parameters', read: () => mergedSpecs(allSpecs()) }]),
    images: r.pick('product.images', 'missing-optional', [
      { name: 'page-config-image-list', read: () => imagesFromConfig(page.config(), url, 'imageList') },
      { name: 'gallery', read: () => imagesFromGallery(page) },
      { name: 'page-config-main-image', read: () => imagesFromConfig(page.config(), url, 'src') },
    ]),
    shop,
    seller: shop?.name,
    options: r.pick('product.options', null, [
      { name: 'options', read: () => readOptions(page)?.groups },
    ] satisfies Strategy<NonNullable<Product['options']>>[]),
  };
  // Listing parts (issue #10): absent unless shown; no missing-optional issue for them.
  Object.assign(product, {
    media: r.pick('product.media', null, [{ name: 'gallery', read: () => readMedia(page, product.images) }]),
    richContent: r.pick('product.richContent', null, [{ name: 'detail-block', read: () => readRichContent(page) }]),
    variations: r.pick('product.variations', null, [{ name: 'options', read: () => readVariations(page, product.options, (m) => r.issue('product.variations', 'unparseable', m)) }]),
    badges: r.pick('product.badges', null, [{ name: 'badge-labels', read: () => readBadges(page) }]),
    promotions: r.pick('product.promotions', null, [
      { name: 'promotion-lines', read: () => readPromotions(page, (m) => r.issue('product.promotions', 'unparseable', m)) },
      { name: 'preference-data', read: () => promotionsFromData(page) },
    ]),
    questionCount: r.pick('product.questionCount', null, [{ name: 'question-tab', read: () => readQuestionCount(page) }]),
    delivery: r.pick('product.delivery', null, [{ name: 'delivery-lines', read: () => readDelivery(page) }]),
  } satisfies Partial<Product>);
  if (prices.range) r.provenance['product.priceRange'] = r.provenance['product.price'] ?? 'price';
  return dropUndefined(product);
}

/** Why no price: the health panel says "not loaded yet" rather than "layout changed" when it can. */
function whyNoPrice(prices: JdPrices): string {
  if (prices.placeholder) return 'The price placeholder is still empty: JD fills it by script after the page loads';
  return 'product.price not found on the page';
}

function dropUndefined(p: Product): Product {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Product;
}
