import type { ThemeTrend } from '../../lib/analyses/reviews/trends';
import { formatNumber } from '../format';
import { useI18n, type Translate } from '../i18n';
import { labelIn, SENTIMENT_LABEL } from './exports';
import type { TrendsState } from './model';

const DIRECTION_LABEL = { new: 'rvtNew', rising: 'rvtRising', falling: 'rvtFalling', steady: 'rvtSteady' } as const satisfies Record<ThemeTrend['direction'], Parameters<Translate>[0]>;

/**
 * "Themes over time": per followed theme its direction and how many reviews mentioned it
 * each month, as a table (row and column headers, so a screen reader names each count),
 * with the sample it rests on. Until the product's stored reviews span two months, or
 * while it is not tracked, a note says why there is no table. The section's data-state
 * names the case.
 */
export function ThemeTrendsSection(props: { state: TrendsState }) {
  const { t, locale } = useI18n();
  const s = props.state;
  const note = (text: string, role?: 'alert') => (
    <p class={role ? 'alert' : 'note'} role={role} data-testid="review-trends-note">
      {text}
    </p>
  );
  return (
    <section class="card" data-testid="review-trends" data-state={s.kind} aria-labelledby="rv-trends-heading">
      <h2 id="rv-trends-heading">{t('rvtHeading')}</h2>
      {s.kind === 'loading' && note(t('rvtLoading'))}
      {s.kind === 'untracked' && note(t('rvtUntracked'))}
      {s.kind === 'too-few' && note(t('rvtTooFew', formatNumber(s.reviewCount, locale)))}
      {s.kind === 'error' && note(t('rvtFailed', s.error), 'alert')}
      {s.kind === 'trends' && <TrendsTable trends={s.trends} />}
    </section>
  );
}

function TrendsTable(props: { trends: Extract<TrendsState, { kind: 'trends' }>['trends'] }) {
  const { t, locale } = useI18n();
  const { periods, reviewsPerPeriod, reviewCount, themes } = props.trends;
  return (
    <>
      <p data-testid="review-trends-sample" data-value={String(reviewCount)}>
        {t('rvtSample', [formatNumber(reviewCount, locale), periods[0]!, periods[periods.length - 1]!])}
      </p>
      {themes.length === 0 ? (
        <p class="note" data-testid="review-trends-no-themes">
          {t('rvtNoThemes')}
        </p>
      ) : (
        <div class="rv-trends-scroll">
          <table class="rv-trends" data-testid="review-trends-table">
            <caption>{t('rvtCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rvtTheme')}</th>
                <th scope="col">{t('rvtDirection')}</th>
                {periods.map((p) => (
                  <th scope="col" key={p}>
                    {p}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {themes.map((th) => (
                <tr
                  key={`${th.aspect}|${th.sentiment}`}
                  data-testid="review-trend"
                  data-aspect={th.aspect}
                  data-sentiment={th.sentiment}
                  data-direction={th.direction}
                  data-counts={th.counts.join(',')}
                >
                  <th scope="row">
                    <span class={`tag rv-side rv-side-${th.sentiment}`}>{t(SENTIMENT_LABEL[th.sentiment])}</span> {labelIn(th.label, locale)}
                  </th>
                  <td class={`rv-trend rv-trend-${th.direction}`}>{t(DIRECTION_LABEL[th.direction])}</td>
                  {th.counts.map((n, i) => (
                    <td key={periods[i]} class="num">
                      {formatNumber(n, locale)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="review-trends-per-month" data-counts={reviewsPerPeriod.join(',')}>
                <th scope="row" colSpan={2}>
                  {t('rvtReviewsRow')}
                </th>
                {reviewsPerPeriod.map((n, i) => (
                  <td key={periods[i]} class="num">
                    {formatNumber(n, locale)}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </>
  );
}
