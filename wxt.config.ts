import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { AMAZON_MATCHES } from './lib/marketplaces/amazon/hosts';
import { JD_MATCHES } from './lib/marketplaces/jd/hosts';
import { TAOBAO_MATCHES, TMALL_MATCHES } from './lib/marketplaces/taobao/hosts';

// Least privilege: no <all_urls>, no cookies/webRequest/tabs. Content scripts are
// declared per marketplace host (lib/marketplaces/*/hosts.ts: the Amazon storefronts,
// *.taobao.com, *.tmall.com, *.tmall.hk, *.jd.com, *.jd.hk); host_permissions repeat
// exactly those hosts, which is also what lets the panel see a tab's URL (and so tell a
// marketplace tab from any other) without the `tabs` permission.
// The side panel entrypoint becomes Chrome's side_panel and Firefox's sidebar_action;
// Firefox builds as MV2 (WXT's default), which the background's toolbar wiring handles.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere (design.md: "import explicitly").
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // contextMenus: two right-click items ("open the panel", "track this product"), shown on
    // the marketplace hosts only (documentUrlPatterns = host_permissions, entrypoints/background/shortcuts.ts).
    // It grants no access to pages or data; the menu's click is also the user gesture sidePanel.open needs.
    permissions: browser === 'firefox' ? ['storage', 'contextMenus'] : ['storage', 'sidePanel', 'contextMenus'],
    host_permissions: [...AMAZON_MATCHES, ...TAOBAO_MATCHES, ...TMALL_MATCHES, ...JD_MATCHES],
    action: { default_title: '__MSG_actionTitle__' },
    // Alt+Shift+L opens the panel: no permission — a command is the toolbar button's own
    // shortcut (Chrome: the action click, which opens the side panel by setPanelBehavior;
    // Firefox: the sidebar's own command). Users can change it at chrome://extensions/shortcuts.
    commands: {
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_actionTitle__' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_actionTitle__' } }),
      // Alt+Shift+K tracks the tab's product (the same as the menu item; background/quick-track.ts).
      'track-product': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_wsCommandTrack__' },
    },
    // sidePanel.setPanelBehavior (open the panel from the toolbar button) arrived in 116.
    ...(browser === 'firefox'
      ? // Reads stay in the browser: nothing is sent anywhere, so AMO's consent screen says so.
        {
          browser_specific_settings: {
            // A fixed id keeps storage and IndexedDB across reinstalls and updates.
            gecko: { id: 'listing-lens@listing-lens.dev', data_collection_permissions: { required: ['none' as const] } },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
});
