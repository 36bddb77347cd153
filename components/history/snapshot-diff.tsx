import { useMemo, useState } from 'preact/hooks';
import { sinceLastVisit } from '../../lib/analyses/history/since-last-visit';
import type { SnapshotRow } from '../../lib/db/schema';
import { formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';
import { analyse } from '../workbench/model';
import { ChangeLine } from './change-line';

const idOf = (s: SnapshotRow) => String(s.id ?? `t${s.readAtMs}`);

/**
 * What changed between any two snapshots of a product: choose the earlier and the later
 * one (the two newest at first). Fields in sinceLastVisit's order, price first; text
 * fields as word/character diffs.
 */
export function SnapshotDiff(props: { snapshots: readonly SnapshotRow[] }) {
  const { t, locale } = useI18n();
  const list = props.snapshots;
  const [fromId, setFrom] = useState<string | undefined>(undefined);
  const [toId, setTo] = useState<string | undefined>(undefined);
  const from = list.find((s) => idOf(s) === fromId) ?? list.at(-2);
  const to = list.find((s) => idOf(s) === toId) ?? list.at(-1);
  const result = useMemo(() => (from && to && from !== to ? analyse(() => sinceLastVisit(from.read, to.read)) : undefined), [from, to]);
  if (list.length < 2) {
    return (
      <p class="note" data-testid="snapshot-diff" data-state="one">
        {t('diffNeedsTwo')}
      </p>
    );
  }
  const option = (s: SnapshotRow, i: number) => (
    <option key={idOf(s)} value={idOf(s)}>
      {t('diffOption', [formatNumber(i + 1, locale), formatDateTime(s.readAt, locale)])}
    </option>
  );
  return (
    <div class="snapshot-diff" data-testid="snapshot-diff" data-state={result === undefined ? 'same' : result.ok ? 'ok' : 'error'} data-from={from?.readAt} data-to={to?.readAt}>
      <div class="row">
        <label>
          {t('diffFrom')}{' '}
          <select data-testid="diff-from" value={from ? idOf(from) : ''} onChange={(e) => setFrom((e.currentTarget as HTMLSelectElement).value)}>
            {list.map(option)}
          </select>
        </label>
        <label>
          {t('diffTo')}{' '}
          <select data-testid="diff-to" value={to ? idOf(to) : ''} onChange={(e) => setTo((e.currentTarget as HTMLSelectElement).value)}>
            {list.map(option)}
          </select>
        </label>
      </div>
      {result === undefined ? (
        <p class="note">{t('diffSame')}</p>
      ) : !result.ok ? (
        <p class="alert" role="alert" data-testid="analysis-error">
          {t('analysisFailed', result.error)}
        </p>
      ) : result.value.lines.length === 0 ? (
        <p class="note">{t('visitNoVisibleChange')}</p>
      ) : (
        <ul class="changes" data-count={String(result.value.lines.length)}>
          {result.value.lines.map((line, i) => (
            <ChangeLine key={`${line.field}-${i}`} line={line} />
          ))}
        </ul>
      )}
    </div>
  );
}
