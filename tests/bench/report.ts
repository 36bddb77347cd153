/**
 * The "report" section of `npm run bench` (issue #10): what the listing score and the
 * operator's audit report cost. Twelve real saved Amazon product pages (products of several
 * kinds and storefronts) are read once; then, per run: scoreListing of each page, buildReport
 * of the whole group (the first page as the user's product), and the three renderers in
 * English and Chinese. Medians only; nothing here asserts a time.
 */
import { scoreListing } from '../../lib/analyses/listing';
import { buildReport } from '../../lib/analyses/report';
import { reportCsv, reportHtml, reportMarkdown } from '../../lib/export/report';
import { readPage } from '../../lib/marketplaces/run-reader';
import type { PageRead } from '../../lib/schema';
import { renderContext } from '../report/sample-report';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../support/shared-fixtures';
import { median, time } from './measure';

const GROUP = 12;

export interface ReportBenchSummary {
  pages: number;
  scoreMedianMs: number;
  buildMedianMs: number;
  renderMedianMs: Record<'md' | 'csv' | 'html', number>;
}

function reads(): PageRead[] {
  const keys = answerKeys('amazon').filter((k) => k.pageKind === 'product' && k.url).slice(0, GROUP);
  return keys.map((k) => {
    const { document, close } = loadSavedPage(k.file, k.url!);
    try { return readPage(document, k.url!); } finally { close(); }
  });
}

export function runReportBench(runs: number, table: (header: string[], body: string[][], textColumns: number) => void): ReportBenchSummary | undefined {
  if (!HAVE_SHARED_FIXTURES) {
    console.log(`[bench] ${SKIP_REASON}; report bench skipped.`);
    return undefined;
  }
  const group = reads();
  const passes = Math.max(9, runs);
  const now = '2026-11-26T12:00:00.000Z';
  const build = () => buildReport({ name: 'bench', now, members: group.map((read, i) => ({ read, role: i === 0 ? 'mine' : 'competitor' })) });
  console.log(`\nreport: scoreListing per page and the audit report of a group of ${group.length} real Amazon product pages, ${passes} runs after a warm-up (ms)\n`);
  group.forEach((r) => scoreListing(r));
  const report = build();
  const ctx = { en: renderContext('en'), zh: renderContext('zh') };
  const score = median(Array.from({ length: passes }, () => time(() => group.forEach((r) => scoreListing(r))) / group.length));
  const built = median(Array.from({ length: passes }, () => time(build)));
  const render = (fn: typeof reportMarkdown) => median(Array.from({ length: passes }, () => time(() => { fn(report, ctx.en); fn(report, ctx.zh); }) / 2));
  const renderMedianMs = { md: render(reportMarkdown), csv: render(reportCsv), html: render(reportHtml) };
  table(['step', 'median ms'], [
    ['scoreListing, per page', score.toFixed(2)],
    [`buildReport, ${group.length} products`, built.toFixed(1)],
    ['Markdown, per language', renderMedianMs.md.toFixed(2)],
    ['CSV, per language', renderMedianMs.csv.toFixed(2)],
    ['HTML, per language', renderMedianMs.html.toFixed(2)],
  ], 1);
  return { pages: group.length, scoreMedianMs: score, buildMedianMs: built, renderMedianMs };
}
