import { useEffect } from 'preact/hooks';
import { formatNumber } from '../format';
import { useI18n, type MessageKey, type Translate } from '../i18n';
import type { PrintState, ReportLangChoice, ReportModel, ReportStatus } from './model';
import { ReportSummary } from './report-summary';

const LANGS: [ReportLangChoice, MessageKey][] = [
  ['panel', 'auditui_langPanel'],
  ['en', 'auditui_langEn'],
  ['zh', 'auditui_langZh'],
];

const FAILED: Record<Extract<ReportStatus, { kind: 'failed' }>['reason'], MessageKey> = {
  'no-group': 'auditui_noGroup',
  'no-reads': 'auditui_noReads',
  error: 'auditui_failed',
};

/**
 * The operator's audit report for the Competitors view's group: "changes since" a date,
 * the report's language, one Build, then Markdown and CSV downloads, a copy, and the
 * printable page in a new tab (printed to PDF by the browser). Props in, JSX out.
 */
export function ReportCard(props: { model: ReportModel; groupName?: string; today?: string }) {
  const { t, locale } = useI18n();
  const m = props.model;
  useEffect(() => m.open(), [m]);
  const s = m.status.value;
  const groupId = m.groupId.value;
  return (
    <section class="card report-card" aria-labelledby="report-heading" data-testid="report-card" data-state={s.kind} data-group-id={groupId}>
      <h2 id="report-heading">{t('auditui_heading')}</h2>
      <p class="note">{t('auditui_intro')}</p>
      {groupId === undefined ? (
        <p class="note" data-testid="report-no-group">
          {t('auditui_noGroup')}
        </p>
      ) : (
        <>
          <p class="row">
            {t('auditui_group')} <strong data-testid="report-group">{props.groupName ?? groupId}</strong>
          </p>
          <div class="row report-form">
            <label>
              {t('auditui_since')}{' '}
              <input
                type="date"
                data-testid="report-since"
                value={m.since.value}
                max={props.today ?? todayLocal()}
                onChange={(e) => {
                  const v = (e.currentTarget as HTMLInputElement).value;
                  if (v) m.setSince(v);
                }}
              />
            </label>
            <label>
              {t('auditui_lang')}{' '}
              <select data-testid="report-lang" value={m.lang.value} onChange={(e) => m.setLang((e.currentTarget as HTMLSelectElement).value as ReportLangChoice)}>
                {LANGS.map(([value, key]) => (
                  <option key={value} value={value}>
                    {t(key)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="primary" data-testid="report-build" disabled={s.kind === 'busy'} onClick={() => void m.generate()}>
              {t('auditui_build')}
            </button>
          </div>
          <StatusText status={s} t={t} locale={locale} />
          {s.kind === 'ready' && <ReadyPart model={m} status={s} />}
        </>
      )}
    </section>
  );
}

/** Today as the date input's `yyyy-mm-dd`, in the user's time zone (not UTC's day). */
function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function StatusText(props: { status: ReportStatus; t: Translate; locale: string }) {
  const { status: s, t, locale } = props;
  const failed = s.kind === 'failed';
  const text =
    s.kind === 'busy'
      ? t('auditui_building')
      : s.kind === 'ready'
        ? t('auditui_ready', [formatNumber(s.report.products.length, locale), formatNumber(s.ms, locale)])
        : s.kind === 'failed'
          ? t(FAILED[s.reason], s.detail ?? '')
          : '';
  return (
    <p class={failed ? 'alert' : 'note'} role={failed ? 'alert' : 'status'} data-testid="report-status" data-kind={s.kind} data-ms={s.kind === 'ready' ? String(s.ms) : undefined}>
      {text}
    </p>
  );
}

function ReadyPart(props: { model: ReportModel; status: Extract<ReportStatus, { kind: 'ready' }> }) {
  const { t } = useI18n();
  const { model: m, status: s } = props;
  const e = m.exportState.value;
  const exportText = e.kind === 'copied' ? t('auditui_copied') : e.kind === 'downloaded' ? t('auditui_downloaded', e.fileName) : e.kind === 'failed' ? t('auditui_exportFailed', e.detail) : '';
  return (
    <>
      {s.missing.length > 0 && (
        <p class="note" data-testid="report-missing">
          {t('auditui_missing', s.missing.join(', '))}
        </p>
      )}
      <div class="row report-actions" role="group" aria-label={t('auditui_exports')}>
        <button type="button" data-testid="report-download-md" onClick={() => m.downloadMarkdown()}>
          {t('auditui_downloadMd')}
        </button>
        <button type="button" data-testid="report-download-csv" onClick={() => m.downloadCsv()}>
          {t('auditui_downloadCsv')}
        </button>
        <button type="button" data-testid="report-copy-md" onClick={() => void m.copyMarkdown()}>
          {t('auditui_copyMd')}
        </button>
        <button type="button" data-testid="report-open-print" onClick={() => m.openPrintable()}>
          {t('auditui_openPrint')}
        </button>
      </div>
      <p class="note">{t('auditui_printHint')}</p>
      <p class={`note ${e.kind === 'failed' ? 'bad' : 'ok'}`} role="status" data-testid="report-export-status" data-value={e.kind} data-what={e.kind === 'idle' ? undefined : e.what}>
        {exportText}
      </p>
      <PrintStatus state={m.printState.value} t={t} />
      <ReportSummary report={s.report} />
    </>
  );
}

function PrintStatus(props: { state: PrintState; t: Translate }) {
  const { state: p, t } = props;
  const text = p.kind === 'opened' ? t('auditui_printOpened') : p.kind === 'blocked' ? t('auditui_printBlocked', p.fileName) : p.kind === 'failed' ? t('auditui_exportFailed', p.detail) : '';
  return (
    <p class={p.kind === 'failed' ? 'alert' : 'note'} role="status" data-testid="report-print-status" data-value={p.kind}>
      {text}
    </p>
  );
}
