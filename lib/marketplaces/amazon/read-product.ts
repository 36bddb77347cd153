import type { Product } from '../../schema';
import type { FieldReader } from '../shared/field-reader';
import type { AmazonPageContext } from './page-context';

/** Reads an Amazon product (detail) page. STUB — being written. */
export function readProduct(_doc: Document, _url: URL, _ctx: AmazonPageContext, r: FieldReader): Product | undefined {
  r.issue('product.id', 'missing-required', 'product reader not implemented yet');
  return undefined;
}
