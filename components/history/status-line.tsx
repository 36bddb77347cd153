import { formatNumber } from '../format';
import { useI18n, type MessageKey, type Translate } from '../i18n';
import type { ActionStatus, ActionWhat, ImportCounts } from './model';

const PERSIST: Record<string, MessageKey> = { granted: 'persistGranted', denied: 'persistDenied', unavailable: 'persistUnavailable' };

/** What a finished action says; `detail` is the model's code or value for it (a file name, a count, a role). */
function doneText(s: Extract<ActionStatus, { kind: 'done' }>, t: Translate, locale: string): string {
  switch (s.what) {
    case 'track':
      return t(s.detail === 'mine' ? 'doneTrackMine' : 'doneTrackCompetitor');
    case 'untrack':
      return t(s.detail === 'untracked' ? 'doneUntrack' : 'doneUntrackGroup');
    case 'group-delete':
      return t('doneGroupDelete');
    case 'rates':
      return t('doneRates');
    case 'export-json':
    case 'export-csv':
      return t('doneDownload', s.detail ?? '');
    case 'import':
      return s.counts ? importWords(s.counts, t, locale) : t('doneImport', ['0', '0']);
    case 'prune':
      return t('donePrune', formatNumber(Number(s.detail ?? 0), locale));
    case 'persist':
      return t(PERSIST[s.detail ?? 'unavailable'] ?? 'persistUnavailable');
    case 'storage':
      return '';
  }
}

/**
 * An action's progress beside its controls: a live region that is always there (so a
 * screen reader hears the change), an alert on failure with the background's own message
 * (an import error names the path in the file that is wrong).
 */
export function StatusLine(props: { status: ActionStatus; only?: readonly ActionWhat[] }) {
  const { t, locale } = useI18n();
  const s = props.status;
  const mine = s.kind !== 'idle' && (!props.only || props.only.includes(s.what));
  if (mine && s.kind === 'failed') {
    return (
      <p class="alert status-line" role="alert" data-testid="status" data-what={s.what} data-kind="failed" data-code={s.code}>
        {t('statusFailed', s.message)}
      </p>
    );
  }
  return (
    <p class="note status-line" role="status" data-testid="status" data-what={mine ? s.what : undefined} data-kind={mine ? s.kind : 'idle'}>
      {mine && s.kind === 'busy' && (s.of !== undefined ? t('statusImportPart', [formatNumber((s.received ?? 0) + 1, locale), formatNumber(s.of, locale)]) : t('statusWorking'))}
      {mine && s.kind === 'done' && doneText(s, t, locale)}
    </p>
  );
}

/** "3 added, 1 updated (products 1, snapshots 2)" — what an import changed, per table. */
export function importWords(counts: ImportCounts, t: Translate, locale: string): string {
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  const tables = Object.entries(counts.added)
    .map(([table, n]) => [table, n + (counts.updated[table] ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table} ${formatNumber(n, locale)}`);
  return t('doneImport', [formatNumber(sum(counts.added), locale), formatNumber(sum(counts.updated), locale)]) + (tables.length ? ` (${tables.join(', ')})` : '');
}
