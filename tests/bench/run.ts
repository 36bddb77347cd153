/**
 * `npm run bench [-- --runs N] [filter]` — how long the readers take on every real saved
 * page (Amazon, Taobao, Tmall, JD), against one full walk of the same document, summed up
 * per marketplace, and how big each content script is; then the "title" section (title.ts:
 * scoring per keystroke, suggestion mining) and the "fabe" section (fabe.ts: the FABE table
 * of a 1,000-statement product) and the "history" section (history.ts: competitor history
 * in fake-indexeddb — 10,000 snapshots by default, 100,000 with the `history` filter) and the
 * "reviews" section (reviews.ts: analyseReviews over 5,000 real reviews repeated with variation) and
 * the "report" section (report.ts: the listing score and the audit report of 12 real pages).
 * Prints medians and ratios only; nothing here asserts a time. A filter other than `title`
 * skips the title section, one other than `fabe` the fabe section, one other than `history`
 * the history section, one other than `reviews` the reviews section, one other than `report`
 * the report section; `title`, `fabe`, `history`, `reviews` and `report` skip the readers.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readPage } from '../../lib/marketplaces/run-reader';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, readSavedBytes, SKIP_REASON } from '../support/shared-fixtures';
import { contentScriptSizes } from './bundle-size';
import { fullWalk, measurePair, median, printTable as table, summariseByMarketplace, type PageTiming } from './measure';
import { runFabeBench } from './fabe';
import { runHistoryBench } from './history';
import { runReportBench } from './report';
import { runReviewsBench } from './reviews';
import { runTitleBench } from './title';

const ROOT = join(import.meta.dirname, '../..');
const MARKETPLACES = ['amazon', 'taobao', 'tmall', 'jd'];
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '9' } },
});
const runs = Math.max(7, Number.parseInt(values.runs ?? '9', 10) || 9);
const filter = positionals[0] ?? '';

interface Row extends PageTiming {
  file: string;
  kind: string;
  kb: number;
  elements: number;
}

const rows: Row[] = [];
/** Filters that name one analysis section (they skip the readers). */
const SECTIONS_FILTER = ['title', 'fabe', 'history', 'reviews', 'report'];
if (!HAVE_SHARED_FIXTURES) {
  console.log(`[bench] ${SKIP_REASON}; timing skipped.`);
} else if (!SECTIONS_FILTER.includes(filter)) {
  // Pages with an address (the JD goods-list fragment has none: no content script reads it).
  const keys = MARKETPLACES.flatMap(answerKeys).filter((k) => k.file.includes(filter) && k.url);
  console.log(`Readers on ${keys.length} real saved pages: median of ${runs} runs after a warm-up (ms)\n`);
  for (const key of keys) {
    const url = key.url!;
    // The content script reads an already-parsed document; parsing is not part of the read.
    const { document, close } = loadSavedPage(key.file, url);
    try {
      const { elements } = fullWalk(document);
      const t = measurePair(() => readPage(document, url), () => fullWalk(document), runs);
      rows.push({ file: key.file, marketplace: key.marketplace, kind: key.pageKind, kb: readSavedBytes(key.file).length / 1024, elements, ...t });
    } finally {
      close();
    }
  }
  printPages(rows);
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
// The sizes need a current build (built first when stale): only with the readers, not for one analysis's section.
const bundles = SECTIONS_FILTER.includes(filter) ? [] : contentScriptSizes(ROOT);
if (bundles.length) console.log('');
for (const b of bundles) console.log(`content script ${b.file}: ${kib(b.rawBytes)} raw, ${kib(b.gzipBytes)} gzip`);

if (rows.length) {
  const summary = summariseByMarketplace(rows);
  const amazon = summary.find((s) => s.marketplace === 'amazon');
  console.log('\nper marketplace:');
  table(
    ['marketplace', 'pages', 'read median ms', 'read max ms', 'walk median ms', 'read/walk median', 'read/walk max', 'read/walk all', 'read median vs Amazon'],
    summary.map((s) => [
      s.marketplace, String(s.pages), s.readMedianMs.toFixed(2), s.readMaxMs.toFixed(2), s.walkMedianMs.toFixed(2),
      `${s.ratioMedian.toFixed(2)}×`, `${s.ratioMax.toFixed(2)}×`, `${s.ratioAll.toFixed(2)}×`,
      amazon ? `${(s.readMedianMs / amazon.readMedianMs).toFixed(2)}×` : '-',
    ]),
    2,
  );
  console.log(
    `\nsummary: ${summary.map((s) => `${s.marketplace} ${s.pages} pages read median ${s.readMedianMs.toFixed(2)} ms (${s.ratioMedian.toFixed(2)}× a walk)`).join(' · ')}` +
      ` · bundles ${bundles.map((b) => `${b.file.replace(/^content-scripts\//, '')} ${kib(b.rawBytes)} / ${kib(b.gzipBytes)} gzip`).join(', ')}`,
  );
}

if (filter === '' || filter === 'title') {
  const t = runTitleBench(runs, table);
  console.log(
    `\ntitle summary: scoreTitle per keystroke (200 chars, 50 keywords) median ${t.keystrokeMedianMs.toFixed(3)} ms, p99 ${t.keystrokeP99Ms.toFixed(3)} ms` +
      ` (${(t.keystrokeP99Ms / 16).toFixed(3)}× a 16 ms frame)` +
      (t.miningMedianMs !== undefined ? ` · suggestKeywords over 60 titles median ${t.miningMedianMs.toFixed(2)} ms` : ''),
  );
}

if (filter === '' || filter === 'fabe') {
  const f = runFabeBench(runs, table);
  console.log(
    `\nfabe summary: buildFabeTable over ${f.statements} statements, first read median ${f.medianMs.toFixed(2)} ms, p99 ${f.p99Ms.toFixed(2)} ms` +
      ` (${(f.p99Ms / 16).toFixed(2)}× a 16 ms frame) · re-read median ${f.rereadMedianMs.toFixed(2)} ms, p99 ${f.rereadP99Ms.toFixed(2)} ms` +
      ` (${(f.rereadP99Ms / 16).toFixed(2)}×) · classifyStatement ${f.perStatementUs.toFixed(1)} µs per statement`,
  );
}

if (filter === '' || filter === 'history') {
  const h = await runHistoryBench(runs, table, filter === 'history');
  console.log(
    `\nhistory summary (${h.snapshots.toLocaleString('en')} snapshots, ${h.products.toLocaleString('en')} products, fake-indexeddb): fill ${h.fillPerSnapshotUs.toFixed(0)} µs per snapshot` +
      ` · capture median ${h.captureMedianMs.toFixed(2)} ms per read · history ${h.historyMedianMs.toFixed(2)} ms · what changed ${h.whatChangedMedianMs.toFixed(2)} ms` +
      ` · timeline ${h.timelineMedianMs.toFixed(3)} ms · since last visit ${h.sinceLastVisitMedianMs.toFixed(3)} ms` +
      ` · priceBands (60 results) ${h.priceBandsMedianMs.toFixed(3)} ms · export ${h.exportMs.toFixed(0)} ms (${h.exportMb.toFixed(1)} MB)` +
      ` · import ${h.importMs.toFixed(0)} ms · re-import ${h.reimportMs.toFixed(0)} ms`,
  );
}

if (filter === '' || filter === 'reviews') {
  const r = runReviewsBench(runs, table);
  console.log(
    `\nreviews summary: analyseReviews over ${r.reviews.toLocaleString('en')} reviews (${r.sentences.toLocaleString('en')} sentences) median ${r.medianMs.toFixed(1)} ms, p90 ${r.p90Ms.toFixed(1)} ms` +
      ` · ${r.perReviewUs.toFixed(1)} µs per review · reading the sentences ${(r.readingShare * 100).toFixed(0)} % of it`,
  );
}

if (filter === '' || filter === 'report') {
  const r = runReportBench(runs, table);
  if (r) {
    console.log(
      `\nreport summary: scoreListing ${r.scoreMedianMs.toFixed(2)} ms per page · buildReport of ${r.pages} products ${r.buildMedianMs.toFixed(1)} ms` +
        ` · Markdown ${r.renderMedianMs.md.toFixed(2)} ms, CSV ${r.renderMedianMs.csv.toFixed(2)} ms, HTML ${r.renderMedianMs.html.toFixed(2)} ms per language`,
    );
  }
}

// Issue #9: the hostile-input summary table at a tenth of `npm run robustness` (a few seconds;
// the full suite, with the mutated pages, is `npm run robustness`). Full bench only.
if (filter === '') {
  const { runHostile } = await import('../robustness/hostile/run');
  const { formatSummary } = await import('../robustness/summary');
  const seed = 20261126;
  console.log(`\nrobustness summary (hostile inputs, seed ${seed}, a tenth of npm run robustness):\n${formatSummary(await runHostile({ seed, scale: 0.1 }))}`);
}

function printPages(data: readonly Row[]): void {
  const body = data.map((r) => [r.file, r.kind, r.kb.toFixed(0), String(r.elements), r.readMs.toFixed(2), r.walkMs.toFixed(2), `${r.ratio.toFixed(2)}×`]);
  const medianRow = ['median', '', median(data.map((r) => r.kb)).toFixed(0), median(data.map((r) => r.elements)).toFixed(0),
    median(data.map((r) => r.readMs)).toFixed(2), median(data.map((r) => r.walkMs)).toFixed(2), `${median(data.map((r) => r.ratio)).toFixed(2)}×`];
  table(['page', 'kind', 'KB', 'elements', 'read ms', 'walk ms', 'read/walk'], [...body, medianRow], 2, true);
}
