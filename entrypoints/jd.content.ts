import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../lib/content/start-content-script';
import { jdAdapter } from '../lib/marketplaces/jd';
import { JD_MATCHES } from '../lib/marketplaces/jd/hosts';

/**
 * JD (jd.com, JD Worldwide jd.hk): item pages, search and list pages, and the passport /
 * risk-check walls, which read as 'blocked'. Same read loop as Amazon's; only JD's adapter
 * is bundled.
 */
export default defineContentScript({
  matches: [...JD_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [jdAdapter]),
});
