/**
 * `npm run eval [-- --file path] [-- --by lang|origin]` — the FABE classifier against the
 * labelled statements (labelled.jsonl, GUIDELINES.md): precision, recall and F1 per part,
 * macro-F1 and a confusion matrix, for the dev split, the test split and all, for
 * classifyStatement and for the cue-table baseline classifyByCues. Prints only; exits 0
 * (the bar is asserted by eval-bar.test.ts). Without labelled.jsonl it runs on the
 * hand-made sanity set in tests/fixtures/fabe/.
 *
 * Two views of every statement: "context" passes its origin, rating and language, as the
 * panel does; "bare" passes the text alone, as `audit fabe --sentences` does (a sentence
 * with no page around it). `--view context|bare` prints one of them; both by default.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { classifyByCues } from '../../lib/analyses/fabe/baseline';
import { classifyStatement } from '../../lib/analyses/fabe/classify';
import { MODEL_INFO } from '../../lib/analyses/fabe/model';
import { FABE_PARTS } from '../../lib/schema';
import { contextOf, LABELLED, loadItems, SANITY, type LabelledItem } from './dataset';
import { score, type Scores } from './metrics';

const { values } = parseArgs({ options: { file: { type: 'string' }, by: { type: 'string' }, view: { type: 'string' } } });
type View = 'context' | 'bare';
const VIEWS: View[] = values.view === 'context' || values.view === 'bare' ? [values.view] : ['context', 'bare'];
const classify = (i: LabelledItem, view: View) => (view === 'context' ? classifyStatement(i.text, i.lang, contextOf(i)) : classifyStatement(i.text));
const file = values.file ?? (existsSync(LABELLED) ? LABELLED : SANITY);
if (!values.file && file === SANITY) console.log(`[eval] ${LABELLED} not found; using the hand-made sanity set.\n`);
const items = loadItems(file);
console.log(`FABE evaluation: ${items.length} statements from ${file}`);
console.log(`model: ${MODEL_INFO.trainedOn ? `trained on ${MODEL_INFO.trainedOn.split} (${MODEL_INFO.trainedOn.items} items)` : 'hand-set prior'}\n`);

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function report(name: string, subset: readonly LabelledItem[], view: View): void {
  if (subset.length === 0) return;
  const gold = subset.map((i) => i.part);
  const mine = score(gold, subset.map((i) => classify(i, view).part));
  const base = score(gold, subset.map((i) => classifyByCues(i.text, view === 'context' ? i.lang : undefined).part));
  console.log(`== ${name}, ${view === 'context' ? 'with origin, rating and language' : 'bare text (audit fabe --sentences)'}: ${subset.length} statements ==`);
  console.log(`part   support   classifier P/R/F1          baseline P/R/F1`);
  for (const p of FABE_PARTS) {
    const a = mine.perPart.find((x) => x.part === p)!;
    const b = base.perPart.find((x) => x.part === p)!;
    console.log(`${p.padEnd(6)} ${String(a.support).padStart(7)}   ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)}        ${pct(b.precision)} ${pct(b.recall)} ${pct(b.f1)}`);
  }
  console.log(`macro-F1: classifier ${pct(mine.macroF1)} · baseline ${pct(base.macroF1)}   accuracy: classifier ${pct(mine.accuracy)} · baseline ${pct(base.accuracy)}`);
  printConfusion('classifier', mine);
  printConfusion('baseline', base);
  console.log('');
}

function printConfusion(name: string, s: Scores): void {
  console.log(`confusion (${name}; rows gold, columns predicted)`);
  console.log(`       ${FABE_PARTS.map((p) => p.padStart(5)).join('')}`);
  for (const g of FABE_PARTS) console.log(`  ${g.padEnd(5)}${FABE_PARTS.map((p) => String(s.confusion[g][p]).padStart(5)).join('')}`);
}

for (const view of VIEWS) {
  report('dev', items.filter((i) => i.split === 'dev'), view);
  report('test', items.filter((i) => i.split === 'test'), view);
  report('all', items, view);
}

if (values.by === 'lang' || values.by === 'origin') {
  // Breakdowns of the dev split only: the test split is for the final figure.
  const dev = items.filter((i) => i.split === 'dev' || !i.split);
  const key = (i: LabelledItem) => (values.by === 'lang' ? (i.lang ?? '?') : (i.source?.origin ?? '?'));
  for (const view of VIEWS) for (const k of [...new Set(dev.map(key))].sort()) report(`dev, ${values.by} ${k}`, dev.filter((i) => key(i) === k), view);
}
