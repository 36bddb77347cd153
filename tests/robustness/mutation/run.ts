import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { HAVE_SHARED_FIXTURES, SKIP_REASON } from '../../support/shared-fixtures';
import type { SuiteRow } from '../summary';
import { listPages, loadPage, MARKETPLACE_ROWS, type PageSpec } from './pages';
import { mutatePage, type PageOutcome } from './run-page';

/**
 * Issue #9 part 1: seeded mutations of every real saved page through its reader. Each
 * mutant must read without a throw, validate, and hold no silently wrong value (oracle.ts).
 * `perPage` defaults to enough mutants for 10,000 in all. With `workers` > 1 the pages are
 * shared among worker threads; results do not depend on the split (each mutant's PRNG is
 * seeded from seed, page and index).
 */
export const TARGET_MUTANTS = 10_000;

export interface MutationOptions {
  seed: number;
  perPage?: number;
  log?: (line: string) => void;
  /** Worker threads; default: one per CPU (at most 4) from the CLI, in-process when 1. */
  workers?: number;
  /** Only pages whose path passes (the unit test samples some). */
  filter?: (spec: PageSpec) => boolean;
}

export async function runMutations(opts: MutationOptions): Promise<SuiteRow[]> {
  const log = opts.log ?? (() => undefined);
  if (!HAVE_SHARED_FIXTURES) {
    log(`[skip] mutated pages: ${SKIP_REASON}`);
    return MARKETPLACE_ROWS.map((mp) => ({ suite: `mutated pages · ${mp}`, tried: 0, rejected: 0, failures: 0, note: 'skipped: no fixtures' }));
  }
  const pages = listPages().filter(opts.filter ?? (() => true));
  const perPage = opts.perPage ?? Math.ceil(TARGET_MUTANTS / Math.max(pages.length, 1));
  const workers = Math.max(1, Math.min(opts.workers ?? Math.min(availableParallelism(), 4), pages.length));
  log(`mutation: ${pages.length} pages × ${perPage} mutants, seed ${opts.seed}, ${workers} worker(s)`);
  const started = performance.now();
  const outcomes: PageOutcome[] = [];
  const onPage = (o: PageOutcome) => {
    outcomes.push(o);
    const kinds = Object.entries(o.byKind).map(([k, n]) => `${k} ${n}`).join(', ');
    log(`  ${o.file}: ${o.tried} mutants, ${o.rejected} rejected, ${o.failures} failures${kinds ? ` (${kinds})` : ''}, ${(o.ms / 1000).toFixed(1)} s`);
    for (const note of o.notes) log(`    ${note.slice(0, 600)}`);
  };
  if (workers === 1) {
    for (const spec of pages) onPage(await mutatePage(loadPage(spec), opts.seed, perPage));
  } else {
    await Promise.all(shares(pages, workers).map((share) => runWorker(share, opts.seed, perPage, onPage)));
  }
  const rows = MARKETPLACE_ROWS.map((mp) => toRow(mp, outcomes.filter((o) => o.marketplace === mp)));
  const seconds = (performance.now() - started) / 1000;
  log(`mutation: ${rows.reduce((n, r) => n + r.tried, 0)} mutants in ${seconds.toFixed(0)} s (${rows.map((r) => `${r.suite.split(' · ')[1]} ${r.tried}`).join(', ')})`);
  return rows;
}

function toRow(mp: string, outcomes: PageOutcome[]): SuiteRow {
  const sum = (key: 'tried' | 'rejected' | 'failures') => outcomes.reduce((n, o) => n + o[key], 0);
  const failures = sum('failures');
  const rejected = sum('rejected');
  const firstFailure = outcomes.find((o) => o.notes.length > 0)?.notes[0];
  const note = failures > 0 ? firstFailure?.slice(0, 300) : rejected > 0 ? 'rejected = read as blocked/unsupported, no values' : undefined;
  return { suite: `mutated pages · ${mp}`, tried: sum('tried'), rejected, failures, note };
}

/** Deals pages out in turn (they are sorted by marketplace and kind, so each share gets a mix). */
function shares(pages: PageSpec[], n: number): PageSpec[][] {
  const out: PageSpec[][] = Array.from({ length: n }, () => []);
  pages.forEach((p, i) => out[i % n]!.push(p));
  return out;
}

function runWorker(pages: PageSpec[], seed: number, perPage: number, onPage: (o: PageOutcome) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // The CLI runs under tsx, but Node 20 does not pass tsx's loader to a worker's entry
    // file: a tiny JS entry loads worker.ts through tsx's API instead.
    const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const entry = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
    const boot = `import(${api}).then(({ tsImport }) => tsImport(${entry}, ${entry}))`;
    const worker = new Worker(boot, { eval: true, workerData: { pages, seed, perPage } });
    worker.on('message', (o: PageOutcome) => onPage(o));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`mutation worker exited with ${code}`))));
  });
}
