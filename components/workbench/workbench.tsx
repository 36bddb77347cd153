import { useComputed } from '@preact/signals';
import { formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';
import { AbCompareView } from './ab-compare';
import { Competitors } from './competitors';
import { CopyBar } from './copy-bar';
import { DraftBar } from './draft-bar';
import { FieldEditor } from './field-editor';
import { KeywordList } from './keyword-list';
import { slotsFor, type Workbench } from './model';
import { Suggestions } from './suggestions';

/**
 * The copywriter's workbench: a draft's fields, each scored as it is typed, the target
 * keywords crossed off, suggestions mined from competitors, the competitors' titles
 * scored beside the draft, and the draft's history. Page text (a prefilled title, a
 * competitor's title, a suggested term) only ever reaches the DOM as JSX text.
 */
export function WorkbenchView(props: { wb: Workbench }) {
  const { t } = useI18n();
  const { wb } = props;
  // Only what changes the layout: a keystroke re-renders the field typed in, not the whole view.
  const marketplace = useComputed(() => wb.draft.value.marketplace).value;
  const draftId = useComputed(() => wb.draft.value.id).value;
  const slots = slotsFor(marketplace);
  return (
    <div class="workbench" data-testid="workbench" data-draft-id={draftId} data-marketplace={marketplace}>
      <DraftBar wb={wb} />
      <section class="card fields-card" aria-label={t('wbFields')}>
        {slots.map((slot) => (
          <FieldEditor key={slot.key} wb={wb} slot={slot} main={slot.key === 'title'} marketplace={marketplace} />
        ))}
        <CopyBar wb={wb} />
      </section>
      <KeywordList wb={wb} />
      <Suggestions wb={wb} />
      <Competitors wb={wb} />
      <AbCompareView wb={wb} />
      <History wb={wb} />
    </div>
  );
}

function History(props: { wb: Workbench }) {
  const { t, locale } = useI18n();
  const entries = props.wb.history.value;
  return (
    <section class="card history" data-testid="history" data-value={String(entries.length)}>
      <details>
        <summary>{t('wbHistory', formatNumber(entries.length, locale))}</summary>
        {entries.length === 0 ? (
          <p class="note">{t('wbHistoryEmpty')}</p>
        ) : (
          <ol class="history-list">
            {entries.map((h) => (
              <li key={h.id} class="history-entry">
                <span class="meta">{formatDateTime(new Date(h.savedAt).toISOString(), locale)}</span>
                <span class="history-title">{h.title || '—'}</span>
                <button type="button" onClick={() => void props.wb.restore(h.id)}>
                  {t('wbRestore')}
                </button>
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}
