import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { I18n } from '../../components/i18n';
import { ListingLensDb } from '../../lib/db';
import { sendToTab } from '../../lib/messaging';
import { App } from './app';
import { createPanelModel } from './state';
import { contentScriptPatterns, fixedTabIdFrom, readUrlMatcher } from './tab-site';
import './style.css';

// Chrome side panel / Firefox sidebar, or an ordinary tab at sidepanel.html?tabId=<id>
// (the real-browser tests open it that way to watch one tab).
const i18n: I18n = {
  t: (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key,
  locale: browser.i18n.getUILanguage(),
};
document.documentElement.lang = i18n.locale;
document.title = i18n.t('extName');

const model = createPanelModel({
  db: new ListingLensDb(),
  tabs: browser.tabs,
  fixedTabId: fixedTabIdFrom(location.search),
  isReadUrl: readUrlMatcher(contentScriptPatterns(browser.runtime.getManifest())),
  requestRead: async (tabId) => (await sendToTab(tabId, 'read-now', {})).ok,
});

render(<App model={model} i18n={i18n} />, document.getElementById('app')!);
void model.start();
addEventListener('pagehide', () => model.stop());
