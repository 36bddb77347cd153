import type { Review } from '../../schema';
import type { FieldReader } from '../shared/field-reader';
import type { AmazonPageContext } from './page-context';

/** Reads the customer reviews on a review page or embedded in a product page. STUB. */
export function readReviewList(
  _doc: Document, _url: URL, _ctx: AmazonPageContext, r: FieldReader, _where: 'product' | 'reviews',
): Review[] | undefined {
  r.issue('reviews', 'missing-optional', 'review reader not implemented yet');
  return undefined;
}
