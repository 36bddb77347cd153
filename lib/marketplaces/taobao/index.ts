import type { PageKind } from '../../schema';
import type { AdapterRead, MarketplaceAdapter } from '../types';
import { isTaobaoHost, isTmallHost, TAOBAO_MATCHES, TMALL_MATCHES } from './hosts';

// STUB (issue #3): detection and readers are being written.
function stubRead(marketplace: 'taobao' | 'tmall') {
  return (_doc: Document, url: URL, kind: PageKind): AdapterRead => ({
    marketplace,
    pageKind: kind,
    url: url.href,
    locale: 'zh-CN',
    issues: [],
  });
}

export const taobaoAdapter: MarketplaceAdapter = {
  id: 'taobao',
  matches: TAOBAO_MATCHES,
  owns: (url) => isTaobaoHost(url.hostname),
  detect: () => 'unsupported',
  read: stubRead('taobao'),
};

export const tmallAdapter: MarketplaceAdapter = {
  id: 'tmall',
  matches: TMALL_MATCHES,
  owns: (url) => isTmallHost(url.hostname),
  detect: () => 'unsupported',
  read: stubRead('tmall'),
};
