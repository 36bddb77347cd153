import type { Aspect, ReturnReason, Sentiment } from '../../schema';
import { CN_STOP_CHARS } from '../fabe/theme-words';
import type { ReviewLang, Roles } from './lexicon/compile';
import { units, type Unit } from './units';

/**
 * One sentence → its judgement, the aspects it mentions with the judgement of each, and
 * its return/refund signals. Text only: the review's stars are combined later (themes.ts).
 *
 * 1. Judgements: every word with a polarity (+1 praise, −1 complaint, ½ for weak words,
 *    −½ for the presence of an odour or noise). Up to three units before it, inside its
 *    clause, a negation flips it and weakens it (×−0.8: "not bad" is milder than "good"),
 *    an intensifier multiplies it by 1.5, a hedge by 0.6 ("a bit small" is still a
 *    complaint). German also looks after it for a clause-final *nicht* ("gefällt mir
 *    nicht"). A size word judges nothing alone, but after "too"/太/zu it is a complaint
 *    (−1), after a hedge a milder one (−0.6); in Chinese and in de/fr/it/es, "too" before a
 *    word the lexicon does not know is a complaint too (太硬, zu weich), and in Chinese so is
 *    有点 (有点硬). A word that is both an intensifier and a judgement (pretty, 好, super)
 *    intensifies when a judgement follows it.
 * 2. Aspects: a judgement that names an aspect (comfortable, 起球) belongs to it; any other
 *    goes to the nearest aspect word in its clause, else to the nearest aspect word of the
 *    same contrast segment whose clause has no judgement of its own, else only to the
 *    sentence. An aspect word left without one takes the nearest judgement of its clause
 *    ("the colour and the style are beautiful"). (A distance limit was tried and dropped:
 *    it lost 0.5–1.5 points of aspect + side F1 on the dev split.) A size complaint with no aspect word in
 *    its clause is a size-fit mention.
 * 3. Contrast and doubt: what comes before but/但是/aber/mais/ma/pero counts ×0.3, a
 *    concessive clause (although, 虽然, obwohl) ×0.3 — the writer ends on the other side.
 *    A clause of doubt about the future (not sure, 不知道会不会, hoffentlich) ×0.2 and a
 *    question ×0.25 ("Comfortable?" judges nothing yet): a worry is neutral. In English,
 *    "too stiff to be comfortable" negates what follows the "to". An aspect mentioned twice keeps the side of its
 *    main clause.
 * 4. Sides: score ≥ 0.3 positive, ≤ −0.3 negative, else neutral.
 */

export const THRESHOLD = 0.3;
const WINDOW = 3;
const NEGATED = -0.8;
const INTENSIFY = 1.5;
const HEDGE = 0.6;
const EXCESS_ON_COMPLAINT = 1.3;
const EXCESS_ON_PRAISE = 1.2;
const BEFORE_CONTRAST = 0.3;
const CONCESSIVE = 0.3;
const UNCERTAIN = 0.2;
const QUESTION = 0.25;
const EXCESS_SIZE = -1;
const HEDGED_SIZE = -0.6;
const EXCESS_UNKNOWN = -0.5;
const HEDGED_UNKNOWN = -0.4;

export interface AspectReading {
  aspect: Aspect;
  /** Text score of the aspect in this sentence (see THRESHOLD). */
  score: number;
  sentiment: Sentiment;
}

export interface SentenceReading {
  score: number;
  sentiment: Sentiment;
  aspects: AspectReading[];
  /** The sentence says the item was (or is being) returned or refunded. */
  returns: boolean;
  /** Return reasons named by a cue that is not negated, main clause first. */
  reasons: ReturnReason[];
  units: Unit[];
}

export const sideOf = (score: number): Sentiment => (score >= THRESHOLD ? 'positive' : score <= -THRESHOLD ? 'negative' : 'neutral');

/** The judgement a unit carries itself: its strongest aspect polarity, else its general one. */
function ownPolarity(r: Roles | undefined): number {
  if (!r) return 0;
  let best = 0;
  for (const a of r.aspects ?? []) if (Math.abs(a.polarity) > Math.abs(best)) best = a.polarity;
  return best !== 0 ? best : (r.polarity ?? 0);
}

const stops = (u: Unit | undefined) => !u || u.brk !== undefined || !!u.roles?.contrast || !!u.roles?.concessive;
const judges = (u: Unit | undefined) => ownPolarity(u?.roles) !== 0 || !!u?.roles?.dimension;
/** "pretty good", 好漂亮, "super bequem": a judging intensifier before a judgement only intensifies. */
const intensifies = (us: readonly Unit[], i: number) => !!us[i]!.roles?.intensifier && judges(us[i + 1]);
/** A judgement that ends the look-back of a modifier or a negation (a plain intensifier does not). */
const judgesAlone = (r: Roles | undefined) => ownPolarity(r) !== 0 && !r?.intensifier;

interface Structure {
  clause: Int32Array;
  /** Segments between contrast/concession markers and sentence stops. */
  segment: Int32Array;
  /** Contrast and concession weight. */
  weight: Float64Array;
  /** Doubt and question damping. */
  damp: Float64Array;
}

function structure(us: readonly Unit[]): Structure {
  const n = us.length;
  const clause = new Int32Array(n);
  const segment = new Int32Array(n);
  const weight = new Float64Array(n).fill(1);
  const damp = new Float64Array(n).fill(1);
  let c = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const u = us[i]!;
    const marker = !!u.roles?.contrast || !!u.roles?.concessive;
    if (marker) { c++; s++; }
    clause[i] = c;
    segment[i] = s;
    if (marker || u.brk) c++;
    if (marker || u.brk === 2) s++;
  }
  let contrastAhead = false;
  for (let i = n - 1; i >= 0; i--) {
    if (us[i]!.brk === 2) contrastAhead = false;
    if (contrastAhead) weight[i]! *= BEFORE_CONTRAST;
    if (us[i]!.roles?.contrast && !us[i]!.roles?.concessive) contrastAhead = true;
  }
  const question = us.some((u) => u.text === '?' || u.text === '？');
  for (let i = 0; i < n; i++) {
    const r = us[i]!.roles;
    if (question) damp[i]! *= QUESTION;
    if (r?.concessive) for (let j = i + 1; j < n && !stops(us[j]); j++) weight[j]! *= CONCESSIVE;
    if (r?.uncertain) for (let j = i + 1; j < n && us[j]!.brk === undefined; j++) damp[j]! *= UNCERTAIN;
  }
  return { clause, segment, weight, damp };
}

/** Whether a negation governs unit i: before it in the window, or (German) clause-final after it. */
function negated(us: readonly Unit[], i: number, german: boolean, english = false): boolean {
  for (let j = i - 1; j >= 0 && j >= i - WINDOW && !stops(us[j]); j--) {
    if (us[j]!.roles?.negator) return true;
    if (english && us[j]!.text === 'to' && tooBefore(us, j)) return true;
    if (judgesAlone(us[j]!.roles)) break;
  }
  if (german) {
    for (let j = i + 1; j < us.length && j <= i + WINDOW && !stops(us[j]); j++) {
      if (us[j]!.roles?.negator && stops(us[j + 1])) return true;
    }
  }
  return false;
}

/** "too stiff to": an excess word within two units before this "to". */
function tooBefore(us: readonly Unit[], to: number): boolean {
  for (let j = to - 1; j >= 0 && j >= to - 2 && !stops(us[j]); j--) if (us[j]!.roles?.excess && us[j]!.text !== 'runs' && us[j]!.text !== 'run') return true;
  return false;
}

/** The modifiers (intensifier, hedge, excess) in the window before unit i, as one factor. */
function modifier(us: readonly Unit[], i: number, base: number): number {
  let f = 1;
  const seen = new Set<string>();
  for (let j = i - 1; j >= 0 && j >= i - WINDOW && !stops(us[j]); j--) {
    const r = us[j]!.roles;
    if (!r) continue;
    if (judgesAlone(r)) break;
    if (r.excess && !seen.has('x')) { seen.add('x'); f *= base < 0 ? EXCESS_ON_COMPLAINT : EXCESS_ON_PRAISE; }
    else if (r.intensifier && !seen.has('i')) { seen.add('i'); f *= INTENSIFY; }
    else if (r.hedge && !seen.has('h')) { seen.add('h'); f *= HEDGE; }
  }
  return f;
}

/** A size word's complaint: −1 after "too", −0.6 after a hedge, within two units. */
function sizeComplaint(us: readonly Unit[], i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 2 && !stops(us[j]); j--) {
    const r = us[j]!.roles;
    if (r?.excess) return EXCESS_SIZE;
    if (r?.hedge) return HEDGED_SIZE;
  }
  return 0;
}

interface Op {
  i: number;
  value: number;
  /** A size complaint ("too small") with no aspect of its own. */
  size?: boolean;
}

function opinions(us: readonly Unit[], lang: ReviewLang): Op[] {
  const ops: Op[] = [];
  const german = lang === 'de';
  for (let i = 0; i < us.length; i++) {
    const u = us[i]!;
    const r = u.roles;
    if (!r) continue;
    let base = ownPolarity(r);
    if (base !== 0 && intensifies(us, i)) base = 0;
    let size = false;
    let value: number;
    if (r.dimension && (base === 0 || r.aspects?.length)) {
      const s = sizeComplaint(us, i);
      if (s !== 0) { value = s; size = !r.aspects?.some((a) => a.polarity !== 0); }
      else if (base === 0) continue;
      else value = base * modifier(us, i, base);
    } else if (base === 0) {
      // "too"/有点 before a word the lexicon does not know: a complaint about that word.
      const next = us[i + 1];
      const unknownNext = next && !next.roles && next.brk === undefined
        && (lang === 'zh' ? !!next.han && !CN_STOP_CHARS.test(next.text) : /^\p{L}/u.test(next.text));
      if (unknownNext && r.excess && lang !== 'en') ops.push({ i: i + 1, value: negated(us, i, german) ? EXCESS_UNKNOWN * NEGATED : EXCESS_UNKNOWN });
      else if (unknownNext && r.hedge && lang === 'zh') ops.push({ i: i + 1, value: negated(us, i, german) ? HEDGED_UNKNOWN * NEGATED : HEDGED_UNKNOWN });
      continue;
    } else value = base * modifier(us, i, base);
    if (negated(us, i, german, lang === 'en')) value *= NEGATED;
    ops.push({ i, value, ...(size ? { size } : {}) });
  }
  return ops;
}

interface Mention {
  aspect: Aspect;
  i: number;
  /** Sum of the judgements it received; undefined while it has none. */
  score?: number;
  /** A presence complaint (an odour, a noise) that a judgement of it replaces ("lovely smell"). */
  presence?: boolean;
}

function assign(us: readonly Unit[], ops: readonly Op[], st: Structure): Mention[] {
  const mentions: Mention[] = [];
  const opAt = new Map<number, Op>();
  for (const op of ops) opAt.set(op.i, op);
  for (let i = 0; i < us.length; i++) {
    if (intensifies(us, i)) continue;
    for (const a of us[i]!.roles?.aspects ?? []) {
      const own = opAt.get(i);
      mentions.push({
        aspect: a.aspect,
        i,
        ...(a.polarity !== 0 && own ? { score: own.value * Math.sign(a.polarity) * Math.sign(ownPolarity(us[i]!.roles) || 1) } : {}),
        ...(a.presence ? { presence: true } : {}),
      });
    }
  }
  const aspectUnits = [...new Set(mentions.map((m) => m.i))];
  const clausesWithOps = new Set(ops.map((o) => st.clause[o.i]!));
  for (const op of ops) {
    if (us[op.i]!.roles?.aspects?.some((a) => a.polarity !== 0)) continue;
    const c = st.clause[op.i]!;
    let target = nearest(aspectUnits.filter((k) => st.clause[k] === c), op.i);
    if (target === undefined && !op.size) {
      const seg = st.segment[op.i];
      target = nearest(aspectUnits.filter((k) => !clausesWithOps.has(st.clause[k]!) && st.segment[k] === seg), op.i);
    }
    if (target === undefined) {
      if (op.size) mentions.push({ aspect: 'size-fit', i: op.i, score: op.value });
      continue;
    }
    for (const m of mentions) {
      if (m.i !== target) continue;
      m.score = m.presence ? op.value : (m.score ?? 0) + op.value;
      m.presence = false;
    }
  }
  for (const m of mentions) {
    if (m.score !== undefined) continue;
    const k = nearest(ops.filter((o) => st.clause[o.i] === st.clause[m.i]).map((o) => o.i), m.i);
    if (k !== undefined) m.score = opAt.get(k)!.value;
  }
  return materialJudgements(mentions, us, st);
}

/**
 * "flimsy plastic", "materiale poco robusto": a sturdiness word right next to a material
 * word judges the material, not the build (GUIDELINES.md §3.1), so it leaves
 * quality-durability for material.
 */
function materialJudgements(mentions: Mention[], us: readonly Unit[], st: Structure): Mention[] {
  const drop = new Set<Mention>();
  for (const q of mentions) {
    if (q.aspect !== 'quality-durability' || q.score === undefined) continue;
    if (!us[q.i]!.roles?.aspects?.some((a) => a.aspect === 'quality-durability' && a.polarity !== 0)) continue;
    const mat = mentions.find((m) => m.aspect === 'material' && m.i !== q.i && Math.abs(m.i - q.i) <= 2 && st.clause[m.i] === st.clause[q.i]
      && !us[m.i]!.roles?.aspects?.some((a) => a.aspect === 'material' && a.polarity !== 0));
    if (!mat) continue;
    mat.score = q.score;
    drop.add(q);
  }
  return drop.size ? mentions.filter((m) => !drop.has(m)) : mentions;
}

/** The index in `candidates` nearest to i (ties: the one before i). */
function nearest(candidates: readonly number[], i: number): number | undefined {
  let best: number | undefined;
  for (const k of candidates) {
    if (k === i) continue;
    if (best === undefined || Math.abs(k - i) < Math.abs(best - i) || (Math.abs(k - i) === Math.abs(best - i) && k < i)) best = k;
  }
  return best;
}

/**
 * The main clauses decide: judgements outside any contrast or concession add their sum; the
 * others add theirs at their weight when they agree and are left out when they disagree
 * ("质量不错，就是有点味道" is negative however strong 不错 is). With no judgement in a main
 * clause, the rest speaks at full strength.
 */
function sentenceScore(ops: readonly Op[], st: Structure): number {
  let main = 0;
  let minor = 0;
  let maxW = 0;
  for (const o of ops) {
    const w = st.weight[o.i]!;
    const v = o.value * st.damp[o.i]!;
    if (w >= 1) main += v;
    else { minor += v * w; maxW = Math.max(maxW, w); }
  }
  if (main === 0) return maxW > 0 ? minor / maxW : 0;
  return Math.sign(minor) === Math.sign(main) ? main + minor : main;
}

/** Reads one sentence in `lang`. */
export function readSentence(text: string, lang: ReviewLang): SentenceReading {
  const us = units(text, lang);
  const st = structure(us);
  const ops = opinions(us, lang);
  const mentions = assign(us, ops, st);

  const score = sentenceScore(ops, st);

  const byAspect = new Map<Aspect, { sum: number; maxW: number }>();
  for (const m of mentions) {
    const e = byAspect.get(m.aspect) ?? { sum: 0, maxW: 0 };
    if (m.score !== undefined && m.score !== 0) {
      e.sum += m.score * st.weight[m.i]! * st.damp[m.i]!;
      e.maxW = Math.max(e.maxW, st.weight[m.i]!);
    }
    byAspect.set(m.aspect, e);
  }
  const aspects = [...byAspect].map(([aspect, e]) => {
    const s = e.maxW > 0 ? e.sum / e.maxW : 0;
    return { aspect, score: s, sentiment: sideOf(s) };
  });

  const german = lang === 'de';
  let returns = false;
  const reasonHits: { reason: ReturnReason; w: number; i: number }[] = [];
  us.forEach((u, i) => {
    const r = u.roles;
    if (!r?.returns && !r?.reasons) return;
    if (negated(us, i, german) || st.damp[i]! < 1) return;
    if (r.returns) returns = true;
    for (const reason of r.reasons ?? []) reasonHits.push({ reason, w: st.weight[i]!, i });
  });
  const reasons = [...new Set(reasonHits.sort((a, b) => b.w - a.w || a.i - b.i).map((h) => h.reason))];
  return { score, sentiment: sideOf(score), aspects, returns, reasons, units: us };
}
