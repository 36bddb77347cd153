import type { FieldComparison, RuleComparison, TitleCheck, Verdict } from '../../lib/schema';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { inUiLanguage, STATUS_LABEL } from './checks-list';
import { scoreBand, slotLabel } from './field-editor';
import type { AbSide } from './ab-model';

const STATUS_ICON: Record<TitleCheck['status'], string> = { pass: '✓', warn: '!', fail: '✕' };

/** The rows worth reading first: a winner, or a rule only one draft got. */
export function differs(r: RuleComparison): boolean {
  return r.winner !== 'tie' || r.statusA !== r.statusB;
}

/** "A better by 30" / "Tie", in the UI language. */
export function VerdictText(props: { verdict: Verdict; difference: number }) {
  const { t, locale } = useI18n();
  const points = formatNumber(Math.abs(props.difference), locale);
  const text = props.verdict === 'a' ? t('ab_aBetterBy', points) : props.verdict === 'b' ? t('ab_bBetterBy', points) : t('ab_tie');
  return (
    <span class={`ab-verdict ab-verdict-${props.verdict}`} data-testid="ab-verdict" data-value={props.verdict}>
      {text}
    </span>
  );
}

/**
 * One field of both drafts: the two scores and the verdict, then the rules where the drafts
 * differ — each side's status and points, the better side marked by colour and by the word
 * "(better)" — with the rules they agree on folded away.
 */
export function AbFieldTable(props: { field: FieldComparison }) {
  const { t, locale } = useI18n();
  const f = props.field;
  const diff = f.rules.filter(differs);
  const same = f.rules.filter((r) => !differs(r));
  return (
    <div class="ab-field" data-testid="ab-field" data-slot={f.slot} data-score-a={String(f.scoreA)} data-score-b={String(f.scoreB)} data-verdict={f.verdict}>
      <h4 class="ab-field-head">
        <span>{slotLabel({ key: f.slot as `bullet${number}`, field: f.field, ...(f.bullet !== undefined ? { bullet: f.bullet } : {}) }, t)}</span>
        <span class="ab-scores">
          A <span class={`wb-score wb-score-${scoreBand(f.scoreA)}`}>{formatNumber(f.scoreA, locale)}</span> · B{' '}
          <span class={`wb-score wb-score-${scoreBand(f.scoreB)}`}>{formatNumber(f.scoreB, locale)}</span>
        </span>
        <VerdictText verdict={f.verdict} difference={f.difference} />
      </h4>
      {diff.length > 0 && <RuleTable rows={diff} />}
      {same.length > 0 && (
        <details class="ab-same">
          <summary>{t('ab_sameRules', String(same.length))}</summary>
          <RuleTable rows={same} />
        </details>
      )}
    </div>
  );
}

function RuleTable(props: { rows: readonly RuleComparison[] }) {
  const { t, locale } = useI18n();
  return (
    <table class="ab-table">
      <thead>
        <tr>
          <th scope="col">{t('ab_colRule')}</th>
          <th scope="col">A</th>
          <th scope="col">B</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => {
          // The loser's message says what to fix; with no loser, A's says what both do.
          const message = r.winner === 'a' ? r.messageB : (r.messageA ?? r.messageB);
          return (
            <tr key={r.rule} data-rule={r.rule} data-winner={r.winner} data-status-a={r.statusA ?? 'none'} data-status-b={r.statusB ?? 'none'}>
              <th scope="row" class="ab-rule">
                {message && <span class="ab-rule-message">{inUiLanguage(message, locale)}</span>}
                <code class="meta">{r.rule}</code>
              </th>
              <StatusCell rule={r} side="a" />
              <StatusCell rule={r} side="b" />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function StatusCell(props: { rule: RuleComparison; side: AbSide }) {
  const { t, locale } = useI18n();
  const r = props.rule;
  const status = props.side === 'a' ? r.statusA : r.statusB;
  const earned = props.side === 'a' ? r.earnedA : r.earnedB;
  const wins = r.winner === props.side;
  const num = (n: number) => formatNumber(n, locale, 1);
  return (
    <td class={`ab-cell${status ? ` check-${status}` : ''}${wins ? ' ab-win' : ''}`} data-side={props.side}>
      {status ? (
        <>
          <span aria-hidden="true">{STATUS_ICON[status]}</span> {t(STATUS_LABEL[status])} <span class="meta">{`${num(earned)}/${num(r.weight)}`}</span>
        </>
      ) : (
        <span class="meta">{t('ab_notApplied')}</span>
      )}
      {wins && <strong class="ab-mark">{t('ab_better')}</strong>}
    </td>
  );
}
