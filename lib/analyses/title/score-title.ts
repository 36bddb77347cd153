import type { Marketplace, TitleField, TitleScore } from '../../schema';
import { charCount, cnBytes, tokenize, utf8Bytes } from './tokens';

export interface TitleContext {
  marketplace: Marketplace;
  /** Which field is scored; default 'title'. */
  field?: TitleField;
  /** The listing's brand, when known (brand-first rules, repeat exemptions). */
  brand?: string;
  /** Target keywords for coverage checks. */
  keywords?: readonly string[];
}

/** STUB (issue #4, being written): every rule of the marketplace, explained. */
export function scoreTitle(title: string, context: TitleContext): TitleScore {
  return {
    marketplace: context.marketplace,
    field: context.field ?? 'title',
    score: 0,
    checks: [],
    stats: { chars: charCount(title), utf8Bytes: utf8Bytes(title), cnBytes: cnBytes(title), words: tokenize(title).length },
  };
}
