/**
 * The operator's audit report rendered (issue #10), all from one AuditReport
 * (lib/analyses/report):
 * - reportMarkdown: for a ticket, a doc or a chat (markdown.ts);
 * - reportCsv: one long-format table for a spreadsheet (csv.ts);
 * - reportHtml: a self-contained printable document, the browser's print → PDF (html.ts).
 * Markdown and HTML render one document model (model.ts), so they hold the same sections.
 * Page text is untrusted throughout: every renderer escapes it its own way.
 */
export type { ReportRenderContext } from './context';
export { reportMarkdown } from './markdown';
export { reportCsv, REPORT_CSV_COLUMNS } from './csv';
export { reportHtml } from './html';
export { productUrl } from './links';
export { escapeHtml } from './html-escape';
