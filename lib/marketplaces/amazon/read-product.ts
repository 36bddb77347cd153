import type { Product } from '../../schema';
import type { FieldReader, Strategy } from '../shared/field-reader';
import type { AmazonPageContext } from './page-context';
import { availabilityStrategies, categoryStrategies, sellerStrategies } from './product/buying';
import { bulletStrategies, descriptionStrategies, imageStrategies, readMainImage } from './product/content';
import { parseSalesRanks, readProductDetails, type ProductDetails } from './product/details';
import { readListingParts } from './product/listing-parts';
import { brandStrategies, idStrategies, titleStrategies } from './product/identity';
import { visibleById } from './product/page';
import { priceStrategies } from './product/price';
import { couponPriceStrategies, listPriceStrategies } from './product/price-extras';
import { ratingStrategies, reviewCountStrategies, salesVolumeStrategies, starHistogramStrategies } from './product/ratings';
import { UNQUALIFIED_BUYBOX } from './selectors/product';

/**
 * Reads an Amazon product (detail) page, every layout generation from the 2010 table page
 * to the 2024+ apex page. Pure over `doc` and `url`. Fields that are not on the page are
 * left out and named in the reader's issues; a missing ASIN means there is no product.
 * Embedded reviews are read by read-reviews.ts.
 */
export function readProduct(doc: Document, url: URL, ctx: AmazonPageContext, r: FieldReader): Product | undefined {
  const id = r.pick('product.id', 'missing-required', idStrategies(doc, url));
  if (!id) return undefined;
  const money = ctx.money;

  let details: ProductDetails | undefined;
  const productDetails = () => (details ??= safely(() => readProductDetails(doc)) ?? { specs: {}, rankEls: [] });
  const specs = () => {
    const s = productDetails().specs;
    return Object.keys(s).length ? s : undefined;
  };

  const title = r.pick('product.title', 'missing-required', titleStrategies(doc));
  const brand = r.pick('product.brand', 'missing-optional', brandStrategies(doc, specs));

  const offers = priceStrategies(doc, money);
  const found = r.pick('product.price', null, offers);
  if (!found) r.issue('product.price', 'missing-required', whyNoPrice(doc), offers.map((s) => s.name));
  const listPrice = r.pick('product.listPrice', null, listPriceStrategies(found, money));
  const couponPrice = r.pick('product.couponPrice', null, couponPriceStrategies(doc, money));

  const product: Product = {
    id,
    title,
    brand,
    price: found?.price,
    priceRange: found?.range,
    listPrice,
    couponPrice,
    rating: r.pick('product.rating', 'missing-optional', ratingStrategies(doc)),
    reviewCount: r.pick('product.reviewCount', 'missing-optional', reviewCountStrategies(doc)),
    starHistogram: r.pick('product.starHistogram', null, starHistogramStrategies(doc)),
    salesVolume: r.pick('product.salesVolume', null, salesVolumeStrategies(doc)),
    bullets: r.pick('product.bullets', 'missing-optional', bulletStrategies(doc)),
    description: r.pick('product.description', 'missing-optional', descriptionStrategies(doc)),
    specs: r.pick('product.specs', 'missing-optional', [{ name: 'product-details', read: specs }]),
    images: r.pick('product.images', 'missing-optional', imageStrategies(doc, url)),
    categoryPath: r.pick('product.categoryPath', 'missing-optional', categoryStrategies(doc)),
    salesRanks: r.pick('product.salesRanks', 'missing-optional', [
      { name: 'best-sellers-rank', read: () => parseSalesRanks(productDetails().rankEls) },
    ] satisfies Strategy<NonNullable<Product['salesRanks']>>[]),
    seller: r.pick('product.seller', 'missing-optional', sellerStrategies(doc, () => found?.block)),
    availability: r.pick('product.availability', 'missing-optional', availabilityStrategies(doc)),
    ...readListingParts(doc, safely(() => readMainImage(doc, url)), money, r),
  };
  if (found?.range) r.provenance['product.priceRange'] = r.provenance['product.price'] ?? 'price';
  return dropUndefined(product);
}

/** Why the buy box shows no price: the health panel tells the user instead of guessing. */
function whyNoPrice(doc: Document): string {
  if (visibleById(doc, 'outOfStock')) return 'No price shown: the item is currently unavailable';
  if (UNQUALIFIED_BUYBOX.some((id) => visibleById(doc, id))) {
    return 'No buy-box price: the page only offers "See all buying options" (other sellers)';
  }
  return 'product.price not found on the page';
}

function safely<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** Keeps the read free of explicit `undefined` keys (the schema treats them as absent anyway). */
function dropUndefined(p: Product): Product {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Product;
}
