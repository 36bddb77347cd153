/**
 * `npm run robustness [-- --seed N --per-page N --only mutation|hostile]` — issue #9's suite at
 * full size: seeded mutations of every real fixture page through its reader (mutation/), and
 * hostile messages, import files and exports (hostile/). Prints one summary table; exits 1
 * when any row has failures. The unit tests run the same code at a smaller size.
 */
import { parseArgs } from 'node:util';
import { runHostile } from './hostile/run';
import { runMutations } from './mutation/run';
import { formatSummary, type SuiteRow } from './summary';

const { values } = parseArgs({ options: { seed: { type: 'string' }, 'per-page': { type: 'string' }, only: { type: 'string' } } });
const seed = Number(values.seed ?? 20261126);
const rows: SuiteRow[] = [];
if (values.only !== 'hostile') rows.push(...(await runMutations({ seed, perPage: values['per-page'] ? Number(values['per-page']) : undefined, log: console.log })));
if (values.only !== 'mutation') rows.push(...(await runHostile({ seed, log: console.log })));
console.log(`\nRobustness summary (seed ${seed})\n${formatSummary(rows)}`);
process.exitCode = rows.some((r) => r.failures > 0) ? 1 : 0;
