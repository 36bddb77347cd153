import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { AMAZON_MATCHES } from './lib/marketplaces/amazon/hosts';

// Least privilege: no <all_urls>, no cookies/webRequest/tabs. Content scripts are
// declared per marketplace host (lib/marketplaces/*/hosts.ts); host_permissions repeat
// exactly those hosts so the background can answer the side panel about those tabs only.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere (design.md: "import explicitly").
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    host_permissions: [...AMAZON_MATCHES],
    action: { default_title: '__MSG_actionTitle__' },
  }),
});
