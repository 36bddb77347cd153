import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../lib/content/start-content-script';
import { amazonAdapter } from '../lib/marketplaces/amazon';
import { AMAZON_MATCHES } from '../lib/marketplaces/amazon/hosts';

/**
 * Runs on every Amazon page, so it stays small: the Amazon readers, zod and the message
 * helpers; no Preact, no Dexie, no other marketplace's readers.
 */
export default defineContentScript({
  matches: [...AMAZON_MATCHES],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx, [amazonAdapter]),
});
