/**
 * The "fabe" section of `npm run bench`: what the FABE table costs on a product page with
 * 1,000+ statements. The product is built from real text — the bullets, descriptions,
 * specs and reviews of the saved Amazon, Taobao and JD product pages — repeated with
 * variation (a counter in every copy, so no two statements are equal) until it holds at
 * least 1,000 statements. Without the saved pages, the hand-written listings of
 * tests/fixtures/fabe are repeated instead.
 *
 * Reported, for buildFabeTable: median and p99 per call and p99 as a share of a 16 ms
 * frame, twice — "first read" empties the per-text memos (lib/analyses/fabe/memo.ts) before
 * every call, so it is a product the panel has never seen; "re-read" builds the same product
 * again, as the panel does on every later read of the page. Then the first-read time by
 * stage (statements: segment and language; classify; chains: themes, grouping, evidence)
 * and classifyStatement per statement. Medians, p99 and ratios only; nothing here asserts a time.
 */
import { buildFabeTable, classifyStatement } from '../../lib/analyses/fabe';
import { buildChains } from '../../lib/analyses/fabe/chains';
import { clearFabeMemos } from '../../lib/analyses/fabe/memo';
import { classifyDrafts, draftStatements } from '../../lib/analyses/fabe/statements';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { PageRead, Review } from '../../lib/schema';
import { BOTTLE_EN, BOTTLE_ZH, COMPETITOR_EN } from '../fixtures/fabe/products';
import { HAVE_SHARED_FIXTURES, SKIP_REASON } from '../support/shared-fixtures';
import { median, time } from './measure';

const FRAME_MS = 16;
const TARGET = 1000;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function realReads(): PageRead[] {
  if (!HAVE_SHARED_FIXTURES) {
    console.log(`[bench] ${SKIP_REASON}; FABE bench uses the hand-written listings.`);
    return [BOTTLE_EN, BOTTLE_ZH, COMPETITOR_EN];
  }
  const files = ['amazon/product/us-charmast-charger-pricechecker.html', 'amazon/product/ae-B00LAYVPOU-juicer.html', 'amazon/product/us-B01LW7X0JJ-chair-cover.html',
    'taobao/product/item-shop71861998-jacket.html', 'jd/product/item-hp-envy-dv4.html', 'amazon/reviews/us-sitmod-gaming-chair-reviews.html'];
  // Read in a child process (collect-reads.ts): the saved pages' documents never enter this heap.
  const json = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'collect-reads.ts'), ...files], { maxBuffer: 1 << 28 });
  return JSON.parse(json.toString('utf8')) as PageRead[];
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
  /** First read (memos emptied before each call): the figure for a page never seen. */
  medianMs: number;
  p99Ms: number;
  /** Re-read of the same product (memos warm). */
  rereadMedianMs: number;
  rereadP99Ms: number;
  perStatementUs: number;
}

export function runFabeBench(runs: number, table: (header: string[], body: string[][], textColumns: number) => void): FabeBenchSummary {
  const { read, statements } = largeProduct(realReads());
  const passes = Math.max(20, runs * 3);
  console.log(`\nfabe: buildFabeTable on one product of ${statements} statements (real bullets, descriptions, specs and reviews, repeated with variation), ${passes} runs after a warm-up (ms)\n`);
  buildFabeTable(read);
  const cold = Array.from({ length: passes }, () => { clearFabeMemos(); return time(() => buildFabeTable(read)); });
  buildFabeTable(read);
  const warm = Array.from({ length: passes }, () => time(() => buildFabeTable(read)));
  const row = (name: string, times: number[]) => {
    const p99 = percentile(times, 99);
    return [name, String(statements), median(times).toFixed(2), p99.toFixed(2), `${(p99 / FRAME_MS).toFixed(2)}×`];
  };
  table(['run', 'statements', 'median ms', 'p99 ms', 'p99 / 16 ms frame'], [row('first read', cold), row('re-read', warm)], 1);

  // First-read time by stage, each on a cold memo.
  const stages = { statements: [] as number[], classify: [] as number[], chains: [] as number[] };
  for (let i = 0; i < passes; i++) {
    clearFabeMemos();
    let drafts: ReturnType<typeof draftStatements> = [];
    let classified: ReturnType<typeof classifyDrafts> = [];
    stages.statements.push(time(() => { drafts = draftStatements(read); }));
    stages.classify.push(time(() => { classified = classifyDrafts(drafts); }));
    stages.chains.push(time(() => buildChains(classified, read.product)));
  }
  const texts = buildFabeTable(read)!.statements.map((s) => [s.text, s.lang] as const);
  const perCall = Array.from({ length: 5 }, () => time(() => { for (const [t, l] of texts) classifyStatement(t, l); }) / texts.length);
  console.log('');
  table(['first read by stage', 'median ms', 'µs per statement'], Object.entries(stages).map(([name, t]) => [name, median(t).toFixed(2), ((median(t) * 1000) / statements).toFixed(1)]), 1);
  console.log(`classifyStatement (public API, no memo): ${(median(perCall) * 1000).toFixed(1)} µs per statement`);
  return {
    statements, medianMs: median(cold), p99Ms: percentile(cold, 99), rereadMedianMs: median(warm), rereadP99Ms: percentile(warm, 99), perStatementUs: median(perCall) * 1000,
  };
}
