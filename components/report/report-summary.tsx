// The sections by the report's own headings, so the card and the report name them alike.
import { SECTION_HEADING as SECTION_LABEL } from '../../lib/export/report/labels';
import { REPORT_SECTIONS, type AuditReport } from '../../lib/schema';
import { formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';

/**
 * What a built report holds, before it is sent: its products (the user's first), the
 * sections, and why a section is empty or partial. Titles are page text: shown as text only.
 */
export function ReportSummary(props: { report: AuditReport }) {
  const { t, locale } = useI18n();
  const r = props.report;
  // The card speaks the panel's language, whatever language the report was built in.
  const lang = t('auditui_langCode').startsWith('zh') ? 'zh' : 'en';
  const notes = r.notes.filter((n) => n.message.en || n.message.zh);
  return (
    <div class="report-summary" data-testid="report-summary" data-products={String(r.products.length)} data-notes={String(notes.length)}>
      <p class="meta">
        {t('auditui_generatedAt', formatDateTime(r.generatedAt, locale))}
        {r.since && ` · ${t('auditui_sinceShort', formatDateTime(r.since, locale))}`}
      </p>
      <ol class="report-products">
        {r.products.map((p) => (
          <li key={p.key} data-testid="report-product" data-key={p.key} data-role={p.role}>
            {p.role === 'mine' && <span class="tag tag-mine">{t('roleMine')}</span>} <span class="report-product-title">{p.title?.trim() || p.productId}</span>{' '}
            <span class="meta">
              {p.productId}
              {p.listing.percent !== undefined && ` · ${t('auditui_scoreOf', formatNumber(p.listing.percent, locale))}`}
            </span>
          </li>
        ))}
      </ol>
      <p class="meta" data-testid="report-sections">
        {t('auditui_sections', REPORT_SECTIONS.map((s) => t(SECTION_LABEL[s])).join(' · '))}
      </p>
      {notes.length > 0 && (
        <ul class="report-notes" aria-label={t('auditui_notes')}>
          {notes.map((n, i) => (
            <li key={i} class="note" data-testid="report-note" data-section={n.section}>
              {t('auditui_noteLine', [t(SECTION_LABEL[n.section]), n.message[lang] || n.message.en])}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
