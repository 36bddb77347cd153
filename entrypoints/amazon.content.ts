import { defineContentScript } from 'wxt/utils/define-content-script';
import { AMAZON_MATCHES } from '../lib/marketplaces/amazon/hosts';

export default defineContentScript({
  matches: [...AMAZON_MATCHES],
  runAt: 'document_idle',
  main() {
    // placeholder
  },
});
