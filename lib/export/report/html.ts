import type { AuditReport } from '../../schema';
import type { ReportRenderContext } from './context';
import { escapeHtml as esc } from './html-escape';
import { reportDoc, type Block, type Cell } from './model';
import { PRINT_CSS } from './print-css';

function cell(c: Cell): string {
  if (typeof c === 'string') return esc(c);
  // href is only ever a checked marketplace product URL (links.ts), escaped as an attribute.
  return c.href ? `<a href="${esc(c.href)}" rel="noopener noreferrer">${esc(c.text)}</a>` : esc(c.text);
}

function block(b: Block): string {
  switch (b.kind) {
    case 'subheading':
      return `<h3>${esc(b.text)}</h3>`;
    case 'para':
      return `<p>${esc(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'table':
      return [
        '<table>',
        `<thead><tr>${b.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`,
        `<tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('\n')}</tbody>`,
        '</table>',
      ].join('\n');
  }
}

/**
 * A self-contained printable HTML document (the browser's print → PDF): inline CSS with A4
 * print rules, no script, no external resource, no event handler; every string — page text
 * or label — escaped. Links only to the products' own marketplace pages.
 */
export function reportHtml(report: AuditReport, ctx: ReportRenderContext): string {
  const doc = reportDoc(report, ctx);
  const lang = ctx.lang === 'zh' ? 'zh-CN' : 'en';
  const parts: string[] = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing in the file may load or run anything, even if a string slipped through.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'">`,
    `<title>${esc(doc.title)}</title>`,
    `<style>${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(doc.title)}</h1>`,
    `<dl class="meta">${doc.meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`,
    block(doc.products),
  ];
  for (const s of doc.sections) {
    parts.push(`<section class="report-section" id="section-${s.id}">`, `<h2>${esc(s.heading)}</h2>`, ...s.blocks.map(block));
    if (s.notes.length) {
      parts.push(`<div class="notes"><h3>${esc(doc.notesHeading)}</h3><ul>${s.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></div>`);
    }
    parts.push('</section>');
  }
  parts.push('</body>', '</html>');
  return `${parts.join('\n')}\n`;
}
