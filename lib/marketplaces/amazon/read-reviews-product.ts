import type { Product } from '../../schema';
import type { FieldReader } from '../shared/field-reader';
import type { AmazonPageContext } from './page-context';

/** Reads the product box at the top of a review page. STUB — being written. */
export function readReviewsPageProduct(_doc: Document, _url: URL, _ctx: AmazonPageContext, r: FieldReader): Product | undefined {
  r.issue('product.id', 'missing-required', 'reviews-page product reader not implemented yet');
  return undefined;
}
