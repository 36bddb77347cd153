import type { ReviewAnalysis } from '../../lib/schema';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { labelIn } from './exports';
import { Quotes, type QuoteContext } from './theme-list';

/**
 * Return reasons, most severe first. Both labels are shown: the UI language's first, the
 * other after it, since a cross-border seller meets both wordings (退货原因 lists and
 * Amazon's return reports). Severity is share × impact, explained under the table.
 */
export function ReturnReasons(props: { analysis: ReviewAnalysis; ctx: QuoteContext }) {
  const { t, locale } = useI18n();
  const rows = props.analysis.returnReasons;
  if (rows.length === 0) {
    return (
      <p class="note" data-testid="review-no-returns">
        {t('rvNoReturns')}
      </p>
    );
  }
  const zh = /^zh/i.test(locale);
  return (
    <>
      <ul class="rv-returns">
        {rows.map((r) => (
          <li key={r.reason} class="rv-return" data-testid="review-return" data-reason={r.reason} data-count={String(r.mentions)} data-severity={String(r.severity)} data-impact={String(r.impact)}>
            <div class="rv-theme-head">
              <strong>{labelIn(r.label, locale)}</strong>
              <span class="meta">{zh ? r.label.en : r.label.zh}</span>
              <span class="meta">
                {t('rvMentionCount', [formatNumber(r.mentions, locale), formatNumber(props.analysis.reviewCount, locale)])}
              </span>
              <span class="tag rv-severity" data-testid="review-return-severity">
                {t('rvReturnSeverity')} {formatNumber(r.severity, locale, 1)}
              </span>
            </div>
            <Quotes theme={r} ctx={props.ctx} />
          </li>
        ))}
      </ul>
      <p class="note">{t('rvSeverityHelp')}</p>
    </>
  );
}
