import { computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ClearStatus } from '../../components/options/clear-data';
import { I18nContext } from '../../components/i18n';
import { OptionsPage } from '../../components/options/options-page';
import type { LanguageChoice } from '../../components/workspace/language';
import { languageState } from '../../components/workspace/use-language';
import { listDrafts, ListingLensDb, type DraftRow } from '../../lib/db';
import { sendToBackground } from '../../lib/messaging';
import { downloadText } from '../sidepanel/download';
import { createHistory } from '../sidepanel/history-state';
import '../sidepanel/style.css';
import '../sidepanel/workbench.css';
import '../sidepanel/history.css';
import '../sidepanel/workspace.css';

// The options page reads the database like the panel and writes only through the background.
const db = new ListingLensDb();
const history = createHistory({
  db,
  read: signal(undefined),
  send: sendToBackground,
  download: (fileName, text, type) => downloadText(document, fileName, text, type),
  storage: navigator.storage,
});
history.start();

const drafts = signal<DraftRow[] | undefined>(undefined);
const sub = liveQuery(() => listDrafts(db)).subscribe({ next: (rows) => (drafts.value = rows), error: (err: unknown) => console.warn('[Listing Lens] drafts query failed:', err) });

const browserI18n = { getMessage: (key: string, subs?: string | string[]) => browser.i18n.getMessage(key as never, subs), uiLocale: browser.i18n.getUILanguage() };
const language = computed<LanguageChoice>(() => history.settings.value.language);
const i18n = languageState(language, browserI18n, (i) => `${i.t('extName')} · ${i.t('wsOptionsTitle')}`);

const clear = signal<ClearStatus>({ kind: 'idle' });
async function clearAll(): Promise<void> {
  clear.value = { kind: 'busy' };
  const r = await sendToBackground('clear-data', { confirm: 'clear-all-data' });
  clear.value = r.ok ? { kind: 'done', removed: r.data.removed } : { kind: 'failed', message: r.error.message };
  await history.refreshStorage();
}

function Root() {
  return (
    <I18nContext.Provider value={i18n.value}>
      <OptionsPage
        history={history}
        drafts={drafts.value}
        language={language.value}
        onLanguage={(choice) => void sendToBackground('settings-save', { settings: { language: choice } })}
        clear={clear.value}
        onClear={() => void clearAll()}
      />
    </I18nContext.Provider>
  );
}
render(<Root />, document.getElementById('app')!);
addEventListener('pagehide', () => {
  history.stop();
  sub.unsubscribe();
});
