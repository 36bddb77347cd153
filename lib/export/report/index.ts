import type { AuditReport } from '../../schema';

/** Labels come from messages.json (the panel's t, or the CLI's translator over the same file). */
export interface ReportRenderContext {
  t: (key: string, substitutions?: string | string[]) => string;
  lang: 'en' | 'zh';
  /** BCP 47 locale for numbers, money and dates. */
  locale: string;
}

/** CONTRACT STUBS — being built (lib/export/report). */
export function reportMarkdown(report: AuditReport, ctx: ReportRenderContext): string {
  throw new Error(`reportMarkdown(${report.name}, ${ctx.lang}): not built yet`);
}
/** One long-format table (section, product, item, status, value, detail), UTF-8 with BOM. */
export function reportCsv(report: AuditReport, ctx: ReportRenderContext): string {
  throw new Error(`reportCsv(${report.name}, ${ctx.lang}): not built yet`);
}
/** A self-contained printable HTML document (inline CSS, no scripts, every page text escaped). */
export function reportHtml(report: AuditReport, ctx: ReportRenderContext): string {
  throw new Error(`reportHtml(${report.name}, ${ctx.lang}): not built yet`);
}
