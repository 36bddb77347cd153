import type { SuiteRow } from '../summary';
import { csvCellsSuite } from './csv-cells';
import { importFilesSuite } from './import-files';
import { messagesSuite } from './messages';
import { midWriteSuite } from './mid-write';
import { rng } from './rng';
import type { SuiteResult } from './suite';
import { upgradeSuite } from './upgrade';

/**
 * Issue #9's hostile inputs, one seeded corpus per suite (each suite gets its own stream,
 * so changing one corpus's size does not change the others'): messages at the edge,
 * import files, CSV cells, schema-upgrade rollback, crashes mid-write. `scale` 1 is the
 * full size `npm run robustness` runs; the unit test runs a fraction of it.
 */
export const HOSTILE_SUITES = {
  messages: messagesSuite,
  'import files': importFilesSuite,
  'CSV cells': csvCellsSuite,
  'upgrade rollback': upgradeSuite,
  'mid-write crash': midWriteSuite,
} as const;

export async function runHostile(opts: { seed: number; log?: (line: string) => void; scale?: number }): Promise<SuiteRow[]> {
  const rows: SuiteRow[] = [];
  for (const result of await runHostileDetailed(opts)) rows.push(result.row);
  return rows;
}

/** The same, with every failure spelled out (the tests print them). */
export async function runHostileDetailed(opts: { seed: number; log?: (line: string) => void; scale?: number }): Promise<SuiteResult[]> {
  const scale = opts.scale ?? 1;
  const results: SuiteResult[] = [];
  let stream = 0;
  for (const [name, suite] of Object.entries(HOSTILE_SUITES)) {
    const started = performance.now();
    const result = await suite(rng(opts.seed + 7919 * ++stream), scale);
    results.push(result);
    opts.log?.(`hostile · ${name}: ${result.row.tried} tried, ${result.row.rejected} rejected, ${result.row.failures} failures (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    for (const f of result.failures.slice(0, 20)) opts.log?.(`    ${f}`);
    if (result.failures.length > 20) opts.log?.(`    … and ${result.failures.length - 20} more`);
  }
  return results;
}
