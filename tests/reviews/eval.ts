/**
 * `npm run eval -- reviews [--split dev|test|all] [--errors] [--by lang]` — the review
 * analysis against the labelled sentences (labelled.jsonl, GUIDELINES.md): aspect mentions
 * (sentence × aspect) P/R/F1 per aspect, micro and macro; aspect + side; sentence sentiment
 * P/R/F1 per class; return reason per sentence — for the analysis (sentenceAspects,
 * sentenceSentiment, sentenceReturnReason: text only) and the lexicon-lookup baseline
 * (baselineSentence), plus the sentence side with the review's stars joined (naming.ts).
 * Prints only; exits 0. `--errors` and `--by` look at the dev split only: the test split is
 * for the reported figures. Without labelled.jsonl it runs on the hand-written sanity.jsonl.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { baselineSentence, readSentence, sentenceLang, sentenceReturnReason } from '../../lib/analyses/reviews';
import { withStars } from '../../lib/analyses/reviews/naming';
import { ASPECTS, SENTIMENTS, type Aspect, type ReturnReason, type Sentiment } from '../../lib/schema';
import { LABELLED, loadSentences, SANITY, type LabelledSentence } from './dataset';
import { prf, scoreAspects, scoreSentiment, type Prf } from './metrics';

export function runReviewEval(argv: readonly string[]): void {
  const { values } = parseArgs({ args: [...argv], options: { file: { type: 'string' }, split: { type: 'string' }, errors: { type: 'boolean' }, by: { type: 'string' } }, allowPositionals: true });
  const file = values.file ?? (existsSync(LABELLED) ? LABELLED : SANITY);
  if (!values.file && file === SANITY) console.log(`[eval] ${LABELLED} not found; using the hand-written sanity set.\n`);
  const items = loadSentences(file);
  console.log(`Review analysis evaluation: ${items.length} sentences from ${file}\n`);
  const split = values.split ?? 'all';
  const dev = items.filter((i) => i.split === 'dev' || !i.split);
  if (split === 'dev' || split === 'all') report('dev', dev);
  if (split === 'test' || split === 'all') report('test', items.filter((i) => i.split === 'test'));
  if (split === 'all') report('all', items);
  if (values.by === 'lang') for (const l of [...new Set(dev.map((i) => i.lang))].sort()) report(`dev, lang ${l}`, dev.filter((i) => i.lang === l));
  if (values.errors) printErrors(dev);
}

interface Run {
  aspects: { aspect: Aspect; sentiment: Sentiment }[];
  sentiment: Sentiment;
  withStars: Sentiment;
  reason?: ReturnReason;
}

function analyse(i: LabelledSentence): Run {
  const r = readSentence(i.text, sentenceLang(i.text, i.lang));
  const reason = sentenceReturnReason(r);
  return { aspects: r.aspects.map((a) => ({ aspect: a.aspect, sentiment: a.sentiment })), sentiment: r.sentiment, withStars: withStars(r.score, i.rating), ...(reason ? { reason } : {}) };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const trio = (p: Prf) => `${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`;

function report(name: string, subset: readonly LabelledSentence[]): void {
  if (subset.length === 0) return;
  const mine = subset.map(analyse);
  const base = subset.map((i) => baselineSentence(i.text, sentenceLang(i.text, i.lang)));
  const gold = subset.map((i) => i.aspects);
  const a = scoreAspects(gold, mine.map((m) => m.aspects));
  const b = scoreAspects(gold, base.map((m) => m.aspects));
  console.log(`== ${name}: ${subset.length} sentences, ${a.micro.support} gold aspect mentions ==`);
  console.log(`aspect                support   analysis P/R/F1      baseline P/R/F1`);
  for (const asp of ASPECTS) {
    const x = a.perAspect.get(asp)!;
    const y = b.perAspect.get(asp)!;
    if (x.support === 0 && x.predicted === 0 && y.predicted === 0) continue;
    console.log(`${asp.padEnd(21)} ${String(x.support).padStart(7)}   ${trio(x)}    ${trio(y)}`);
  }
  console.log(`${'micro'.padEnd(21)} ${String(a.micro.support).padStart(7)}   ${trio(a.micro)}    ${trio(b.micro)}`);
  console.log(`macro-F1: analysis ${pct(a.macroF1)} · baseline ${pct(b.macroF1)}`);
  console.log(`aspect + side (micro P/R/F1): analysis ${trio(a.withSide)} · baseline ${trio(b.withSide)}; side right on found mentions: analysis ${pct(a.sideAccuracy)} · baseline ${pct(b.sideAccuracy)}`);

  const gs = subset.map((i) => i.sentiment);
  const s = scoreSentiment(gs, mine.map((m) => m.sentiment));
  const sb = scoreSentiment(gs, base.map((m) => m.sentiment));
  const ss = scoreSentiment(gs, mine.map((m) => m.withStars));
  console.log(`sentence sentiment   support   analysis P/R/F1      baseline P/R/F1      analysis + stars P/R/F1`);
  for (const c of SENTIMENTS) {
    console.log(`${c.padEnd(21)}${String(s.perClass.get(c)!.support).padStart(7)}   ${trio(s.perClass.get(c)!)}    ${trio(sb.perClass.get(c)!)}    ${trio(ss.perClass.get(c)!)}`);
  }
  console.log(`macro-F1: analysis ${pct(s.macroF1)} · baseline ${pct(sb.macroF1)} · analysis + stars ${pct(ss.macroF1)}   accuracy: ${pct(s.accuracy)} · ${pct(sb.accuracy)} · ${pct(ss.accuracy)}`);

  const goldR = subset.map((i) => i.returnReason);
  const predR = mine.map((m) => m.reason);
  const detect = prf(goldR.filter((g, i) => g && predR[i]).length, predR.filter(Boolean).length, goldR.filter(Boolean).length);
  const exact = prf(goldR.filter((g, i) => g && g === predR[i]).length, predR.filter(Boolean).length, goldR.filter(Boolean).length);
  console.log(`return reason (per sentence, ${detect.support} gold): states a problem P/R/F1 ${trio(detect)} · right reason P/R/F1 ${trio(exact)}\n`);
}

function printErrors(dev: readonly LabelledSentence[]): void {
  console.log('== dev errors (aspects missed/extra, sentence side) ==');
  for (const i of dev) {
    const m = analyse(i);
    const g = new Map(i.aspects.map((x) => [x.aspect, x.sentiment]));
    const p = new Map(m.aspects.map((x) => [x.aspect, x.sentiment]));
    const diff: string[] = [];
    for (const [asp, side] of g) if (!p.has(asp)) diff.push(`-${asp}`); else if (p.get(asp) !== side) diff.push(`${asp}:${p.get(asp)}≠${side}`);
    for (const asp of p.keys()) if (!g.has(asp)) diff.push(`+${asp}`);
    if (m.sentiment !== i.sentiment) diff.push(`sentence ${m.sentiment}≠${i.sentiment}`);
    if ((m.reason ?? '') !== (i.returnReason ?? '')) diff.push(`reason ${m.reason ?? '-'}≠${i.returnReason ?? '-'}`);
    if (diff.length) console.log(`${i.id} [${i.lang}${i.rating !== undefined ? ` ${i.rating}★` : ''}] ${diff.join(' ')}\n    ${i.text}`);
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) runReviewEval(process.argv.slice(2));
