/** Amazon Standard Identification Numbers (ISBN-10 for books) and where URLs carry them. */

export const ASIN = /^[0-9A-Z]{10}$/;

/** e.g. https://www.amazon.de/Cars-Live/dp/B00004YS4O · /gp/product/… · /gp/aw/d/… · /exec/obidos/ASIN/… */
const PRODUCT_PATH = /\/(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/ASIN)\/([0-9A-Z]{10})(?=[/?#]|$)/i;
/** e.g. https://www.amazon.com/Dawn-Ultra/product-reviews/B0BBPNPZTC · /portal/customer-reviews/… */
const REVIEWS_PATH = /\/(?:product-reviews|portal\/customer-reviews)\/([0-9A-Z]{10})(?=[/?#]|$)/i;

export function isAsin(value: string | null | undefined): value is string {
  return !!value && ASIN.test(value);
}

/** The ASIN of a product-page path, upper-cased, or undefined. */
export function asinFromProductPath(path: string): string | undefined {
  return PRODUCT_PATH.exec(path)?.[1]?.toUpperCase();
}

/** The ASIN of a review-page path, upper-cased, or undefined. */
export function asinFromReviewsPath(path: string): string | undefined {
  return REVIEWS_PATH.exec(path)?.[1]?.toUpperCase();
}
