/**
 * `npm run eval [-- fabe|reviews [options]]` — the evaluations against their labelled sets:
 * without a filter both run (FABE classifier, tests/fabe/eval.ts; review analysis,
 * tests/reviews/eval.ts) with their defaults; with one, only that one runs and the options
 * after it are its own (`npm run eval -- fabe --by lang`, `npm run eval -- reviews --split dev`).
 * Prints only; exits 0.
 */
import { join } from 'node:path';
import { runReviewEval } from './reviews/eval';

const SUITES = ['fabe', 'reviews'] as const;
const [first, ...rest] = process.argv.slice(2);
const only = (SUITES as readonly string[]).includes(first ?? '') ? (first as (typeof SUITES)[number]) : undefined;
if (!only && process.argv.length > 2) console.log(`[eval] options apply to one suite: npm run eval -- fabe|reviews ${process.argv.slice(2).join(' ')}; running both with their defaults.\n`);
const args = only ? rest : [];

if (!only || only === 'fabe') {
  // The FABE evaluation is a script reading process.argv: give it its own arguments.
  const argv = process.argv;
  process.argv = [argv[0]!, join(import.meta.dirname, 'fabe/eval.ts'), ...args];
  await import('./fabe/eval');
  process.argv = argv;
  console.log('');
}
if (!only || only === 'reviews') runReviewEval(args);
