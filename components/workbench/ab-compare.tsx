import { useComputed } from '@preact/signals';
import { formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';
import { AbFieldTable } from './ab-field-table';
import { AbKeywordTables } from './ab-keyword-table';
import type { AbCompare, AbPair, AbSide } from './ab-model';
import type { DraftSummary, Workbench } from './model';

/**
 * "Compare drafts": two saved drafts of this product side by side — per field both scores
 * and the rules where they differ, the target keywords and competitors' terms in each
 * title — and "Use A" / "Use B" to open one in the editor. Closed by default: nothing is
 * read or scored until it is opened. Draft text only reaches the DOM as JSX text.
 */
export function AbCompareView(props: { wb: Workbench }) {
  const { t } = useI18n();
  const ab = props.wb.compare;
  const open = ab.open.value;
  // The id only: typing in the editor must not re-render a closed comparison.
  const currentId = useComputed(() => props.wb.draft.value.id).value;
  return (
    <section class="card ab-compare" data-testid="ab-compare" aria-labelledby="ab-compare-toggle">
      <h3 class="ab-head">
        <button type="button" id="ab-compare-toggle" class="ab-toggle" aria-expanded={open} aria-controls="ab-compare-body" data-testid="ab-toggle" onClick={() => ab.setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('ab_compare')}
        </button>
      </h3>
      {open && (
        <div id="ab-compare-body">
          <p class="meta">{t('ab_compareHint')}</p>
          <Body ab={ab} currentId={currentId} />
        </div>
      )}
    </section>
  );
}

function Body(props: { ab: AbCompare; currentId: string }) {
  const { t, locale } = useI18n();
  const { ab } = props;
  const pair = ab.pair.value;
  if (!ab.loaded.value) return <p class="note">{t('ab_loading')}</p>;
  if (!pair) {
    return (
      <p class="note" data-testid="ab-empty">
        {t('ab_empty')}
      </p>
    );
  }
  const result = ab.result.value;
  return (
    <>
      <div class="ab-pickers">
        <Picker side="a" pair={pair} ab={ab} currentId={props.currentId} />
        <Picker side="b" pair={pair} ab={ab} currentId={props.currentId} />
      </div>
      {result && !result.ok && (
        <p class="alert" role="alert">
          {t('wbAnalysisFailed', result.error)}
        </p>
      )}
      {result?.ok && (
        <div data-testid="ab-result" data-a={result.value.draftA} data-b={result.value.draftB}>
          <p class="ab-wins" data-testid="ab-wins" data-a={String(result.value.wins.a)} data-b={String(result.value.wins.b)} data-tie={String(result.value.wins.tie)}>
            {t('ab_wins', [formatNumber(result.value.wins.a, locale), formatNumber(result.value.wins.b, locale), formatNumber(result.value.wins.tie, locale)])}
          </p>
          {result.value.fields.map((f) => (
            <AbFieldTable key={f.slot} field={f} />
          ))}
          <AbKeywordTables keywords={result.value.keywordRows} terms={result.value.competitorTerms} />
        </div>
      )}
    </>
  );
}

function Picker(props: { side: AbSide; pair: AbPair; ab: AbCompare; currentId: string }) {
  const { t, locale } = useI18n();
  const { side, ab } = props;
  const id = props.pair[side];
  const choices = ab.choices.value;
  const inEditor = id === props.currentId;
  const label = (d: DraftSummary) => {
    const name = `${d.name || d.title.slice(0, 60) || t('wbUntitled')}${d.updatedAt ? ` · ${formatDateTime(new Date(d.updatedAt).toISOString(), locale)}` : ''}`;
    return d.id === props.currentId ? t('ab_openNow', name) : name;
  };
  return (
    <div class={`ab-picker ab-picker-${side}`}>
      <label>
        {side === 'a' ? t('ab_draftA') : t('ab_draftB')}
        <select data-testid={`ab-pick-${side}`} value={id} onChange={(e) => ab.pick(side, e.currentTarget.value)}>
          {choices.map((d) => (
            <option key={d.id} value={d.id}>
              {label(d)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid={`ab-use-${side}`} disabled={inEditor} title={inEditor ? t('ab_inEditor') : t('ab_useHint')} onClick={() => void ab.use(side)}>
        {side === 'a' ? t('ab_useA') : t('ab_useB')}
      </button>
    </div>
  );
}
