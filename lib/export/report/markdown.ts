import type { AuditReport } from '../../schema';
import type { ReportRenderContext } from './context';
import { mdBlock, mdInline } from './markdown-escape';
import { cellText, reportDoc, type Block } from './model';

/** A table row; every cell escaped (a pipe in a title must not open a column). */
function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => mdInline(c) || ' ').join(' | ')} |`;
}

function block(b: Block): string[] {
  switch (b.kind) {
    case 'subheading':
      return [`### ${mdInline(b.text)}`, ''];
    case 'para':
      return [mdBlock(b.text), ''];
    case 'list':
      return [...b.items.map((i) => `- ${mdBlock(i)}`), ''];
    case 'table':
      // Links stay text here: a pasted report should not carry page-supplied link targets.
      return [row(b.head), `|${b.head.map(() => ' --- ').join('|')}|`, ...b.rows.map((r) => row(r.map(cellText))), ''];
  }
}

/**
 * The report as Markdown (for a ticket, a doc or a chat): title, meta lines, the products,
 * then every section in REPORT_SECTIONS order — each with its heading even when empty, and
 * its notes saying why. All text, page text or not, is escaped.
 */
export function reportMarkdown(report: AuditReport, ctx: ReportRenderContext): string {
  const doc = reportDoc(report, ctx);
  const out: string[] = [`# ${mdInline(doc.title)}`, ''];
  for (const [label, value] of doc.meta) out.push(`- **${mdInline(label)}**: ${mdInline(value)}`);
  out.push('', ...block(doc.products));
  for (const s of doc.sections) {
    out.push(`## ${mdInline(s.heading)}`, '');
    for (const b of s.blocks) out.push(...block(b));
    if (s.notes.length) {
      out.push(`**${mdInline(doc.notesHeading)}**`, '', ...s.notes.map((n) => `- ${mdBlock(n)}`), '');
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
