import type { ListingCheck, ListingScore } from '../../lib/schema';
import { SECTION_LABEL } from './labels';
import { formatNumber } from '../format';
import { useI18n, type MessageKey } from '../i18n';
import { inUiLanguage, RuleSource } from '../workbench/checks-list';

export const LISTING_STATUS_LABEL: Record<ListingCheck['status'], MessageKey> = {
  pass: 'wbStatusPass',
  warn: 'wbStatusWarn',
  fail: 'wbStatusFail',
  unknown: 'listing_statusUnknown',
};
const ICON: Record<ListingCheck['status'], string> = { pass: '✓', warn: '!', fail: '✕', unknown: '?' };
const ORDER: ListingCheck['status'][] = ['fail', 'warn', 'unknown', 'pass'];

/**
 * The listing score as its arithmetic: the total, each section's points out of its weight,
 * and every check with its message and fix in the UI language. Checks that could not be
 * judged (the reader did not get the data) are listed as unknown and count for nothing,
 * so the max says out of how much this listing was judged.
 */
export function ListingScoreView(props: { score: ListingScore }) {
  const { t, locale } = useI18n();
  const s = props.score;
  const num = (n: number) => formatNumber(n, locale, 1);
  const open = [...s.checks].filter((c) => c.status !== 'pass').sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const passed = s.checks.filter((c) => c.status === 'pass');
  return (
    <section class="card listing-score" data-testid="listing-score" data-total={String(s.total)} data-max={String(s.max)}>
      <h3>
        {t('listing_scoreHeading')}{' '}
        <span class="score-figure">{s.percent !== undefined ? t('listing_scoreFigure', [num(s.total), num(s.max), String(s.percent)]) : t('listing_scoreNothingJudged')}</span>
      </h3>
      <table class="sections">
        <tbody>
          {s.sections.map((x) => (
            <tr key={x.section} data-section={x.section} data-earned={String(x.earned)} data-weight={String(x.weight)}>
              <th scope="row">{t(SECTION_LABEL[x.section])}</th>
              <td>
                {num(x.earned)}/{num(x.weight)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open.length > 0 && (
        <ul class="checks">
          {open.map((c, i) => (
            <ListingCheckItem key={`${c.rule}-${i}`} check={c} />
          ))}
        </ul>
      )}
      {passed.length > 0 && (
        <details class="passed-checks">
          <summary>{t('wbPassedChecks', [String(passed.length), num(passed.reduce((a, c) => a + c.earned, 0)), num(passed.reduce((a, c) => a + c.weight, 0))])}</summary>
          <ul class="checks">
            {passed.map((c, i) => (
              <ListingCheckItem key={`${c.rule}-${i}`} check={c} />
            ))}
          </ul>
        </details>
      )}
      <p class="arithmetic meta" data-testid="listing-arithmetic">
        {t('listing_arithmetic', [s.sections.map((x) => num(x.earned)).join(' + '), num(s.total), num(s.max)])}
      </p>
    </section>
  );
}

function ListingCheckItem(props: { check: ListingCheck }) {
  const { t, locale } = useI18n();
  const c = props.check;
  const num = (n: number) => formatNumber(n, locale, 1);
  return (
    <li class={`check check-${c.status}`} data-rule={c.rule} data-status={c.status} data-section={c.section}>
      <div class="check-head">
        <span class="check-status">
          <span aria-hidden="true">{ICON[c.status]}</span> {t(LISTING_STATUS_LABEL[c.status])} · {t(SECTION_LABEL[c.section])}
        </span>
        <span class="check-points" data-earned={String(c.earned)} data-weight={String(c.weight)}>
          {num(c.earned)}/{num(c.weight)}
        </span>
      </div>
      <p class="check-message">{inUiLanguage(c.message, locale)}</p>
      {c.fix && (
        <p class="check-fix">
          <strong>{t('wbFix')}</strong> {inUiLanguage(c.fix.message, locale)}
        </p>
      )}
      <RuleSource source={c.source} />
    </li>
  );
}
