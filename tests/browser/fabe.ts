import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { FABE_CSV_COLUMNS } from '../../components/fabe/exports';
import { parseCsv } from '../cli/parse-csv';
import { tabToViewTabs } from './workspace';

/**
 * The FABE view in the real extension, through its data-* contract: reached by keyboard,
 * the product's statements of several parts with sources pointing at the page's real
 * bullet points (read from the marketplace page itself, not from our reader), chains with
 * themes, the gap matrix with the product and a competitor from the open search, drafts,
 * and the CSV exports downloaded through the browser (BOM first, parsed back strictly).
 */

const WAIT_MS = 20_000;

export interface FabeExpectation {
  productId: string;
  /** A product of the open search that was opened before: a competitor row with data-source="search". */
  searchCompetitorId?: string;
  /** The marketplace page's own bullet texts, in order. */
  bullets: string[];
  lang: 'en' | 'zh_CN';
}

const HEADING: Record<FabeExpectation['lang'], string> = { en: 'FABE table', zh_CN: 'FABE 卖点表' };

// A string, not a function: tsx would wrap a function with helpers the page does not have.
const SNAPSHOT_JS = `(() => {
  const root = document.querySelector('[data-testid="fabe"]');
  const text = (el) => (el ? el.textContent : '') || '';
  return {
    visible: !!root && !root.closest('[hidden]'),
    state: root ? root.dataset.state : undefined,
    productId: root ? root.dataset.productId : undefined,
    heading: text(document.querySelector('#fabe-table-heading')),
    statements: [...document.querySelectorAll('.fabe-groups [data-testid="statement"]')].map((s) => ({
      part: s.dataset.part, origin: s.dataset.origin, index: s.dataset.index,
      text: text(s.querySelector('.fabe-stmt-text')), source: text(s.querySelector('[data-testid="statement-source"]')),
    })),
    groups: [...document.querySelectorAll('.fabe-groups [data-testid="fabe-group"]')].map((g) => [g.dataset.part, Number(g.dataset.count)]),
    chains: [...document.querySelectorAll('[data-testid="chain"]')].map((c) => c.dataset.theme || ''),
    gapRows: [...document.querySelectorAll('[data-testid="gap-matrix"] tbody tr')].map((r) => ({ id: r.dataset.productId, mine: r.dataset.mine, source: r.dataset.source })),
    themes: Number((document.querySelector('[data-testid="gap-matrix"]') || { dataset: {} }).dataset.themes || 0),
    competitorsBuilding: text(document.querySelector('[data-testid="gap-building"]')),
    drafts: [...document.querySelectorAll('[data-testid="selling-point"] .fabe-draft-text')].map(text),
    errors: [...document.querySelectorAll('[data-testid="fabe-error"]')].map(text),
    exportStatus: (document.querySelector('[data-testid="fabe-export-status"]') || { dataset: {} }).dataset.value,
    elements: document.querySelectorAll('.fabe img, .fabe script, .fabe iframe, .fabe object').length,
  };
})()`;

interface Snapshot {
  visible: boolean;
  state?: string;
  productId?: string;
  heading: string;
  statements: Array<{ part: string; origin: string; index?: string; text: string; source: string }>;
  /** Each part's group and how many statements it holds (a long group shows its first ones). */
  groups: Array<[string, number]>;
  chains: string[];
  gapRows: Array<{ id: string; mine: string; source?: string }>;
  themes: number;
  /** The note under the matrix while competitors' tables are still being built in the worker. */
  competitorsBuilding: string;
  drafts: string[];
  errors: string[];
  exportStatus?: string;
  elements: number;
}

const snapshot = async (panel: Page) => (await panel.evaluate(SNAPSHOT_JS)) as Snapshot;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function until(panel: Page, check: (s: Snapshot) => string[]): Promise<{ problems: string[]; last: Snapshot }> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const last = await snapshot(panel);
    const problems = check(last);
    if (problems.length === 0 || Date.now() >= deadline) return { problems, last };
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** What is wrong with the shown FABE view (empty = as expected). */
export function fabeProblems(s: Snapshot, want: FabeExpectation): string[] {
  const out: string[] = [];
  if (!s.visible) return ['the FABE view is not shown'];
  if (s.state !== 'product' || s.productId !== want.productId) return [`the FABE view shows ${s.state ?? 'nothing'} for ${s.productId ?? '-'}, want the product ${want.productId}`];
  if (s.heading !== HEADING[want.lang]) out.push(`table heading ${JSON.stringify(s.heading)}, want ${JSON.stringify(HEADING[want.lang])}`);
  if (s.errors.length) out.push(`analysis errors shown: ${s.errors.join(' | ')}`);
  const parts = new Set(s.statements.map((x) => x.part).filter((p) => p !== 'none'));
  if (parts.size < 3) out.push(`statements of ${parts.size} parts (${[...parts].join(' ') || 'none'}), want at least 3 of F/A/B/E`);
  const fromBullets = s.statements.filter((x) => x.origin === 'bullet');
  if (fromBullets.length < want.bullets.length) out.push(`${fromBullets.length} statements from bullet points, the page has ${want.bullets.length} bullets`);
  for (const x of fromBullets) {
    const bullet = want.bullets[Number(x.index)];
    if (bullet === undefined || !norm(bullet).includes(norm(x.text))) out.push(`statement ${JSON.stringify(x.text.slice(0, 60))} names bullet ${x.index}, which does not hold it`);
    else if (!/\d/.test(x.source)) out.push(`statement from bullet ${x.index} shows its source as ${JSON.stringify(x.source)}`);
  }
  if (!s.chains.some(Boolean)) out.push('no chain with a theme');
  const [first, ...others] = s.gapRows;
  if (first?.id !== want.productId || first.mine !== 'true') out.push(`gap matrix first row ${JSON.stringify(first)}, want the product ${want.productId} marked mine`);
  if (others.length === 0 || others.some((r) => r.mine !== 'false')) out.push(`gap matrix competitors ${JSON.stringify(others)}, want at least one, none marked mine`);
  if (want.searchCompetitorId && !others.some((r) => r.id === want.searchCompetitorId && r.source === 'search')) {
    out.push(`${want.searchCompetitorId} (opened from the open search) is not a search competitor in the gap matrix: ${JSON.stringify(others)}`);
  }
  if (s.themes === 0) out.push('the gap matrix has no themes');
  if (s.competitorsBuilding) out.push(`competitors still being built: ${JSON.stringify(s.competitorsBuilding)}`);
  if (s.drafts.length === 0 || s.drafts.some((d) => !d.trim())) out.push(`selling points ${JSON.stringify(s.drafts)}, want at least one, none empty`);
  if (s.elements) out.push('page text became elements in the FABE view');
  return out;
}

/**
 * Runs the FABE case on a panel showing the product: keyboard to the FABE tab, the view's
 * contract, then (with `exports`) the CSV downloads and a copy. Returns what is wrong.
 */
export async function checkFabe(panel: Page, want: FabeExpectation, options: { exports: boolean }): Promise<{ problems: string[]; summary?: string }> {
  // Keyboard only: Tab (past the header's controls) reaches the selected view tab, → → selects the third (Page, Title, FABE).
  const focused = await tabToViewTabs(panel);
  if (focused !== 'tab-page') return { problems: [`the first Tab stop is ${JSON.stringify(focused)}, want the page tab`] };
  await panel.keyboard.press('ArrowRight');
  await panel.keyboard.press('ArrowRight');
  const selected = await panel.evaluate(`[document.activeElement?.dataset?.testid, document.querySelector('[data-testid="tab-fabe"]')?.getAttribute('aria-selected')]`);
  if (JSON.stringify(selected) !== JSON.stringify(['tab-fabe', 'true'])) return { problems: [`after → → the focus and selection are ${JSON.stringify(selected)}, want the FABE tab`] };

  const { problems: viewProblems, last } = await until(panel, (s) => fabeProblems(s, want));
  // The tables were built off the panel's thread, in its FABE worker (entrypoints/sidepanel/fabe.worker.ts).
  const workers = panel.workers().map((w) => w.url());
  const problems = workers.some((url) => /\/fabe\.worker-[\w-]+\.js$/.test(url)) ? viewProblems : [...viewProblems, `no FABE worker runs in the panel (its workers: ${JSON.stringify(workers)})`];
  const summary =
    `${last.groups.reduce((n, [, c]) => n + c, 0)} statements (${last.groups.map(([p, c]) => `${p} ${c}`).join(', ')}), ${last.statements.length} shown, ` +
    `${last.chains.length} chains, gap matrix ${last.gapRows.length} products × ${last.themes} themes, ${last.drafts.length} selling points`;
  if (problems.length || !options.exports) return { problems, summary };

  const out: string[] = [];
  const table = await downloaded(panel, '[data-testid="download-table-csv"]');
  if (typeof table === 'string') out.push(table);
  else {
    out.push(...csvProblems(table, `fabe-amazon-${want.productId}.csv`, [...FABE_CSV_COLUMNS]));
    const texts = new Set(table.records.slice(1).map((r) => r[3]!.replace(/^'(?=[=+\-@])/, '')));
    const missing = last.statements.filter((x) => !texts.has(x.text));
    if (missing.length) out.push(`${missing.length} statements shown are not in the table CSV, e.g. ${JSON.stringify(missing[0]!.text.slice(0, 60))}`);
  }
  const gap = await downloaded(panel, '[data-testid="download-gap-csv"]');
  if (typeof gap === 'string') out.push(gap);
  else {
    out.push(...csvProblems(gap, `fabe-gap-amazon-${want.productId}.csv`, ['productId', 'title', 'mine']));
    const ids = gap.records.slice(1).map((r) => [r[0], r[2]]);
    if (JSON.stringify(ids[0]) !== JSON.stringify([want.productId, 'yes']) || ids.length !== last.gapRows.length) {
      out.push(`gap CSV rows ${JSON.stringify(ids)}, want ${want.productId} (mine) first and ${last.gapRows.length} rows`);
    }
  }
  // The clipboard, from the panel page on a click, with no clipboard permission.
  await panel.click('[data-testid="copy-table-md"]');
  const copied = await until(panel, (s) => (s.exportStatus === 'copied' ? [] : [`copy status ${JSON.stringify(s.exportStatus)}, want copied`]));
  out.push(...copied.problems);
  return { problems: out, summary };
}

interface DownloadedCsv {
  name: string;
  bytes: Buffer;
  records: string[][];
}

async function downloaded(panel: Page, button: string): Promise<DownloadedCsv | string> {
  let download: Download;
  try {
    [download] = await Promise.all([panel.waitForEvent('download', { timeout: WAIT_MS }), panel.click(button)]);
  } catch (err) {
    return `clicking ${button} started no download: ${String(err).slice(0, 200)}`;
  }
  const path = await download.path();
  const bytes = readFileSync(path);
  try {
    const { records } = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return { name: download.suggestedFilename(), bytes, records };
  } catch (err) {
    return `${download.suggestedFilename()} is not strict UTF-8 CSV: ${String(err).slice(0, 200)}`;
  }
}

function csvProblems(csv: DownloadedCsv, name: string, headerStart: string[]): string[] {
  const out: string[] = [];
  if (csv.name !== name) out.push(`downloaded ${JSON.stringify(csv.name)}, want ${JSON.stringify(name)}`);
  if (!(csv.bytes[0] === 0xef && csv.bytes[1] === 0xbb && csv.bytes[2] === 0xbf)) out.push(`${csv.name} does not start with the UTF-8 BOM (starts ${csv.bytes.subarray(0, 3).toString('hex')})`);
  const header = csv.records[0] ?? [];
  if (JSON.stringify(header.slice(0, headerStart.length)) !== JSON.stringify(headerStart)) out.push(`${csv.name} header ${JSON.stringify(header)}`);
  if (csv.records.length < 2) out.push(`${csv.name} has no rows`);
  for (const r of csv.records) for (const cell of r) if (/^[=+\-@\t\r]/.test(cell)) out.push(`${csv.name}: a cell starts a formula: ${JSON.stringify(cell.slice(0, 40))}`);
  return out;
}

/** The bullet points as the marketplace page shows them (Amazon's #feature-bullets), read from the page itself. */
export async function pageBullets(site: Page): Promise<string[]> {
  return (await site.evaluate(
    `[...document.querySelectorAll('#feature-bullets li .a-list-item')].map((e) => e.textContent.replace(/\\s+/g, ' ').trim()).filter(Boolean)`,
  )) as string[];
}
