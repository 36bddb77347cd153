import type { PageKind } from '../../schema';
import { FieldReader } from '../shared/field-reader';
import type { AdapterRead, MarketplaceAdapter } from '../types';
import { detectJdPage, jdBlockReason, sliderOver } from './detect';
import { isJdHost, JD_LOCALE, JD_MATCHES } from './hosts';
import { jdPage } from './page';
import { readProduct } from './read-product';
import { embeddedCommentData, readCommentsPage, readItemReviews } from './read-reviews';
import { readSearchResults } from './read-search';
import type { JdCommentData } from './reviews/comments-json';
import { LATE_PARTS } from './selectors/late-parts';

export const jdAdapter: MarketplaceAdapter = {
  id: 'jd',
  matches: JD_MATCHES,
  owns: (url) => isJdHost(url.hostname),
  detect: detectJdPage,
  read: readJdPage,
  lateParts: (kind: PageKind) => LATE_PARTS[kind] ?? [],
};

function readJdPage(doc: Document, url: URL, kind: PageKind): AdapterRead {
  const r = new FieldReader();
  const base = { marketplace: 'jd' as const, pageKind: kind, url: url.href, locale: JD_LOCALE };
  const page = jdPage(doc, url);
  // detect() checks item and list addresses by URL and title only; a slider over the page shows here.
  if ((kind === 'product' || kind === 'search') && sliderOver(page.index())) {
    return { ...base, pageKind: 'blocked', blockedReason: 'captcha', issues: [] };
  }
  switch (kind) {
    case 'blocked':
      return { ...base, blockedReason: jdBlockReason(url, doc) ?? 'risk-check', issues: [] };
    case 'unsupported':
      return { ...base, issues: [] };
    case 'product': {
      let comments: { value: JdCommentData | undefined } | undefined;
      const embedded = () => (comments ??= { value: embeddedCommentData(page) }).value;
      const product = readProduct(page, r, embedded);
      const reviews = readItemReviews(page, r, embedded);
      return { ...base, product, reviews, issues: r.issues, provenance: r.provenance };
    }
    case 'reviews': {
      const { product, reviews } = readCommentsPage(doc, url, r);
      return { ...base, product, reviews, issues: r.issues, provenance: r.provenance };
    }
    case 'search': {
      const { results, totalResults } = readSearchResults(page, r);
      return { ...base, results, totalResults, issues: r.issues, provenance: r.provenance };
    }
  }
}
