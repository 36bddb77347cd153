import { defineContentScript } from 'wxt/utils/define-content-script';
import { startReadLoop } from '../lib/content/read-loop';
import { AMAZON_MATCHES } from '../lib/marketplaces/amazon/hosts';
import { adapterFor } from '../lib/marketplaces/registry';
import { readPage } from '../lib/marketplaces/run-reader';
import { listen, sendToBackground } from '../lib/messaging';

/**
 * Runs on every Amazon page, so it stays small: the readers, zod and the message helpers;
 * no Preact, no Dexie. All timing and change logic lives in lib/content (tested there).
 */
export default defineContentScript({
  matches: [...AMAZON_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const loop = startReadLoop({
      doc: document,
      href: () => location.href,
      lateParts(doc, href) {
        const url = new URL(href);
        const adapter = adapterFor(url);
        return adapter?.lateParts?.(adapter.detect(url, doc)) ?? [];
      },
      // readPage throws only for a URL no adapter owns (never on a matched host).
      read: (doc, href) => (adapterFor(new URL(href)) ? readPage(doc, href) : undefined),
      async send(read) {
        const res = await sendToBackground('page-read', { read });
        if (!res.ok) console.warn('[Listing Lens] read not stored:', res.error.code, res.error.message);
        return res.ok;
      },
      onError: (err) => console.warn('[Listing Lens] read failed:', err),
    });

    // Amazon swaps variants and paginates some lists through the history API.
    ctx.addEventListener(window, 'wxt:locationchange', () => loop.navigated());
    const unlisten = listen({
      'read-now': () => {
        loop.readNow();
        return { accepted: true };
      },
    });
    ctx.onInvalidated(() => {
      loop.stop();
      unlisten();
    });
  },
});
