import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../lib/content/start-content-script';
import { taobaoAdapter, tmallAdapter } from '../lib/marketplaces/taobao';
import { TAOBAO_MATCHES, TMALL_MATCHES } from '../lib/marketplaces/taobao/hosts';

/**
 * Taobao and Tmall (one Alibaba front end, one set of readers): item pages, s.taobao.com
 * search, in-shop search, and the login / slider walls on the same domains, which read as
 * 'blocked'. Same read loop as Amazon's; only these two adapters are bundled.
 */
export default defineContentScript({
  matches: [...TAOBAO_MATCHES, ...TMALL_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [taobaoAdapter, tmallAdapter]),
});
