import type { SearchResult } from '../../schema';
import type { FieldReader } from '../shared/field-reader';
import type { AmazonPageContext } from './page-context';

/** Reads search, best-seller and storefront result lists. STUB. */
export function readSearchResults(
  _doc: Document, _url: URL, _ctx: AmazonPageContext, r: FieldReader,
): { results?: SearchResult[]; totalResults?: number } {
  r.issue('results', 'missing-required', 'search reader not implemented yet');
  return {};
}
