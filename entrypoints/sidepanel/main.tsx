import { computed, effect } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { LanguageChoice } from '../../components/workspace/language';
import { languageState } from '../../components/workspace/use-language';
import { buildFabeTable } from '../../lib/analyses/fabe';
import { ListingLensDb } from '../../lib/db';
import { sendToBackground, sendToTab } from '../../lib/messaging';
import { productKey } from '../../lib/schema';
import { App } from './app';
import { downloadText } from './download';
import { workerTableBuilder } from './fabe-builder';
import { createFabe } from './fabe-state';
import { createHistory } from './history-state';
import { openHtmlDocument } from './printable';
import { createReport } from './report-state';
import { createReviews } from './reviews-state';
import { loadStoredReviews } from './reviews-sources';
import { liveBy } from './history-sources';
import { createPanelModel } from './state';
import { createWorkbench } from './workbench-state';
import { contentScriptPatterns, fixedTabIdFrom, readUrlMatcher } from './tab-site';
import './style.css';
import './workbench.css';
import './ab-compare.css';
import './fabe.css';
import './history.css';
import './workspace.css';
import './reviews.css';
import './report.css';

// Chrome side panel / Firefox sidebar, or an ordinary tab at sidepanel.html?tabId=<id>
// (the real-browser tests open it that way to watch one tab).
const browserI18n = { getMessage: (key: string, subs?: string | string[]) => browser.i18n.getMessage(key as never, subs), uiLocale: browser.i18n.getUILanguage() };

const db = new ListingLensDb();
const model = createPanelModel({
  db,
  tabs: browser.tabs,
  fixedTabId: fixedTabIdFrom(location.search),
  isReadUrl: readUrlMatcher(contentScriptPatterns(browser.runtime.getManifest())),
  requestRead: async (tabId) => (await sendToTab(tabId, 'read-now', {})).ok,
});

const shownRead = computed(() => {
  const state = model.state.value;
  return state.kind === 'read' ? state.read : undefined;
});

const workbench = createWorkbench({
  db,
  read: shownRead,
  save: (draft, checkpoint) => sendToBackground('draft-save', { draft, checkpoint }),
  remove: (id) => sendToBackground('draft-delete', { id }),
  // The async clipboard API in the panel's own page, on the user's click: no
  // clipboardWrite permission (that is for execCommand('copy') and background copies).
  copy: (text) => navigator.clipboard.writeText(text),
});

// Watches the database only once the FABE view is first opened (FabeModel.open).
const fabe = createFabe({
  db,
  read: shownRead,
  // FABE tables are built in a worker (fabe.worker.ts): a long product and its competitors
  // cost tens of milliseconds of analysis, which the panel's frames no longer wait for.
  buildTable: workerTableBuilder(() => new Worker(new URL('./fabe.worker.ts', import.meta.url), { type: 'module' }), buildFabeTable),
  copy: (text) => navigator.clipboard.writeText(text),
  download: (fileName, text, type) => downloadText(document, fileName, text, type),
});

// The shown product's stored reviews, live (themes over time in the Reviews view).
const shownKey = computed(() => {
  const read = shownRead.value;
  return read?.product?.id ? productKey(read.marketplace, read.product.id) : undefined;
});
const storedReviews = liveBy(shownKey, (key) => loadStoredReviews(db, key), (err) => console.warn('[Listing Lens] stored reviews query failed:', err));

// The review analysis of the shown read: computed only once the Reviews view reads it.
const reviews = createReviews({
  read: shownRead,
  stored: storedReviews.value,
  copy: (text) => navigator.clipboard.writeText(text),
  download: (fileName, text, type) => downloadText(document, fileName, text, type),
});

// Tracking, history, price comparison and data: writes go through the background; the
// panel asks for persistent storage with its own navigator.storage (a window).
const historyModel = createHistory({
  db,
  read: shownRead,
  send: sendToBackground,
  download: (fileName, text, type) => downloadText(document, fileName, text, type),
  storage: navigator.storage,
});

// The language is a setting (lib/db settings, saved by the background like every write):
// the switch applies at once, without a reload, in every open panel and the options page.
const language = computed<LanguageChoice>(() => historyModel.settings.value.language);
const i18n = languageState(language, browserI18n, (i) => i.t('extName'));
const setLanguage = (choice: LanguageChoice) => void sendToBackground('settings-save', { settings: { language: choice } });

// The audit report on the Competitors view's group, in the panel's language unless chosen (queries once the card shows).
const report = createReport({
  db,
  groupId: historyModel.selectedGroupId,
  i18n,
  copy: (text) => navigator.clipboard.writeText(text),
  download: (fileName, text, type) => downloadText(document, fileName, text, type),
  openHtml: (html) => openHtmlDocument(window, html),
});

// The panel now shows this tab's product: its "changed since your last visit" badge has done its job.
const seen = () => {
  const state = model.state.value;
  const tabId = model.tabId.value;
  if (state.kind === 'read' && state.read.product && tabId !== undefined && document.visibilityState === 'visible') {
    void sendToBackground('product-seen', { tabId });
  }
};
effect(seen);
document.addEventListener('visibilitychange', () => seen());

function Root() {
  return <App model={model} workbench={workbench} fabe={fabe} history={historyModel} reviews={reviews} report={report} i18n={i18n.value} language={{ value: language.value, onChange: setLanguage }} />;
}
render(<Root />, document.getElementById('app')!);
void model.start();
workbench.start();
historyModel.start();
const stopStoredReviews = storedReviews.start();
// Closing the side panel may not wait for a message: save when it is hidden, not only on pagehide.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') workbench.checkpoint();
});
addEventListener('pagehide', () => {
  model.stop();
  workbench.stop();
  fabe.stop();
  reviews.stop();
  report.stop();
  stopStoredReviews();
  historyModel.stop();
});
