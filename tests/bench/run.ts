/**
 * `npm run bench [-- --runs N] [filter]` — how long the Amazon reader takes on every real
 * saved Amazon page, against one full walk of the same document, and how big the content
 * script is. Prints medians and ratios only; nothing here asserts a time.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readPage } from '../../lib/marketplaces/run-reader';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, readSavedBytes, SKIP_REASON } from '../support/shared-fixtures';
import { contentScriptSize } from './bundle-size';
import { fullWalk, measurePair, median } from './measure';

const ROOT = join(import.meta.dirname, '../..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '9' } },
});
const runs = Math.max(7, Number.parseInt(values.runs ?? '9', 10) || 9);
const filter = positionals[0] ?? '';

interface Row {
  file: string;
  kind: string;
  kb: number;
  elements: number;
  readMs: number;
  walkMs: number;
  ratio: number;
}

const rows: Row[] = [];
if (!HAVE_SHARED_FIXTURES) {
  console.log(`[bench] ${SKIP_REASON}; timing skipped.`);
} else {
  const keys = answerKeys('amazon').filter((k) => k.file.includes(filter) && k.url);
  console.log(`Amazon reader on ${keys.length} real saved pages: median of ${runs} runs after a warm-up (ms)\n`);
  for (const key of keys) {
    const url = key.url!;
    // The content script reads an already-parsed document; parsing is not part of the read.
    const { document, close } = loadSavedPage(key.file, url);
    try {
      const { elements } = fullWalk(document);
      const t = measurePair(() => readPage(document, url), () => fullWalk(document), runs);
      rows.push({ file: key.file.replace(/^amazon\//, ''), kind: key.pageKind, kb: readSavedBytes(key.file).length / 1024, elements, ...t });
    } finally {
      close();
    }
  }
  printTable(rows);
}

const bundle = contentScriptSize(ROOT);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`\ncontent script ${bundle.path.slice(ROOT.length + 1)}: ${kib(bundle.rawBytes)} raw, ${kib(bundle.gzipBytes)} gzip${bundle.built ? ' (built now)' : ''}`);

if (rows.length) {
  const total = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
  console.log(
    `summary: ${rows.length} pages · read median ${median(rows.map((r) => r.readMs)).toFixed(2)} ms ` +
      `(max ${Math.max(...rows.map((r) => r.readMs)).toFixed(2)}) · walk median ${median(rows.map((r) => r.walkMs)).toFixed(2)} ms · ` +
      `read/walk median ${median(rows.map((r) => r.ratio)).toFixed(2)}× (max ${Math.max(...rows.map((r) => r.ratio)).toFixed(2)}×, ` +
      `all pages ${(total((r) => r.readMs) / total((r) => r.walkMs)).toFixed(2)}×) · bundle ${kib(bundle.rawBytes)} / ${kib(bundle.gzipBytes)} gzip`,
  );
}

function printTable(data: readonly Row[]): void {
  const header = ['page', 'kind', 'KB', 'elements', 'read ms', 'walk ms', 'read/walk'];
  const body = data.map((r) => [r.file, r.kind, r.kb.toFixed(0), String(r.elements), r.readMs.toFixed(2), r.walkMs.toFixed(2), `${r.ratio.toFixed(2)}×`]);
  const medianRow = ['median', '', median(data.map((r) => r.kb)).toFixed(0), median(data.map((r) => r.elements)).toFixed(0),
    median(data.map((r) => r.readMs)).toFixed(2), median(data.map((r) => r.walkMs)).toFixed(2), `${median(data.map((r) => r.ratio)).toFixed(2)}×`];
  const all = [header, ...body, medianRow];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  console.log([line(header), rule, ...body.map(line), rule, line(medianRow)].join('\n'));
}
