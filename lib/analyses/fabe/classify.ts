import { FABE_PARTS, type FabePart } from '../../schema';
import { FAMILIES, partOfFamily } from './cues';
import { extractFeatures, type StatementContext } from './features';
import { detectLang, type FabeLang } from './lang';
import { hashName, isLexical, lexicalHashes, lexicalNameAt, type LexicalHits } from './lexical';
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
  'numunit:time': 'a duration: a result in use, or a time of use',
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
  'u:number': 'a number someone observed',
  'u:event': 'an event someone saw',
  'u:past': 'someone tells what happened',
  'u:past+first-person': 'the writer tells what happened to them',
  'u:span': 'a time of use someone observed',
  'u:defect': 'a defect someone saw',
  'u:my': 'the writer’s own things',
  'u:irrealis': 'a guess, hope or condition, not an observation',
  'u:purchase-only': 'a purchase story',
  'u:complaint+concrete': 'a complaint about a concrete part or event',
  'u:complaint-only': 'a complaint without an observation',
  'u:property': 'a property of the product',
  'review:property': 'a property of the product, in a review',
  'review:first-person': 'the reviewer speaks',
  'review:high-rating': 'a 4–5★ review',
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
  // The words are scored by hash (lexical.ts), after the other features and in the order
  // extractFeatures would have listed them, so each sum adds the same terms in the same order.
  const { core, words } = compiled(weights);
  const f = extractFeatures(text, l, context, false);
  const scores = scoreParts(f.on, core);
  const lower = words.size ? text.toLowerCase() : '';
  const hits = words.size ? lexicalHashes(lower) : undefined;
  const found = hits ? lookUp(words, hits) : 0;
  const w = words.weights;
  for (let k = 0; k < found; k++) {
    const at = matched[k]! * 5;
    scores.F += w[at]!;
    scores.A += w[at + 1]!;
    scores.B += w[at + 2]!;
    scores.E += w[at + 3]!;
    scores.none += w[at + 4]!;
  }
  const probs = softmax(scores);
  let part: FabePart = 'none';
  for (const p of FABE_PARTS) if (probs[p] > probs[part]) part = p;
  // The runner-up: the first of the other parts with the highest score (ties keep the earlier).
  let runnerUp: FabePart | undefined;
  for (const p of FABE_PARTS) if (p !== part && (runnerUp === undefined || !(scores[runnerUp] >= scores[p]))) runnerUp = p;

  // The deciding feature: largest margin it gives the winner over the runner-up.
  let best: string | undefined;
  let bestWord = -1;
  let bestMargin = 0;
  for (const name of f.on) {
    if (name === 'bias') continue;
    const row = core[name];
    if (!row) continue;
    const margin = row[part] - row[runnerUp!];
    if (margin > bestMargin) { best = name; bestMargin = margin; }
  }
  const pi = PART_INDEX[part];
  const ri = PART_INDEX[runnerUp!];
  for (let k = 0; k < found; k++) {
    const at = matched[k]! * 5;
    const margin = w[at + pi]! - w[at + ri]!;
    if (margin > bestMargin) { bestWord = matchedHit[k]!; bestMargin = margin; }
  }
  if (bestWord >= 0) best = lexicalNameAt(lower, hits!.start[bestWord]!, hits!.end[bestWord]!);
  const confidence = Math.round(probs[part] * 1000) / 1000;
  return best ? { part, confidence, cue: describe(best, f) } : { part, confidence };
}

const PART_INDEX = Object.fromEntries(FABE_PARTS.map((p, i) => [p, i])) as Record<FabePart, number>;

/**
 * A model's word weights in an open-addressed table keyed by the 32-bit hash of their names
 * (lexical.ts): a lookup is a few array reads, with no Map and no number boxed for a key
 * (the hashes do not fit V8's small integers). `weights` holds [F, A, B, E, none] per word.
 */
interface WordTable { size: number; mask: number; keys: Int32Array; rows: Int32Array; weights: Float64Array }
/** The weights without the words (a small object keeps fast property lookups) and the word table. */
interface Compiled { core: Weights; words: WordTable }
const COMPILED = new WeakMap<Weights, Compiled>();
const mix = (h: number) => (h ^ (h >>> 15)) >>> 0;

function compiled(weights: Weights): Compiled {
  let c = COMPILED.get(weights);
  if (c) return c;
  const core: Weights = {};
  const named: [number, Weights[string]][] = [];
  for (const [name, row] of Object.entries(weights)) {
    if (isLexical(name)) named.push([hashName(name) | 0, row]);
    else core[name] = row;
  }
  let cap = 16;
  while (cap < named.length * 2) cap *= 2;
  const words: WordTable = { size: named.length, mask: cap - 1, keys: new Int32Array(cap), rows: new Int32Array(cap).fill(-1), weights: new Float64Array(named.length * 5) };
  named.forEach(([h, row], r) => {
    let i = mix(h) & words.mask;
    while (words.rows[i] !== -1) i = (i + 1) & words.mask;
    words.keys[i] = h;
    words.rows[i] = r;
    FABE_PARTS.forEach((p, k) => { words.weights[r * 5 + k] = row[p]; });
  });
  c = { core, words };
  COMPILED.set(weights, c);
  return c;
}

/** Row of each hit the table knows, in hit order, into the shared `matched` buffer; returns how many. */
let matched = new Int32Array(256);
let matchedHit = new Int32Array(256);
function lookUp(t: WordTable, hits: LexicalHits): number {
  if (matched.length < hits.count) { matched = new Int32Array(hits.count); matchedHit = new Int32Array(hits.count); }
  let found = 0;
  for (let k = 0; k < hits.count; k++) {
    const h = hits.hash[k]! | 0;
    let i = mix(h) & t.mask;
    for (;;) {
      const r = t.rows[i]!;
      if (r === -1) break;
      if (t.keys[i] === h) { matched[found] = r; matchedHit[found++] = k; break; }
      i = (i + 1) & t.mask;
    }
  }
  return found;
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
  // Words the labelled set taught the model (lexical.ts): quoted as they were matched.
  if (isLexical(feature)) return `the word${feature[1] === '2' ? 's' : ''} “${feature.slice(feature.indexOf(':') + 1)}”`.slice(0, 200);
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
