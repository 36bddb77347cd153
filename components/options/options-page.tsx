import type { ComponentChildren } from 'preact';
import type { DraftRow } from '../../lib/db/schema';
import { HistoryView } from '../history/history-view';
import type { HistoryModel } from '../history/model';
import { useI18n, type MessageKey } from '../i18n';
import type { LanguageChoice } from '../workspace/language';
import { LanguageSwitch } from '../workspace/language-switch';
import { ClearData, type ClearStatus } from './clear-data';
import { KeywordLists } from './keyword-lists';
import { RuleLimits } from './rule-limits';

/**
 * The options page: language, the title rules' limits (with their as-of dates), the target
 * keyword lists, then the Competitors view's own sections — tracked products ("my
 * products"), groups, exchange rates, export / import / storage / pruning — reused as they
 * are, and "clear all data". Same language switch as the panel.
 */
export function OptionsPage(props: {
  history: HistoryModel;
  drafts?: readonly DraftRow[];
  language: LanguageChoice;
  onLanguage(choice: LanguageChoice): void;
  clear: ClearStatus;
  onClear(): void;
}) {
  const { t } = useI18n();
  return (
    <main class="options-page" data-testid="options">
      <header class="ws-header options-header">
        <div class="ws-top">
          <h1>
            {t('extName')} · {t('wsOptionsTitle')}
          </h1>
          <LanguageSwitch value={props.language} onChange={props.onLanguage} />
        </div>
      </header>
      <Card id="limits" heading="wsLimitsHeading">
        <p class="note">{t('wsLimitsHint')}</p>
        <RuleLimits />
      </Card>
      <Card id="keywords" heading="wsKeywordsHeading">
        <KeywordLists drafts={props.drafts} />
      </Card>
      <HistoryView model={props.history} />
      <Card id="clear" heading="wsClearHeading">
        <ClearData status={props.clear} onClear={props.onClear} />
      </Card>
    </main>
  );
}

function Card(props: { id: string; heading: MessageKey; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <section class="card" aria-labelledby={`${props.id}-heading`} data-testid={`options-${props.id}`}>
      <h2 id={`${props.id}-heading`}>{t(props.heading)}</h2>
      {props.children}
    </section>
  );
}
