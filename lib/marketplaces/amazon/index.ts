import type { PageKind } from '../../schema';
import { FieldReader } from '../shared/field-reader';
import type { AdapterRead, MarketplaceAdapter } from '../types';
import { blockReason, detectAmazonPage } from './detect';
import { AMAZON_MATCHES, amazonStore } from './hosts';
import { amazonPageContext } from './page-context';
import { readProduct } from './read-product';
import { readReviewList } from './read-reviews';
import { readReviewsPageProduct } from './read-reviews-product';
import { readSearchResults } from './read-search';
import { LATE_PARTS } from './selectors/late-parts';

export const amazonAdapter: MarketplaceAdapter = {
  id: 'amazon',
  matches: AMAZON_MATCHES,
  owns: (url) => amazonStore(url.hostname) !== undefined,
  detect: detectAmazonPage,
  read: readAmazonPage,
  lateParts: (kind: PageKind) => LATE_PARTS[kind] ?? [],
};

function readAmazonPage(doc: Document, url: URL, kind: PageKind): AdapterRead {
  const ctx = amazonPageContext(doc, url);
  const r = new FieldReader();
  const base = { marketplace: 'amazon' as const, pageKind: kind, url: url.href, locale: ctx.locale };
  switch (kind) {
    case 'blocked':
      return { ...base, blockedReason: blockReason(url, doc) ?? 'captcha', issues: [] };
    case 'unsupported':
      return { ...base, issues: [] };
    case 'product': {
      const product = readProduct(doc, url, ctx, r);
      const reviews = readReviewList(doc, url, ctx, r, 'product');
      return { ...base, product, reviews, issues: r.issues, provenance: r.provenance };
    }
    case 'reviews': {
      const product = readReviewsPageProduct(doc, url, ctx, r);
      const reviews = readReviewList(doc, url, ctx, r, 'reviews');
      return { ...base, product, reviews, issues: r.issues, provenance: r.provenance };
    }
    case 'search': {
      const { results, totalResults } = readSearchResults(doc, url, ctx, r);
      return { ...base, results, totalResults, issues: r.issues, provenance: r.provenance };
    }
  }
}
