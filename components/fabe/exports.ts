import { csvDocument, type CsvCell } from '../../lib/export/csv';
import { headerRow } from '../../lib/export/header-row';
import { FABE_PARTS, type ClassifiedStatement, type Evidence, type FabeChain, type FabeTable, type GapMatrix } from '../../lib/schema';
import type { Translate } from '../i18n';
import { PART_LABEL, sourceLabel } from './source-label';

/**
 * The FABE table and the gap matrix as Markdown (for a ticket, a doc or a chat) and as CSV
 * (for a spreadsheet). Page text is untrusted in both: Markdown gets it with every
 * character that could start markup escaped (so a bullet holding `<img onerror>` or
 * `[x](javascript:…)` stays text wherever it is pasted), CSV cells go through the shared
 * quoting and formula neutralising (lib/export/csv.ts).
 */

/** CSV columns of the FABE table: stable English names (scripts read them), one row per statement or evidence item. */
export const FABE_CSV_COLUMNS = ['productId', 'theme', 'part', 'text', 'source', 'origin', 'cue', 'confidence', 'evidence', 'stance', 'unsupported'] as const;

/** Chains strongest first (the order drafts are built in). */
export function chainsByStrength(table: FabeTable): FabeChain[] {
  return [...table.chains].sort((a, b) => b.strength - a.strength);
}

/** Statements not in any chain (as a feature, advantage, benefit or an evidence item's statement). */
export function unchainedStatements(table: FabeTable): ClassifiedStatement[] {
  const used = new Set<string>();
  for (const c of table.chains) {
    for (const id of [...c.features, ...c.advantages, ...c.benefits]) used.add(id);
    for (const e of c.evidence) if (e.statementId) used.add(e.statementId);
  }
  return table.statements.filter((s) => !used.has(s.id));
}

/** `headers`: the header row in the UI language (one per FABE_CSV_COLUMNS entry); the stable names without it. */
export function fabeTableCsv(table: FabeTable, t: Translate, options: { bom?: boolean; headers?: readonly string[] } = {}): string {
  const byId = new Map(table.statements.map((s) => [s.id, s]));
  const records: CsvCell[][] = [headerRow(FABE_CSV_COLUMNS, options.headers)];
  const statementRow = (theme: string, s: ClassifiedStatement, part: string, unsupported: boolean): CsvCell[] => [
    table.productId, theme, part, s.text, sourceLabel(s.source, t), s.source.origin, s.cue, round(s.confidence), undefined, undefined, unsupported ? 'yes' : undefined,
  ];
  for (const chain of chainsByStrength(table)) {
    for (const [part, ids] of [['F', chain.features], ['A', chain.advantages], ['B', chain.benefits]] as const) {
      for (const id of ids) {
        const s = byId.get(id);
        if (s) records.push(statementRow(chain.theme, s, part, chain.unsupported));
      }
    }
    for (const e of chain.evidence) {
      const s = e.statementId ? byId.get(e.statementId) : undefined;
      records.push([
        table.productId, chain.theme, 'E', e.text, s && sourceLabel(s.source, t), s?.source.origin, s?.cue, s && round(s.confidence), e.kind, e.stance,
        chain.unsupported ? 'yes' : undefined,
      ]);
    }
  }
  for (const s of unchainedStatements(table)) records.push(statementRow('', s, s.part, false));
  return csvDocument(records, options);
}

/** CSV columns of the gap matrix before its themes. */
export const GAP_CSV_COLUMNS = ['productId', 'title', 'mine'] as const;

export function gapMatrixCsv(matrix: GapMatrix, options: { bom?: boolean; headers?: readonly string[] } = {}): string {
  const records: CsvCell[][] = [[...headerRow(GAP_CSV_COLUMNS, options.headers), ...matrix.themes]];
  for (const p of matrix.products) {
    records.push([p.productId, p.title, p.mine ? 'yes' : undefined, ...matrix.themes.map((theme) => (p.claims[theme] ?? []).join('+'))]);
  }
  return csvDocument(records, options);
}

export function fabeTableMarkdown(table: FabeTable, t: Translate): string {
  const byId = new Map(table.statements.map((s) => [s.id, s]));
  const out: string[] = [`# ${t('fabeMdTitle', inline(table.title ?? table.productId))}`, '', `${inline(table.productId)} · ${table.marketplace}`, ''];
  const chains = chainsByStrength(table);
  out.push(`## ${t('fabeChainsHeading')}`, '');
  if (chains.length === 0) {
    out.push(inline(t('fabeNoChains')), '');
  } else {
    out.push(row([t('fabeTheme'), t('fabePartF'), t('fabePartA'), t('fabePartB'), t('fabePartE')]), row(['---', '---', '---', '---', '---'], false));
    for (const c of chains) {
      const texts = (ids: readonly string[]) => ids.flatMap((id) => (byId.has(id) ? [inline(byId.get(id)!.text)] : [])).join('<br>');
      const theme = `**${inline(c.theme)}**${c.unsupported ? ` (${inline(t('fabeUnsupported'))})` : ''}`;
      out.push(`| ${[theme, texts(c.features), texts(c.advantages), texts(c.benefits), c.evidence.map((e) => evidenceText(e, t)).join('<br>')].join(' | ')} |`);
    }
    out.push('');
  }
  out.push(`## ${t('fabeStatementsHeading')}`, '');
  for (const part of FABE_PARTS) {
    const list = table.statements.filter((s) => s.part === part);
    if (list.length === 0) continue;
    out.push(`### ${t(PART_LABEL[part])} (${list.length})`, '');
    for (const s of list) {
      const meta = [`*${inline(sourceLabel(s.source, t))}*`, s.cue ? inline(t('fabeWhy', s.cue)) : undefined, `${Math.round(s.confidence * 100)}%`];
      out.push(`- ${block(s.text)} — ${meta.filter(Boolean).join(' · ')}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function gapMatrixMarkdown(matrix: GapMatrix, t: Translate): string {
  const out: string[] = [`## ${t('fabeGapHeading')}`, ''];
  out.push(row([t('fabeGapProduct'), ...matrix.themes.map(inline)], false), row(['---', ...matrix.themes.map(() => '---')], false));
  for (const p of matrix.products) {
    const name = `${p.mine ? `**${inline(t('fabeGapMine'))}** ` : ''}${inline(p.title ?? p.productId)} (${inline(p.productId)})`;
    out.push(row([name, ...matrix.themes.map((theme) => (p.claims[theme]?.length ? p.claims[theme]!.join(' ') : '—'))], false));
  }
  const list = (themes: readonly string[]) => (themes.length ? themes.map(inline).join(', ') : inline(t('fabeGapNone')));
  out.push('', `**${inline(t('fabeGapMissing'))}:** ${list(matrix.missingFromMine)}`, '', `**${inline(t('fabeGapOnlyMine'))}:** ${list(matrix.onlyMine)}`);
  return `${out.join('\n')}\n`;
}

function evidenceText(e: Evidence, t: Translate): string {
  const mark = e.stance === 'contradicts' ? `✗ ${inline(t('fabeContradicts'))}:` : '✓';
  return `${mark} ${inline(e.text)} (${inline(t(EVIDENCE_LABEL[e.kind]))})`;
}

export const EVIDENCE_LABEL = {
  number: 'fabeEvidenceNumber',
  certification: 'fabeEvidenceCertification',
  'test-report': 'fabeEvidenceTestReport',
  patent: 'fabeEvidencePatent',
  award: 'fabeEvidenceAward',
  rating: 'fabeEvidenceRating',
  'review-count': 'fabeEvidenceReviewCount',
  sales: 'fabeEvidenceSales',
  'review-quote': 'fabeEvidenceReviewQuote',
} as const satisfies Record<Evidence['kind'], Parameters<Translate>[0]>;

/** A table row; cells are escaped unless they are our own markup. */
function row(cells: readonly string[], escape = true): string {
  return `| ${cells.map((c) => (escape ? inline(c) : c)).join(' | ')} |`;
}

/**
 * Text inside a line of Markdown: one line (a table row cannot hold a line break), and a
 * backslash before every character CommonMark or GFM could read as markup: emphasis, code,
 * links and images, raw HTML and autolinks, tables, strikethrough, entities.
 */
export function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|~!&]/g, (c) => `\\${c}`);
}

/** Text that starts a list item: also what would start a block there (heading, quote, list, rule). */
function block(text: string): string {
  return inline(text).replace(/^[#>+\-=]/, (m) => `\\${m}`).replace(/^(\d+)([.)])/, (_m, n: string, mark: string) => `${n}\\${mark}`);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
