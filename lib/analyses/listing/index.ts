import type { ListingScore, PageRead } from '../../schema';
import type { TitleConfig } from '../title/limits';

export interface ListingContext {
  /** Target keywords for the title and bullet checks. */
  keywords?: readonly string[];
  /** The user's title-limit overrides (options page). */
  config?: TitleConfig;
}

/** The whole listing of a product read, scored rule by rule (issue #10). CONTRACT STUB — being built. */
export function scoreListing(read: PageRead, ctx: ListingContext = {}): ListingScore {
  void read;
  void ctx;
  throw new Error('scoreListing: not built yet');
}
