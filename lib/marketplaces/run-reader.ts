import type { PageRead } from '../schema';
import { readWith } from './read-with';
import { adapterFor } from './registry';

export { readWith, validate } from './read-with';

export class UnknownMarketplaceError extends Error {
  constructor(readonly url: string) {
    super(`Not a supported marketplace page: ${url}`);
    this.name = 'UnknownMarketplaceError';
  }
}

/**
 * Detects and reads one page, then validates the result against the PageRead schema.
 * Never throws for a page of a known marketplace: a reader crash or an invalid value
 * becomes an issue on a smaller, valid read. Throws UnknownMarketplaceError otherwise.
 */
export function readPage(doc: Document, href: string, now: Date = new Date()): PageRead {
  const url = new URL(href);
  const adapter = adapterFor(url);
  if (!adapter) throw new UnknownMarketplaceError(href);
  return readWith(adapter, doc, url, now);
}
