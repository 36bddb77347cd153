import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import type { Workbench } from './model';

/**
 * Terms the competitors' titles use and the draft does not, best first, each one click
 * from the keyword list. The terms are competitors' page text: shown as text only.
 */
export function Suggestions(props: { wb: Workbench }) {
  const { t, locale } = useI18n();
  const result = props.wb.suggestions.value;
  return (
    <section class="card suggestions" data-testid="suggestions" aria-labelledby="sg-heading">
      <h2 id="sg-heading">{t('wbSuggestions')}</h2>
      {!result.ok ? (
        <p class="alert" role="alert">
          {t('wbAnalysisFailed', result.error)}
        </p>
      ) : result.value.length === 0 ? (
        <p class="note">{t('wbSuggestionsEmpty')}</p>
      ) : (
        <ul class="sg-list">
          {result.value.map((s) => (
            <li key={s.term} class="sg" data-suggestion={s.term} data-score={String(s.score)}>
              <button type="button" class="sg-add" aria-label={t('wbSuggestionAdd', s.term)} onClick={() => props.wb.addKeywords([s.term])}>
                +
              </button>
              <span class="sg-term">{s.term}</span>
              <span class="meta">
                {t('wbSuggestionUsedBy', formatNumber(s.competitors, locale))}
                {s.bestPosition !== undefined && ` · ${t('wbSuggestionBest', formatNumber(s.bestPosition, locale))}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
