import type { DraftRow } from '../../lib/db/schema';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { MARKETPLACE_NAME } from '../panel';

/**
 * The target keyword lists the user keeps with their drafts (the workbench's keyword
 * checklist): which draft, which marketplace, the words. Edited in the panel's Title tab.
 */
export function KeywordLists(props: { drafts?: readonly DraftRow[] }) {
  const { t, locale } = useI18n();
  const drafts = props.drafts;
  if (drafts === undefined) return <p class="note">{t('loadingShort')}</p>;
  const withWords = drafts.filter((d) => d.keywords.length > 0);
  if (!withWords.length) {
    return (
      <p class="note" data-testid="keywords-empty">
        {t('wsKeywordsNone')}
      </p>
    );
  }
  return (
    <ul class="keyword-lists" data-testid="keyword-lists">
      {withWords.map((d) => (
        <li key={d.id} data-draft-id={d.id} data-count={String(d.keywords.length)}>
          <div class="row">
            <span class={`badge badge-${d.marketplace}`}>{t(MARKETPLACE_NAME[d.marketplace])}</span>
            <strong>{d.name || t('wbUntitled')}</strong>
            <span class="meta">{t('wsKeywordsCount', formatNumber(d.keywords.length, locale))}</span>
          </div>
          <ul class="chips">
            {d.keywords.map((k, i) => (
              <li key={i} class="chip">
                {k}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
