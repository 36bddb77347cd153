import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarketplaceAdapter } from '../marketplaces/types';
import { listen, sendToBackground } from '../messaging';
import { contentReader } from './content-reader';
import { startReadLoop } from './read-loop';

/**
 * The whole of a marketplace content script, shared by amazon/taobao/jd.content.ts: read the
 * page once its late parts are in, send the read to the background, read again when those
 * parts change, on SPA navigation (history API: Amazon variants, Taobao/JD search pages)
 * and when the side panel asks. All timing and change logic lives in read-loop.ts.
 */
export function startContentScript(ctx: ContentScriptContext, adapters: readonly MarketplaceAdapter[]): void {
  const reader = contentReader(adapters);
  const loop = startReadLoop({
    doc: document,
    href: () => location.href,
    lateParts: reader.lateParts,
    read: reader.read,
    async send(read) {
      const res = await sendToBackground('page-read', { read });
      if (!res.ok) console.warn('[Listing Lens] read not stored:', res.error.code, res.error.message);
      return res.ok;
    },
    onError: (err) => console.warn('[Listing Lens] read failed:', err),
  });

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
}
