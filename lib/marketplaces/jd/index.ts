import type { PageKind } from '../../schema';
import type { AdapterRead, MarketplaceAdapter } from '../types';
import { isJdHost, JD_MATCHES } from './hosts';

// STUB (issue #3): detection and readers are being written.
export const jdAdapter: MarketplaceAdapter = {
  id: 'jd',
  matches: JD_MATCHES,
  owns: (url) => isJdHost(url.hostname),
  detect: () => 'unsupported',
  read: (_doc: Document, url: URL, kind: PageKind): AdapterRead => ({
    marketplace: 'jd',
    pageKind: kind,
    url: url.href,
    locale: 'zh-CN',
    issues: [],
  }),
};
