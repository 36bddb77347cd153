import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { REPORT_SECTIONS } from '../../lib/schema';
import { parseCsv } from '../cli/parse-csv';
import { withPanel, type HistoryPages, type Opened } from './history';
import type { BrowserCase } from './pages';

/**
 * The audit report (issue #10) in the real extension, through the panel UI only: the
 * tracked product (first version) becomes "my product" in a new group, our rival and — with
 * the shared pages — a real Amazon product page join it as competitors, the product is
 * visited again (a new price: a second snapshot), then the Competitors view builds the
 * report on that group in the panel's language. Checked against sources independent of the
 * renderers: messages.json's section headings, the pages' titles, an RFC 4180 reader, the
 * PDF's own bytes. Markdown and CSV are downloaded (the copied text is compared with the download),
 * the printable HTML opens in a tab and Chromium prints it to PDF. Files land in .artifacts/.
 */

const WAIT_MS = 15_000;
const ROOT = join(import.meta.dirname, '../..');
/** The section heading keys (lib/export/report/labels.ts uses these names). */
const HEADING_KEY: Record<(typeof REPORT_SECTIONS)[number], string> = {
  scores: 'report_sectionScores',
  'title-checks': 'report_sectionTitleChecks',
  'fabe-gap': 'report_sectionFabeGap',
  prices: 'report_sectionPrices',
  reviews: 'report_sectionReviews',
  promotions: 'report_sectionPromotions',
  changes: 'report_sectionChanges',
};
/** The CSV's stable English header (scripts read it; the contract, not the renderer's constant). */
const CSV_HEADER = ['section', 'productKey', 'role', 'item', 'status', 'value', 'detail', 'labelEn', 'labelZh'];
/** A real Amazon product page as a second competitor when the shared pages are there. */
const REAL_COMPETITOR = 'product-us-charmast-charger-pricechecker';

export interface ReportCaseDeps {
  open(c: BrowserCase): Promise<Opened>;
  context: BrowserContext;
  extensionId: string;
  artifacts: string;
  lang: 'en' | 'zh_CN';
}

const q = (v: unknown) => JSON.stringify(v);
const messages = (lang: 'en' | 'zh_CN') => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
/** Markdown with its backslash escapes removed: what a reader sees of page text. */
const unescapeMd = (md: string) => md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~&])/g, '$1');

async function until(page: Page, check: () => Promise<string[]>): Promise<string[]> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const problems = await check();
    if (problems.length === 0 || Date.now() >= deadline) return problems;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const fieldOf = (panel: Page, field: string) => panel.evaluate(`(document.querySelector('#view-page [data-field="${field}"]') || { dataset: {} }).dataset.value`) as Promise<string | undefined>;
const chips = (panel: Page) =>
  panel.evaluate(`[...document.querySelectorAll('#view-page [data-testid="tracking-group"]')].map((el) => el.dataset.as + ':' + el.textContent)`) as Promise<string[]>;

/** Opens the page, waits for its read, tracks it into the group (new by name, or chosen by name). */
function track(deps: ReportCaseDeps, c: BrowserCase, role: 'mine' | 'competitor', group: string): Promise<string[]> {
  return withPanel(deps, c, async (panel) => {
    const title = c.expect.fields!.title!;
    const read = await until(panel, async () => ((await fieldOf(panel, 'title')) === title ? [] : [`${c.name}: the panel never showed the title ${q(title)}`]));
    if (read.length) return read;
    const select = '[data-testid="tracking-group-select"]';
    const names = (await panel.locator(`${select} option`).allTextContents()).map((s) => s.trim());
    if (names.includes(group)) await panel.selectOption(select, { label: group });
    else {
      await panel.selectOption(select, '__new');
      await panel.fill('[data-testid="tracking-group-name"]', group);
    }
    await panel.click(role === 'mine' ? '[data-testid="track-mine"]' : '[data-testid="track-competitor"]');
    return until(panel, async () => {
      const got = await chips(panel);
      return got.some((x) => x.startsWith(`${role}:`) && x.includes(group)) ? [] : [`${c.name}: group chips ${q(got)}, want ${q(group)} as ${role}`];
    });
  });
}

/** Runs the case in one browser (its language is the browser's); returns problems and the figures. */
export async function checkReportCase(p: HistoryPages, cases: readonly BrowserCase[], deps: ReportCaseDeps): Promise<{ problems: string[]; summary?: string }> {
  const group = deps.lang === 'en' ? 'Browser test: audit report' : '浏览器测试：审计报告';
  const real = cases.find((c) => c.name === REAL_COMPETITOR);
  const members = [p.product, p.rival, ...(real ? [real] : [])];
  p.setVersion(1);
  const steps: [string, () => Promise<string[]>][] = [
    ['track my product', () => track(deps, p.product, 'mine', group)],
    ['track the rival', () => track(deps, p.rival, 'competitor', group)],
    ...(real ? [['track a real Amazon product', () => track(deps, real, 'competitor', group)] as [string, () => Promise<string[]>]] : []),
  ];
  for (const [name, run] of steps) {
    const problems = await run();
    if (problems.length) return { problems: problems.map((x) => `${name}: ${x}`) };
  }
  p.setVersion(2);
  const figures: string[] = [];
  const problems = await withPanel(deps, p.product, async (panel) => {
    const visit = await until(panel, async () => ((await fieldOf(panel, 'price')) === '19.99 GBP' ? [] : ['the second visit never showed 19.99 GBP']));
    if (visit.length) return visit;
    return reportFromPanel(panel, deps, group, members, figures);
  });
  return { problems, summary: [`${deps.lang}: ${figures.join(' · ')}`, real ? '' : `(${REAL_COMPETITOR} skipped: no shared pages)`].filter(Boolean).join(' ') };
}

async function reportFromPanel(panel: Page, deps: ReportCaseDeps, group: string, members: BrowserCase[], figures: string[]): Promise<string[]> {
  const words = messages(deps.lang);
  const headings = REPORT_SECTIONS.map((s) => words[HEADING_KEY[s]]?.message ?? `(no ${HEADING_KEY[s]} in messages.json)`);
  const titles = members.map((c) => c.expect.fields!.title!);
  await panel.click('[data-testid="tab-history"]');
  await panel.waitForSelector('[data-testid="group-select"]', { timeout: WAIT_MS });
  await panel.selectOption('[data-testid="group-select"]', { label: group });
  const card = '[data-testid="report-card"]';
  const shown = await until(panel, async () => {
    const name = (await panel.locator('[data-testid="report-group"]').textContent().catch(() => null))?.trim();
    return name === group ? [] : [`the report card is on ${q(name)}, want ${q(group)}`];
  });
  if (shown.length) return shown;
  const started = Date.now();
  await panel.click('[data-testid="report-build"]');
  try {
    await panel.waitForSelector(`${card}[data-state="ready"]`, { timeout: WAIT_MS });
  } catch {
    return [`no report within ${WAIT_MS / 1000} s: ${q(await panel.locator('[data-testid="report-status"]').textContent())}`];
  }
  const clickToReady = Date.now() - started;
  const modelMs = await panel.getAttribute('[data-testid="report-status"]', 'data-ms');
  figures.push(`click → report ready ${clickToReady} ms (model ${modelMs} ms)`);
  const roles = await panel.locator('[data-testid="report-product"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.role));
  const out: string[] = [];
  if (q(roles) !== q(['mine', ...members.slice(1).map(() => 'competitor')])) out.push(`report products ${q(roles)}, want mine then ${members.length - 1} competitors`);
  await panel.screenshot({ path: join(deps.artifacts, `report-card-${deps.lang}.png`), fullPage: true });
  // For people: the card close up.
  await panel.locator(card).screenshot({ path: join(deps.artifacts, `report-card-${deps.lang}-close.png`) });

  // (a) Markdown: downloaded, and the copy is the same text.
  const md = await downloaded(panel, '[data-testid="report-download-md"]');
  if (typeof md === 'string') return [...out, md];
  if (!/^listing-lens-report-.+-\d{4}-\d{2}-\d{2}\.md$/.test(md.name)) out.push(`Markdown named ${q(md.name)}`);
  const mdText = unescapeMd(md.bytes.toString('utf8'));
  for (const h of headings) if (!mdText.includes(h)) out.push(`the Markdown has no heading ${q(h)}`);
  for (const t of titles) if (!mdText.includes(t)) out.push(`the Markdown lacks the title ${q(t)}`);
  writeFileSync(join(deps.artifacts, `report-${deps.lang}.md`), md.bytes);
  out.push(...(await checkCopy(panel, md.bytes.toString('utf8'), figures)));

  // (b) CSV: BOM, rectangular, the stable header, rows for every product.
  const csv = await downloaded(panel, '[data-testid="report-download-csv"]');
  if (typeof csv === 'string') return [...out, csv];
  if (!(csv.bytes[0] === 0xef && csv.bytes[1] === 0xbb && csv.bytes[2] === 0xbf)) out.push('the CSV does not start with the UTF-8 BOM');
  let records: string[][] = [];
  try {
    records = parseCsv(new TextDecoder('utf-8').decode(csv.bytes)).records;
  } catch (err) {
    out.push(`the CSV does not parse: ${String(err).slice(0, 200)}`);
  }
  const widths = [...new Set(records.map((r) => r.length))];
  if (widths.length !== 1) out.push(`the CSV rows have ${q(widths)} cells: not rectangular`);
  if (q(records[0]) !== q(CSV_HEADER)) out.push(`CSV header ${q(records[0])}, want ${q(CSV_HEADER)}`);
  const keyCol = CSV_HEADER.indexOf('productKey');
  for (const c of members) {
    const key = `amazon:${c.expect.fields!.id}`;
    if (!records.some((r) => r[keyCol] === key)) out.push(`no CSV row for ${key}`);
  }
  writeFileSync(join(deps.artifacts, `report-${deps.lang}.csv`), csv.bytes);
  figures.push(`CSV ${records.length - 1} rows × ${records[0]?.length ?? 0} columns`);

  // (c) The printable HTML in a tab, printed to PDF.
  out.push(...(await checkPrintable(panel, deps, headings, titles, figures)));
  return out;
}

/**
 * The copy button: the text handed to the clipboard API (recorded on its way through, as
 * Chromium grants no clipboard-read to an extension origin) is the downloaded Markdown, and
 * the real writeText succeeded (the card says "copied", not why it failed).
 */
async function checkCopy(panel: Page, markdown: string, figures: string[]): Promise<string[]> {
  await panel.bringToFront();
  await panel.evaluate(`(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => { window.__copied = text; return write(text); };
  })()`);
  await panel.click('[data-testid="report-copy-md"]');
  const status = await until(panel, async () => {
    const v = await panel.getAttribute('[data-testid="report-export-status"]', 'data-value');
    return v === 'copied' ? [] : [`copy status ${q(v)}: ${q(await panel.locator('[data-testid="report-export-status"]').textContent())}`];
  });
  if (status.length) return status;
  const copied = (await panel.evaluate('window.__copied')) as string | undefined;
  if (copied !== markdown) return [`the copied Markdown (${copied?.length ?? 'nothing'} chars) differs from the download (${markdown.length} chars)`];
  figures.push(`Markdown ${Buffer.byteLength(markdown)} B, copy = download`);
  return [];
}

async function checkPrintable(panel: Page, deps: ReportCaseDeps, headings: string[], titles: string[], figures: string[]): Promise<string[]> {
  let tab: Page;
  try {
    [tab] = await Promise.all([deps.context.waitForEvent('page', { timeout: WAIT_MS }), panel.click('[data-testid="report-open-print"]')]);
  } catch (err) {
    return [`"Open printable report" opened no tab: ${String(err).slice(0, 200)} (status ${q(await panel.locator('[data-testid="report-print-status"]').textContent())})`];
  }
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(`printable page error: ${e.message.slice(0, 200)}`));
  try {
    await tab.waitForLoadState('load');
    const out: string[] = [];
    if (!tab.url().startsWith(`blob:chrome-extension://${deps.extensionId}/`)) out.push(`the printable report opened at ${q(tab.url())}`);
    const html = await tab.content();
    if (/<script/i.test(html)) out.push('the printable report has a <script>');
    const text = (await tab.evaluate('document.body.innerText')) as string;
    for (const h of headings) if (!text.includes(h)) out.push(`the printable report has no heading ${q(h)}`);
    for (const t of titles) if (!text.includes(t)) out.push(`the printable report lacks the title ${q(t)}`);
    const lang = (await tab.evaluate('document.documentElement.lang')) as string;
    if (!lang.toLowerCase().startsWith(deps.lang === 'en' ? 'en' : 'zh')) out.push(`<html lang=${q(lang)}>`);
    await tab.setViewportSize({ width: 1000, height: 1400 });
    await tab.screenshot({ path: join(deps.artifacts, `report-print-${deps.lang}.png`), fullPage: true });
    const pdf = await tab.pdf({ format: 'A4', printBackground: true, path: join(deps.artifacts, `report-${deps.lang}.pdf`) });
    const pages = pdfPages(pdf);
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') out.push('the printout is not a PDF (no %PDF- header)');
    if (pages < 1) out.push('the PDF has no page');
    if (pdf.length <= 5_000) out.push(`the PDF is ${pdf.length} bytes: too small to hold the report`);
    figures.push(`PDF ${pages} pages, ${(pdf.length / 1024).toFixed(1)} kB`);
    return [...out, ...errors];
  } finally {
    await tab.close();
  }
}

/** Pages of a PDF from its own objects: `/Type /Page` dictionaries (not `/Pages`). */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function downloaded(panel: Page, button: string): Promise<{ name: string; bytes: Buffer } | string> {
  let download: Download;
  try {
    [download] = await Promise.all([panel.waitForEvent('download', { timeout: WAIT_MS }), panel.click(button)]);
  } catch (err) {
    return `clicking ${button} started no download: ${String(err).slice(0, 200)}`;
  }
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}
