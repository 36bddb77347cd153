/**
 * The "fabe" section of `npm run bench`: what the FABE table costs on a product page with
 * 1,000+ statements. The product is built from real text — the bullets, descriptions,
 * specs and reviews of the saved Amazon, Taobao and JD product pages — repeated with
 * variation (a counter in every copy, so no two statements are equal) until it holds at
 * least 1,000 statements. Without the saved pages, the hand-written listings of
 * tests/fixtures/fabe are repeated instead. Reported: buildFabeTable median and p99 per
 * call and p99 as a share of a 16 ms frame, and classifyStatement per statement.
 * Medians, p99 and ratios only; nothing here asserts a time.
 */
import { buildFabeTable, classifyStatement } from '../../lib/analyses/fabe';
import { readPage } from '../../lib/marketplaces/run-reader';
import type { PageRead, Review } from '../../lib/schema';
import { BOTTLE_EN, BOTTLE_ZH, COMPETITOR_EN } from '../fixtures/fabe/products';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../support/shared-fixtures';
import { median, time } from './measure';

const FRAME_MS = 16;
const TARGET = 1000;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function realReads(): PageRead[] {
  if (!HAVE_SHARED_FIXTURES) {
    console.log(`[bench] ${SKIP_REASON}; FABE bench uses the hand-written listings.`);
    return [BOTTLE_EN, BOTTLE_ZH, COMPETITOR_EN];
  }
  const files = ['amazon/product/us-charmast-charger-pricechecker.html', 'amazon/product/ae-B00LAYVPOU-juicer.html', 'amazon/product/us-B01LW7X0JJ-chair-cover.html',
    'taobao/product/item-shop71861998-jacket.html', 'jd/product/item-hp-envy-dv4.html', 'amazon/reviews/us-sitmod-gaming-chair-reviews.html'];
  const keys = ['amazon', 'taobao', 'jd'].flatMap(answerKeys);
  return files.flatMap((file) => {
    const url = keys.find((k) => k.file === file)?.url;
    if (!url) return [];
    const { document, close } = loadSavedPage(file, url);
    try { return [readPage(document, url)]; } finally { close(); }
  });
}

/** One product holding the pooled text of `reads`, copied with a counter until it has TARGET statements. */
export function largeProduct(reads: readonly PageRead[]): { read: PageRead; statements: number } {
  const base = reads[0]!;
  const bullets: string[] = [];
  const reviews: Review[] = [];
  const specs: Record<string, string> = {};
  let description = '';
  for (let copy = 1; ; copy++) {
    for (const r of reads) {
      for (const b of r.product?.bullets ?? []) bullets.push(`${b} (${copy})`);
      for (const [k, v] of Object.entries(r.product?.specs ?? {})) specs[`${k} ${copy}`] = v;
      if (r.product?.description) description += `${r.product.description} ${copy}.\n\n`;
      for (const rv of r.reviews ?? []) reviews.push({ ...rv, id: `${rv.id ?? 'r'}-${copy}`, body: rv.body ? `${rv.body} (${copy})` : rv.body });
    }
    const read: PageRead = { ...base, product: { ...base.product!, id: 'BENCH', bullets: bullets.slice(0, 100), description, specs }, reviews: reviews.slice(0, 500) };
    const statements = buildFabeTable(read)!.statements.length;
    if (statements >= TARGET || copy > 50) return { read, statements };
  }
}

export interface FabeBenchSummary {
  statements: number;
  medianMs: number;
  p99Ms: number;
  perStatementUs: number;
}

export function runFabeBench(runs: number, table: (header: string[], body: string[][], textColumns: number) => void): FabeBenchSummary {
  const { read, statements } = largeProduct(realReads());
  const passes = Math.max(20, runs * 3);
  console.log(`\nfabe: buildFabeTable on one product of ${statements} statements (real bullets, descriptions, specs and reviews, repeated with variation), ${passes} runs after a warm-up (ms)\n`);
  buildFabeTable(read);
  const times = Array.from({ length: passes }, () => time(() => buildFabeTable(read)));
  const texts = buildFabeTable(read)!.statements.map((s) => [s.text, s.lang] as const);
  const perCall = Array.from({ length: 5 }, () => time(() => { for (const [t, l] of texts) classifyStatement(t, l); }) / texts.length);
  const med = median(times);
  const p99 = percentile(times, 99);
  table(['statements', 'median ms', 'p99 ms', 'p99 / 16 ms frame', 'classify µs per statement'], [[
    String(statements), med.toFixed(2), p99.toFixed(2), `${(p99 / FRAME_MS).toFixed(2)}×`, (median(perCall) * 1000).toFixed(1),
  ]], 0);
  return { statements, medianMs: med, p99Ms: p99, perStatementUs: median(perCall) * 1000 };
}
