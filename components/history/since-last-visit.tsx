import type { SinceLastVisit } from '../../lib/analyses/history/since-last-visit';
import { formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';
import type { Analysis } from '../workbench/model';
import { ChangeLine } from './change-line';
import type { VisitSummary } from './visit';

/** Lines shown at the top of the page view; the History view has them all. */
export const SUMMARY_LINES = 8;

/**
 * "Since your last visit", at the top of the page view for a tracked product opened
 * again: the changes from the state last seen to this one, price first (sinceLastVisit's
 * order), or that nothing changed since a date.
 */
export function SinceLastVisitCard(props: { visit: VisitSummary }) {
  const { t, locale } = useI18n();
  const v = props.visit;
  const iso = (ms: number) => new Date(ms).toISOString();
  if (v.kind === 'first') {
    return (
      <section class="card visit visit-first" data-testid="since-last-visit" data-kind="first" aria-labelledby="visit-heading">
        <h2 id="visit-heading">{t('visitHeading')}</h2>
        <p class="note">{t('visitFirst', formatDateTime(iso(v.sinceMs), locale))}</p>
      </section>
    );
  }
  if (v.kind === 'unchanged') {
    return (
      <section class="card visit visit-unchanged" data-testid="since-last-visit" data-kind="unchanged" aria-labelledby="visit-heading">
        <h2 id="visit-heading">{t('visitHeading')}</h2>
        <p class="note">{t('visitUnchanged', formatDateTime(iso(v.sinceMs), locale))}</p>
      </section>
    );
  }
  return (
    <section class="card visit visit-changes" data-testid="since-last-visit" data-kind="changes" aria-labelledby="visit-heading">
      <h2 id="visit-heading">{t('visitHeading')}</h2>
      <p class="meta">
        {t('visitSince', formatDateTime(iso(v.previousSeenMs), locale))} · {t('visitSnapshots', formatNumber(v.snapshots, locale))}
      </p>
      <SummaryLines summary={v.summary} />
    </section>
  );
}

function SummaryLines(props: { summary: Analysis<SinceLastVisit> }) {
  const { t, locale } = useI18n();
  const s = props.summary;
  if (!s.ok) {
    return (
      <p class="alert" role="alert" data-testid="analysis-error">
        {t('analysisFailed', s.error)}
      </p>
    );
  }
  const lines = s.value.lines;
  if (!lines.length) return <p class="note">{t('visitNoVisibleChange')}</p>;
  const shown = lines.slice(0, SUMMARY_LINES);
  return (
    <>
      <ul class="changes" data-count={String(lines.length)}>
        {shown.map((line, i) => (
          <ChangeLine key={`${line.field}-${i}`} line={line} />
        ))}
      </ul>
      {lines.length > shown.length && <p class="note">{t('visitMore', formatNumber(lines.length - shown.length, locale))}</p>}
    </>
  );
}
