import { FABE_PARTS, type FabePart } from '../../schema';
import { FAMILIES, partOfFamily } from './cues';
import { extractFeatures, type StatementContext } from './features';
import { detectLang, type FabeLang } from './lang';
import { MEMO_SIZE, TextMemo } from './memo';
import { scoreParts, softmax, WEIGHTS } from './model';
import type { Weights } from './prior';

/**
 * classifyStatement: features (features.ts) → a linear score per part (model.ts) →
 * softmax. The part with the highest probability wins; `confidence` is that probability;
 * `cue` names the feature that pushed the winner furthest ahead of the runner-up, as the
 * words that matched when it is a cue family ("ideal for" → B: a scene, occasion or
 * audience), else the structural fact ("spec row", "number with unit").
 */

export interface Classification {
  part: FabePart;
  confidence: number;
  cue?: string;
}

const STRUCTURAL_WHY: Record<string, string> = {
  'origin:spec': 'a specification row',
  'origin:review': 'a review sentence',
  'origin:title': 'a title phrase',
  'review:number': 'a number the reviewer observed',
  'review:negation': 'a negative review statement',
  'review:low-rating': 'a 1–2★ review',
  'numunit:1': 'a number with a unit',
  'numunit:2+': 'numbers with units',
  'number-comparison': 'a number that carries a comparison',
  'key-value': 'a "name: value" row',
  phrase: 'a noun phrase without a verb',
  question: 'a question',
  'first-person': 'the reviewer speaks',
  'seller-we': 'the seller speaks',
  imperative: 'an imperative to the buyer',
  negation: 'a negation',
  heading: 'a bullet heading',
  'len:short': 'a very short statement',
  'pack-list': 'a package-contents list',
  instruction: 'an instruction or note',
  'you-only': '“you” without a gain for the person',
  'you+gain': 'a gain or scene for the buyer',
  'review:past': 'the reviewer tells what happened',
  'review:past+first-person': 'the reviewer tells what happened to them',
  'review:span': 'a time of use the reviewer observed',
  'review:defect': 'a defect the reviewer saw',
  'review:my': 'the reviewer’s own things',
  'review:irrealis': 'a guess, hope or condition, not an observation',
  'review:purchase-only': 'a purchase story',
  'review:praise-only': 'general praise without a property',
  'review:complaint-only': 'a complaint without an observation',
  'review:complaint+concrete': 'a complaint about a concrete part or event',
  'praise-only': 'general praise without a property',
};
const PART_WHY: Record<string, string> = { F: 'a fact of the product', A: 'what it does', B: 'a gain for the buyer', E: 'proof', none: 'no selling point' };

export function classifyWith(weights: Weights, text: string, lang?: string, context: StatementContext = {}): Classification {
  return classifyIn(weights, text, detectLang(text, lang), context);
}

const CLASSIFIED = new TextMemo<Classification>(MEMO_SIZE);

/**
 * For a statement whose language detectLang has already given (draftStatements): detecting
 * again with that language as the hint returns it unchanged, so the second pass is skipped.
 * Memoised by everything the result depends on (memo.ts); callers copy its fields.
 */
export function classifyDetected(text: string, lang: FabeLang, context: StatementContext = {}): Classification {
  return CLASSIFIED.get(text, `${lang}|${context.origin ?? ''}|${context.rating ?? ''}`, () => classifyIn(WEIGHTS, text, lang, context));
}

function classifyIn(weights: Weights, text: string, l: FabeLang, context: StatementContext): Classification {
  const f = extractFeatures(text, l, context);
  const scores = scoreParts(f.on, weights);
  const probs = softmax(scores);
  let part: FabePart = 'none';
  for (const p of FABE_PARTS) if (probs[p] > probs[part]) part = p;
  // The runner-up: the first of the other parts with the highest score (ties keep the earlier).
  let runnerUp: FabePart | undefined;
  for (const p of FABE_PARTS) if (p !== part && (runnerUp === undefined || !(scores[runnerUp] >= scores[p]))) runnerUp = p;

  // The deciding feature: largest margin it gives the winner over the runner-up.
  let best: string | undefined;
  let bestMargin = 0;
  for (const name of f.on) {
    if (name === 'bias') continue;
    const row = weights[name];
    if (!row) continue;
    const margin = row[part] - row[runnerUp!];
    if (margin > bestMargin) { best = name; bestMargin = margin; }
  }
  const confidence = Math.round(probs[part] * 1000) / 1000;
  return best ? { part, confidence, cue: describe(best, f) } : { part, confidence };
}

function describe(feature: string, f: ReturnType<typeof extractFeatures>): string {
  if (feature.startsWith('cue:') || feature.startsWith('r:')) {
    const hit = f.hits.find((h) => feature.endsWith(`:${h.family}`));
    if (hit) return `“${hit.text}” → ${partOfFamily(hit.family)}: ${FAMILIES[hit.family].why}`.slice(0, 200);
  }
  if (feature.startsWith('name:') && f.nameHit) {
    return `row name “${f.nameHit.text}” → ${partOfFamily(f.nameHit.family)}: ${FAMILIES[f.nameHit.family].why}`.slice(0, 200);
  }
  if (feature === 'name:F') return 'a specification row';
  const m = /^(value|head|top):(\w+)$/.exec(feature);
  if (m) return `${m[1] === 'value' ? 'the row’s value' : m[1] === 'head' ? 'the bullet heading' : 'the highest part a cue reaches'}: ${PART_WHY[m[2]!]}`;
  return STRUCTURAL_WHY[feature] ?? feature;
}

/**
 * One statement → F, A, B, E or none, with the probability of that part and the cue that
 * decided it. `lang` is a BCP 47 tag or the page locale (the statement's own language is
 * detected, the tag breaks ties); `context` says where the statement came from, when known.
 */
export function classifyStatement(text: string, lang?: string, context: StatementContext = {}): Classification {
  return classifyWith(WEIGHTS, text, lang, context);
}
