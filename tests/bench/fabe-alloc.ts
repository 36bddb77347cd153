/**
 * Bytes allocated per FABE first read, by stage, for the bench product (fabe.ts). Run with a
 * young generation large enough that no collection happens inside a read, so the heap's
 * growth is what the read allocated:
 *   npm run bench:alloc   (tests/bench/bundled.mjs: bundled, then node --expose-gc --min-semi-space-size=256 --max-semi-space-size=256)
 * Allocation does not depend on the machine's load, unlike the bench's times.
 */
import { buildFabeTable } from '../../lib/analyses/fabe';
import { buildChains } from '../../lib/analyses/fabe/chains';
import { clearFabeMemos } from '../../lib/analyses/fabe/memo';
import { classifyDrafts, draftStatements } from '../../lib/analyses/fabe/statements';
import { largeProduct, realReads } from './fabe';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const { read, statements } = largeProduct(realReads());
const used = () => process.memoryUsage().heapUsed;
const RUNS = 10;
const sums = { statements: 0, classify: 0, chains: 0, total: 0 };
for (let i = 0; i < RUNS + 2; i++) {
  clearFabeMemos();
  gc();
  const a = used();
  const drafts = draftStatements(read);
  const b = used();
  const classified = classifyDrafts(drafts);
  const c = used();
  buildChains(classified, read.product);
  const d = used();
  clearFabeMemos();
  gc();
  const e = used();
  buildFabeTable(read);
  const f = used();
  // The first two runs warm up (compiled patterns, tables built once).
  if (i < 2) continue;
  sums.statements += b - a;
  sums.classify += c - b;
  sums.chains += d - c;
  sums.total += f - e;
}
const kb = (n: number) => `${(n / RUNS / 1024).toFixed(0)} KB`;
console.log(`${statements} statements; allocated per first read: statements ${kb(sums.statements)}, classify ${kb(sums.classify)}, chains ${kb(sums.chains)}; buildFabeTable ${kb(sums.total)}`);
