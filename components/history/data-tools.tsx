import { useState } from 'preact/hooks';
import type { StorageEstimate } from '../../lib/db/storage';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import type { ActionStatus, PruneChoice } from './model';
import { StatusLine } from './status-line';

/** `12.3 MB` in the UI locale (decimal units, as browsers' storage settings show them). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let i = 0;
  let n = bytes;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i === 0 ? 0 : 1 }).format(n);
  } catch {
    return `${Math.round(n * 10) / 10} ${['B', 'kB', 'MB', 'GB', 'TB'][i]}`;
  }
}

const DATA_ACTIONS = ['export-json', 'export-csv', 'import', 'prune', 'persist', 'storage'] as const;

/**
 * The user's data: a full JSON export and a snapshots CSV (downloaded from the panel's own
 * page, no downloads permission), importing an export (all or nothing; an error names the
 * place in the file), how much is stored, removing old snapshots, and asking the browser
 * to keep the data.
 */
export function DataTools(props: {
  storage?: StorageEstimate;
  status: ActionStatus;
  onExportJson(): void;
  onExportCsv(): void;
  onImport(file: File): void;
  onPrune(choice: PruneChoice): void;
  onPersist(): void;
  onRefresh(): void;
}) {
  const { t, locale } = useI18n();
  const s = props.status;
  const busy = s.kind === 'busy';
  const importing = s.kind === 'busy' && s.what === 'import';
  const [keep, setKeep] = useState('20');
  const [days, setDays] = useState('365');
  const [confirm, setConfirm] = useState<PruneChoice | undefined>(undefined);
  const st = props.storage;
  const whole = (v: string) => (/^\d+$/.test(v.trim()) && Number(v) >= 1 ? Number(v) : undefined);
  return (
    <div class="data-tools" data-testid="data-tools">
      <div class="row">
        <button type="button" data-testid="export-json" disabled={busy} onClick={props.onExportJson}>
          {t('exportJson')}
        </button>
        <button type="button" data-testid="export-csv" disabled={busy} onClick={props.onExportCsv}>
          {t('exportCsv')}
        </button>
      </div>
      <div class="row">
        <label class="file-label">
          {t('importJson')}{' '}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-file"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) props.onImport(file);
              input.value = ''; // the same file may be chosen again
            }}
          />
        </label>
      </div>
      {importing && s.of !== undefined && (
        <progress data-testid="import-progress" max={s.of} value={s.received ?? 0} aria-label={t('importProgress')} />
      )}
      <p class="note">{t('importHint')}</p>
      <h3>{t('storageHeading')}</h3>
      {st ? (
        <dl class="fields" data-testid="storage" data-usage={st.usage === undefined ? undefined : String(st.usage)} data-snapshots={String(st.counts.snapshots)} data-persisted={st.persisted === undefined ? undefined : String(st.persisted)}>
          <div class="field">
            <dt>{t('storageUsed')}</dt>
            <dd>
              {st.usage === undefined ? t('storageUnknown') : st.quota === undefined ? formatBytes(st.usage, locale) : t('storageOfQuota', [formatBytes(st.usage, locale), formatBytes(st.quota, locale)])}
            </dd>
          </div>
          <div class="field">
            <dt>{t('storageRows')}</dt>
            <dd>
              {t('storageCounts', [
                formatNumber(st.counts.products, locale),
                formatNumber(st.counts.snapshots, locale),
                formatNumber(st.counts.resultSets, locale),
                formatNumber(st.counts.groups, locale),
              ])}
            </dd>
          </div>
          <div class="field">
            <dt>{t('storagePersisted')}</dt>
            <dd>{st.persisted === undefined ? t('storageUnknown') : st.persisted ? t('yes') : t('no')}</dd>
          </div>
        </dl>
      ) : (
        <p class="note">{t('loadingShort')}</p>
      )}
      <div class="row">
        <button type="button" data-testid="storage-refresh" disabled={busy} onClick={props.onRefresh}>
          {t('storageRefresh')}
        </button>
        <button type="button" data-testid="persist" disabled={busy} onClick={props.onPersist}>
          {t('persistAsk')}
        </button>
      </div>
      <h3>{t('pruneHeading')}</h3>
      <div class="row">
        <label>
          {t('pruneKeep')}{' '}
          <input type="number" min={1} step={1} size={4} data-testid="prune-keep" value={keep} onInput={(e) => setKeep((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="button" data-testid="prune-keep-go" disabled={busy || whole(keep) === undefined} onClick={() => setConfirm({ keepPerProduct: whole(keep)! })}>
          {t('pruneGo')}
        </button>
      </div>
      <div class="row">
        <label>
          {t('pruneOlder')}{' '}
          <input type="number" min={1} step={1} size={4} data-testid="prune-days" value={days} onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="button" data-testid="prune-days-go" disabled={busy || whole(days) === undefined} onClick={() => setConfirm({ olderThanDays: whole(days)! })}>
          {t('pruneGo')}
        </button>
      </div>
      {confirm && (
        <div class="confirm" role="group" aria-label={t('pruneHeading')} data-testid="prune-confirm">
          <p>{confirm.keepPerProduct !== undefined ? t('pruneConfirmKeep', formatNumber(confirm.keepPerProduct, locale)) : t('pruneConfirmOlder', formatNumber(confirm.olderThanDays ?? 0, locale))}</p>
          <div class="row">
            <button
              type="button"
              class="danger"
              data-testid="prune-confirm-go"
              onClick={() => {
                props.onPrune(confirm);
                setConfirm(undefined);
              }}
            >
              {t('pruneConfirmGo')}
            </button>
            <button type="button" onClick={() => setConfirm(undefined)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <StatusLine status={s} only={DATA_ACTIONS} />
    </div>
  );
}
