import { FABE_PARTS, type FabePart } from '../../schema';
import { FAMILIES, partOfFamily } from './cues';
import { readFeatures, type Features, type StatementContext } from './features';
import { detectLang, type FabeLang } from './lang';
import { hashName, isLexical, lexicalHashes, lexicalNameAt, type LexicalHits } from './lexical';
import { MEMO_SIZE, TextMemo } from './memo';
import { WEIGHTS } from './model';
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
  // find and add, not get: its `make` was a closure (and its context) per statement.
  const q = qualifier(lang, context.origin, context.rating);
  const known = CLASSIFIED.find(text, q);
  if (known !== undefined) return known;
  const made = classifyIn(WEIGHTS, text, lang, context);
  CLASSIFIED.add(text, q, made);
  return made;
}

/**
 * The memo's qualifier `${lang}|${origin ?? ''}|${rating ?? ''}`, made once per combination
 * (a product holds a handful): built per statement it was a new string to allocate and then
 * compare character by character with the stored one.
 */
const QUALIFIERS = new Map<string, Map<string, string[]>>();
function qualifier(lang: FabeLang, origin: string | undefined, rating: number | undefined): string {
  // Slot 0: no rating; slot r + 1: the whole ratings 0–10. Any other rating is built each time.
  const slot = rating === undefined ? 0 : Number.isInteger(rating) && rating >= 0 && rating <= 10 ? rating + 1 : -1;
  if (slot < 0) return `${lang}|${origin ?? ''}|${rating ?? ''}`;
  let byOrigin = QUALIFIERS.get(lang);
  if (!byOrigin) QUALIFIERS.set(lang, (byOrigin = new Map()));
  let slots = byOrigin.get(origin ?? '');
  if (!slots) byOrigin.set(origin ?? '', (slots = []));
  return (slots[slot] ??= `${lang}|${origin ?? ''}|${rating ?? ''}`);
}

function classifyIn(weights: Weights, text: string, l: FabeLang, context: StatementContext): Classification {
  // The words are scored by hash (lexical.ts), after the other features and in the order
  // extractFeatures would have listed them, so each sum adds the same terms in the same
  // order as scoreParts and the named words would (tests/fabe/classify-fast.test.ts).
  const { index, rows, words } = compiled(weights);
  // One lower-cased copy for the cue scan and the words (toLowerCase makes a new string whenever the text holds a capital).
  const lower = words.size ? text.toLowerCase() : undefined;
  const f = readFeatures(text, l, context, false, lower);
  const on = f.on;
  const count = f.count;
  if (onRows.length < count) onRows = new Int32Array(count * 2);
  let F = 0;
  let A = 0;
  let B = 0;
  let E = 0;
  let N = 0;
  // The rows of the features that have one, bias left out, for the deciding feature below.
  let counted = 0;
  for (let k = 0; k < count; k++) {
    const name = on[k]!;
    const r = index[name];
    if (r === undefined) continue;
    const at = r * 5;
    F += rows[at]!;
    A += rows[at + 1]!;
    B += rows[at + 2]!;
    E += rows[at + 3]!;
    N += rows[at + 4]!;
    if (name !== 'bias') { onRows[counted] = at; onNames[counted++] = name; }
  }
  const hits = lower !== undefined ? lexicalHashes(lower) : undefined;
  const found = hits ? lookUp(words, hits) : 0;
  const w = words.weights;
  for (let k = 0; k < found; k++) {
    const at = matched[k]! * 5;
    F += w[at]!;
    A += w[at + 1]!;
    B += w[at + 2]!;
    E += w[at + 3]!;
    N += w[at + 4]!;
  }
  // softmax (model.ts), written out: the same max, exps, left-to-right sum and divisions.
  const max = Math.max(F, A, B, E, N);
  const eF = Math.exp(F - max);
  const eA = Math.exp(A - max);
  const eB = Math.exp(B - max);
  const eE = Math.exp(E - max);
  const eN = Math.exp(N - max);
  const z = 0 + eF + eA + eB + eE + eN;
  probs[0] = eF / z;
  probs[1] = eA / z;
  probs[2] = eB / z;
  probs[3] = eE / z;
  probs[4] = eN / z;
  scores[0] = F;
  scores[1] = A;
  scores[2] = B;
  scores[3] = E;
  scores[4] = N;
  // The winner: the highest probability, 'none' unless a part beats it (ties keep the earlier).
  let pi = 4;
  for (let p = 0; p < 5; p++) if (probs[p]! > probs[pi]!) pi = p;
  // The runner-up: the first of the other parts with the highest score (ties keep the earlier).
  let ri = -1;
  for (let p = 0; p < 5; p++) if (p !== pi && (ri < 0 || !(scores[ri]! >= scores[p]!))) ri = p;

  // The deciding feature: largest margin it gives the winner over the runner-up.
  let best: string | undefined;
  let bestWord = -1;
  let bestMargin = 0;
  for (let k = 0; k < counted; k++) {
    const margin = rows[onRows[k]! + pi]! - rows[onRows[k]! + ri]!;
    if (margin > bestMargin) { best = onNames[k]; bestMargin = margin; }
  }
  for (let k = 0; k < found; k++) {
    const at = matched[k]! * 5;
    const margin = w[at + pi]! - w[at + ri]!;
    if (margin > bestMargin) { bestWord = matchedHit[k]!; bestMargin = margin; }
  }
  if (bestWord >= 0) best = lexicalNameAt(lower!, hits!.start[bestWord]!, hits!.end[bestWord]!);
  const part = FABE_PARTS[pi]!;
  const confidence = Math.round(probs[pi]! * 1000) / 1000;
  return best ? { part, confidence, cue: describe(best, f) } : { part, confidence };
}

/** Scratch for classifyIn (one statement at a time): per part, and per feature that is on. */
const probs = new Float64Array(5);
const scores = new Float64Array(5);
let onRows = new Int32Array(64);
const onNames: string[] = [];

/**
 * A model's word weights in an open-addressed table keyed by the 32-bit hash of their names
 * (lexical.ts): a lookup is a few array reads, with no Map and no number boxed for a key
 * (the hashes do not fit V8's small integers). `slots` holds key and row side by side (one
 * cache line per probe: the table is larger than a core's cache); `weights` holds [F, A,
 * B, E, none] per word.
 */
interface WordTable { size: number; mask: number; slots: Int32Array; weights: Float64Array }
/**
 * The weights without the words, as rows of a Float64Array ([F, A, B, E, none] per
 * feature) found by name through `index` (an object without prototype: its property lookup
 * measured a little faster than a Map's), and the word table.
 */
interface Compiled { index: Record<string, number>; rows: Float64Array; words: WordTable }
const COMPILED = new WeakMap<Weights, Compiled>();
const mix = (h: number) => (h ^ (h >>> 15)) >>> 0;

/** The weights compiled last: every statement asks for the same ones, and a WeakMap lookup per statement showed in profiles. */
let lastWeights: Weights | undefined;
let lastCompiled: Compiled | undefined;

function compiled(weights: Weights): Compiled {
  if (weights === lastWeights) return lastCompiled!;
  let c = COMPILED.get(weights);
  if (!c) c = compile(weights);
  lastWeights = weights;
  lastCompiled = c;
  return c;
}

function compile(weights: Weights): Compiled {
  const index: Record<string, number> = Object.create(null) as Record<string, number>;
  const core: Weights[string][] = [];
  const named: [number, Weights[string]][] = [];
  for (const [name, row] of Object.entries(weights)) {
    if (isLexical(name)) named.push([hashName(name) | 0, row]);
    else { index[name] = core.length; core.push(row); }
  }
  const rows = new Float64Array(core.length * 5);
  core.forEach((row, r) => FABE_PARTS.forEach((p, k) => { rows[r * 5 + k] = row[p]; }));
  let cap = 16;
  while (cap < named.length * 2) cap *= 2;
  const words: WordTable = { size: named.length, mask: cap - 1, slots: new Int32Array(cap * 2), weights: new Float64Array(named.length * 5) };
  for (let i = 0; i < cap; i++) words.slots[i * 2 + 1] = -1;
  named.forEach(([h, row], r) => {
    let i = mix(h) & words.mask;
    while (words.slots[i * 2 + 1] !== -1) i = (i + 1) & words.mask;
    words.slots[i * 2] = h;
    words.slots[i * 2 + 1] = r;
    FABE_PARTS.forEach((p, k) => { words.weights[r * 5 + k] = row[p]; });
  });
  const c = { index, rows, words };
  COMPILED.set(weights, c);
  return c;
}

/** Row of each hit the table knows, in hit order, into the shared `matched` buffer; returns how many. */
let matched = new Int32Array(256);
let matchedHit = new Int32Array(256);
function lookUp(t: WordTable, hits: LexicalHits): number {
  if (matched.length < hits.count) { matched = new Int32Array(hits.count); matchedHit = new Int32Array(hits.count); }
  const slots = t.slots;
  let found = 0;
  for (let k = 0; k < hits.count; k++) {
    const h = hits.hash[k]! | 0;
    let i = mix(h) & t.mask;
    for (;;) {
      const r = slots[i * 2 + 1]!;
      if (r === -1) break;
      if (slots[i * 2] === h) { matched[found] = r; matchedHit[found++] = k; break; }
      i = (i + 1) & t.mask;
    }
  }
  return found;
}

/**
 * s.slice(0, 200), without its call on a shorter text: slice first writes a concatenation
 * out flat, a copy of the whole cue that was then dropped.
 */
const cap = (s: string) => (s.length > 200 ? s.slice(0, 200) : s);

/** The first hit whose family `feature` ends on after a colon: f.hits.find(h => feature.endsWith(`:${h.family}`)), without a string per hit. */
function hitOf(feature: string, hits: Features['hits']): Features['hits'][number] | undefined {
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    const at = feature.length - h.family.length;
    if (at > 0 && feature.charCodeAt(at - 1) === 0x3a && feature.endsWith(h.family)) return h;
  }
  return undefined;
}

/** The cue text of a deciding feature (exported for the equivalence test). */
export function describe(feature: string, f: Pick<Features, 'hits' | 'nameHit'>): string {
  if (feature.startsWith('cue:') || feature.startsWith('r:')) {
    const hit = hitOf(feature, f.hits);
    if (hit) return cap(`“${hit.text}” → ${partOfFamily(hit.family)}: ${FAMILIES[hit.family].why}`);
  }
  if (feature.startsWith('name:') && f.nameHit) {
    return cap(`row name “${f.nameHit.text}” → ${partOfFamily(f.nameHit.family)}: ${FAMILIES[f.nameHit.family].why}`);
  }
  if (feature === 'name:F') return 'a specification row';
  // Words the labelled set taught the model (lexical.ts): quoted as they were matched.
  if (isLexical(feature)) return cap(`the word${feature[1] === '2' ? 's' : ''} “${feature.slice(feature.indexOf(':') + 1)}”`);
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
