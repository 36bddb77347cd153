import type { PageKind } from '../../schema';
import { FieldReader } from '../shared/field-reader';
import type { AdapterRead, MarketplaceAdapter } from '../types';
import { detectTaobaoPage } from './detect';
import { isTaobaoHost, isTmallHost, TAOBAO_MATCHES, TMALL_MATCHES } from './hosts';
import { taobaoPageContext } from './page-context';
import { readProduct } from './read-product';
import { readItemReviews } from './read-reviews';
import { readSearchResults } from './read-search';
import { LATE_PARTS } from './selectors/late-parts';
import { blockReason } from './walls';

/**
 * Taobao and Tmall are one app (same item page, same walls, same data); the two adapters differ
 * only in which hosts they own and the marketplace they report.
 */
function makeAdapter(id: 'taobao' | 'tmall', matches: readonly string[], owns: (host: string) => boolean): MarketplaceAdapter {
  return {
    id,
    matches,
    owns: (url) => owns(url.hostname),
    detect: detectTaobaoPage,
    read: (doc, url, kind) => readTaobaoPage(id, doc, url, kind),
    lateParts: (kind: PageKind) => LATE_PARTS[kind] ?? [],
  };
}

export const taobaoAdapter: MarketplaceAdapter = makeAdapter('taobao', TAOBAO_MATCHES, isTaobaoHost);
export const tmallAdapter: MarketplaceAdapter = makeAdapter('tmall', TMALL_MATCHES, isTmallHost);

function readTaobaoPage(marketplace: 'taobao' | 'tmall', doc: Document, url: URL, kind: PageKind): AdapterRead {
  const ctx = taobaoPageContext(doc, url, marketplace);
  const r = new FieldReader();
  const base = { marketplace, pageKind: kind, url: url.href, locale: ctx.locale };
  switch (kind) {
    case 'blocked':
      return { ...base, blockedReason: blockReason(url, doc) ?? 'captcha', issues: [] };
    case 'unsupported':
    case 'reviews':
      // Reviews are read where they render: inside item pages.
      return { ...base, pageKind: 'unsupported', issues: [] };
    case 'product': {
      const product = readProduct(doc, ctx, r);
      const reviews = readItemReviews(doc, ctx, r);
      return { ...base, product, reviews, issues: r.issues, provenance: r.provenance };
    }
    case 'search': {
      const { results, totalResults } = readSearchResults(doc, ctx, r);
      return { ...base, results, totalResults, issues: r.issues, provenance: r.provenance };
    }
  }
}
