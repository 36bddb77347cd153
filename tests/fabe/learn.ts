/**
 * The learning machinery of tests/fabe/train.ts, kept apart so that it can be read (and
 * reused) on its own: rows of binary features, a class-balanced multinomial logistic
 * regression with an L2 pull towards the hand-set prior, and GROUP k-fold cross-validation
 * by saved page.
 *
 * Why group k-fold: the statements of one saved page share words that no other page has
 * (the product's name, its parts, the reviewer's pet phrase). With plain k-fold, a weight
 * learnt from such a word on one statement of the page is "validated" on its neighbours,
 * which flatters every page-specific weight. The classifier will be used on pages that
 * are not in the repo, so a validation fold must hold whole pages the training folds
 * never saw.
 */
import { createHash } from 'node:crypto';
import { FABE_PARTS, type FabePart } from '../../lib/schema';
import type { LabelledItem } from './dataset';
import { score } from './metrics';

export const K = FABE_PARTS.length;

/**
 * One training row. `tag` names the view of the statement the row holds ("context": with
 * its origin and rating, as the panel classifies it; "bare": the text alone, as `audit fabe
 * --sentences` does); cross-validation scores each view apart and averages them.
 */
export interface Row { x: Int32Array; y: number; id: string; group: string; tag?: string }

export interface FitOptions {
  lambda: number;
  /** Per feature: how much harder than λ it is held to its prior. */
  strength: Float64Array;
  /** Per feature: the prior weights, K per feature (row-major). */
  w0: Float64Array;
  epochs?: number;
  rate?: number;
}

/**
 * The product a saved page shows: the same chair cover or book sold on five Amazon stores
 * is one product ("amazon/product/de-B01LW7X0JJ-chair-cover.html" → "B01LW7X0JJ"), and its
 * review pages belong to it too. A stricter grouping than by page, for a second check.
 */
export function productOf(page: string): string {
  const m = /^amazon\/(?:product|reviews)\/[a-z]{2}-([A-Z0-9]{10})(?=-)/.exec(page);
  return m ? m[1]! : page;
}

export type Grouping = 'page' | 'product';

/** The rows: feature indices that are on (deduplicated), gold part, id, group (page or product). */
export function toRows(items: readonly LabelledItem[], on: readonly (readonly string[])[], index: ReadonlyMap<string, number>, grouping: Grouping = 'page'): Row[] {
  return items.map((i, n) => ({
    id: i.id,
    group: grouping === 'product' ? productOf(i.page ?? i.id) : (i.page ?? i.id),
    y: FABE_PARTS.indexOf(i.part),
    x: Int32Array.from(new Set(on[n]!.map((f) => index.get(f)).filter((j): j is number => j !== undefined))),
  }));
}

/**
 * Class-balanced cross-entropy (each part weighs as much as the others in total, since the
 * bar is macro-F1) + λ·Σ strength·(w − w_prior)². Full-batch gradient descent, fixed
 * epochs, deterministic. Returns the weights, K per feature.
 */
export function fit(data: readonly Row[], nFeatures: number, o: FitOptions): Float64Array {
  const epochs = o.epochs ?? 400;
  const rate = o.rate ?? 0.5;
  const W = Float64Array.from(o.w0);
  const G = new Float64Array(W.length);
  const counts = FABE_PARTS.map((_, k) => data.filter((r) => r.y === k).length);
  const present = counts.filter((c) => c > 0).length;
  const cw = counts.map((c) => (c ? 1 / (present * c) : 0));
  const s = new Float64Array(K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    G.fill(0);
    for (const r of data) {
      s.fill(0);
      for (const j of r.x) for (let k = 0; k < K; k++) s[k]! += W[j * K + k]!;
      let m = -Infinity;
      for (let k = 0; k < K; k++) if (s[k]! > m) m = s[k]!;
      let z = 0;
      for (let k = 0; k < K; k++) { s[k] = Math.exp(s[k]! - m); z += s[k]!; }
      const w = cw[r.y]!;
      for (let k = 0; k < K; k++) {
        const d = w * (s[k]! / z - (k === r.y ? 1 : 0));
        for (const j of r.x) G[j * K + k]! += d;
      }
    }
    // Gradient step on the data term, then the exact (proximal) step of the L2 pull, which
    // stays stable however strong the pull is.
    for (let j = 0; j < nFeatures; j++) {
      const shrink = 1 / (1 + rate * 2 * o.lambda * o.strength[j]!);
      for (let k = 0; k < K; k++) {
        const i = j * K + k;
        W[i] = o.w0[i]! + (W[i]! - rate * G[i]! - o.w0[i]!) * shrink;
      }
    }
  }
  return W;
}

/** The row's score per part under weights W. */
function scoresOf(W: Float64Array, r: Row): Float64Array {
  const s = new Float64Array(K);
  for (let k = 0; k < K; k++) { let t = 0; for (const j of r.x) t += W[j * K + k]!; s[k] = t; }
  return s;
}

/** The part with the highest score (+ offset); ties keep the earlier part. */
function argmax(s: Float64Array, offsets?: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < K; k++) if (s[k]! + (offsets?.[k] ?? 0) > s[best]! + (offsets?.[best] ?? 0)) best = k;
  return best;
}

export function predict(W: Float64Array, r: Row): number {
  return argmax(scoresOf(W, r));
}

const hash = (s: string) => Number.parseInt(createHash('sha1').update(s).digest('hex').slice(0, 8), 16);

/**
 * Pages → folds: whole pages only, sizes balanced. Pages are taken largest first (ties and
 * order among equals by a hash of the page and the salt) and each goes to the fold that
 * holds the fewest statements so far. A different salt gives a different partition.
 */
export function groupFolds(rows: readonly Row[], folds: number, salt: string): Map<string, number> {
  const size = new Map<string, number>();
  for (const r of rows) size.set(r.group, (size.get(r.group) ?? 0) + 1);
  // Largest pages first but shuffled among themselves by the salt, so repeats differ.
  const pages = [...size.keys()].sort((a, b) => (size.get(b)! - size.get(a)!) || hash(`${salt}:${a}`) - hash(`${salt}:${b}`));
  const load = new Array<number>(folds).fill(0);
  const out = new Map<string, number>();
  // A random tie-break among the lightest folds keeps the repeats from being the same split.
  for (const p of pages) {
    const min = Math.min(...load);
    const light = load.map((l, f) => (l === min ? f : -1)).filter((f) => f >= 0);
    const f = light[hash(`${salt}:fold:${p}`) % light.length]!;
    out.set(p, f);
    load[f]! += size.get(p)!;
  }
  return out;
}

export interface CvResult {
  /** Macro-F1 of the pooled out-of-fold predictions, one per repeat. */
  perRepeat: number[];
  mean: number;
  /** Out-of-fold prediction of every row in the first repeat (for error analysis). */
  oof: Map<string, number>;
  /** F1 per part, mean over repeats. */
  perPart: Record<FabePart, number>;
  /** Macro-F1 of each validation fold (folds × repeats), for a standard error. */
  perFold: number[];
  /** Standard error of the mean macro-F1: SD over folds / √folds. */
  se: number;
  /** Macro-F1 of each view (row tag) in the first repeat. */
  firstByTag: Record<string, number>;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Group k-fold by page, repeated with different page partitions. */
export function groupCV(rows: readonly Row[], nFeatures: number, o: FitOptions, folds = 5, repeats = 3): CvResult {
  const perRepeat: number[] = [];
  const perPart = Object.fromEntries(FABE_PARTS.map((p) => [p, 0])) as Record<FabePart, number>;
  const oof = new Map<string, number>();
  const perFold: number[] = [];
  const firstByTag: Record<string, number> = {};
  const tags = [...new Set(rows.map((r) => r.tag ?? ''))];
  const scores = oofScores(rows, nFeatures, o, folds, repeats);
  for (let rep = 0; rep < repeats; rep++) {
    const foldOf = groupFolds(rows, folds, `repeat${rep}`);
    const predicted = scores[rep]!.map((s) => argmax(s));
    if (rep === 0) rows.forEach((r, n) => oof.set(r.id, predicted[n]!));
    const scoreWhere = (keep: (r: Row) => boolean) => {
      const byTag = tags.map((t) => {
        const idx = rows.map((_, n) => n).filter((n) => (rows[n]!.tag ?? '') === t && keep(rows[n]!));
        return score(idx.map((n) => FABE_PARTS[rows[n]!.y]!), idx.map((n) => FABE_PARTS[predicted[n]!]!));
      });
      return byTag;
    };
    for (let f = 0; f < folds; f++) perFold.push(mean(scoreWhere((r) => foldOf.get(r.group) === f).map((s) => s.macroF1)));
    const byTag = scoreWhere(() => true);
    perRepeat.push(mean(byTag.map((s) => s.macroF1)));
    for (const s of byTag) for (const p of s.perPart) perPart[p.part] += p.f1 / repeats / tags.length;
    if (rep === 0) for (const [n, t] of tags.entries()) firstByTag[t] = byTag[n]!.macroF1;
  }
  const m = perFold.reduce((a, b) => a + b, 0) / perFold.length;
  const sd = Math.sqrt(perFold.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, perFold.length - 1));
  return { perRepeat, mean: perRepeat.reduce((a, b) => a + b, 0) / perRepeat.length, oof, perPart, perFold, se: sd / Math.sqrt(folds), firstByTag };
}

/** Plain k-fold by a hash of the id (statements of one page on both sides), for comparison only. */
export function plainCV(rows: readonly Row[], nFeatures: number, o: FitOptions, folds = 5): number {
  // The views of one statement (`id`, `id#bare`) share a fold.
  const fold = (id: string) => hash(`fold:${id.split('#')[0]}`) % folds;
  const gold: FabePart[] = [];
  const pred: FabePart[] = [];
  for (let f = 0; f < folds; f++) {
    const W = fit(rows.filter((r) => fold(r.id) !== f), nFeatures, o);
    for (const r of rows) if (fold(r.id) === f) { gold.push(FABE_PARTS[r.y]!); pred.push(FABE_PARTS[predict(W, r)]!); }
  }
  return score(gold, pred).macroF1;
}

/** Out-of-fold scores (K per row) of every row, one array per page partition (as groupCV folds them). */
export function oofScores(rows: readonly Row[], nFeatures: number, o: FitOptions, folds = 5, repeats = 3): Float64Array[][] {
  const out: Float64Array[][] = [];
  for (let rep = 0; rep < repeats; rep++) {
    const foldOf = groupFolds(rows, folds, `repeat${rep}`);
    const sc: Float64Array[] = rows.map(() => new Float64Array(K));
    for (let f = 0; f < folds; f++) {
      const W = fit(rows.filter((r) => foldOf.get(r.group) !== f), nFeatures, o);
      rows.forEach((r, n) => { if (foldOf.get(r.group) === f) sc[n] = scoresOf(W, r); });
    }
    out.push(sc);
  }
  return out;
}

/** Mean over the row tags (views) of the macro-F1 of argmax(score + offset). */
export function offsetMacroF1(rows: readonly Row[], scores: readonly Float64Array[], offsets: readonly number[]): number {
  const tags = [...new Set(rows.map((r) => r.tag ?? ''))];
  return mean(tags.map((t) => {
    const gold: FabePart[] = [];
    const pred: FabePart[] = [];
    rows.forEach((r, n) => {
      if ((r.tag ?? '') !== t) return;
      gold.push(FABE_PARTS[r.y]!);
      pred.push(FABE_PARTS[argmax(scores[n]!, offsets)]!);
    });
    return score(gold, pred).macroF1;
  }));
}

/**
 * Per-part offsets added to the scores before the argmax, chosen for macro-F1: the
 * class-balanced loss makes each part's probabilities honest, not its decisions optimal for
 * macro-F1. Coordinate ascent over a grid of −1…1 in steps of 0.05, three passes, maximising
 * the mean over `partitions` of offsetMacroF1; F's offset stays the reference only in the
 * sense that all five move (a shared shift changes nothing).
 */
export function chooseOffsets(rows: readonly Row[], partitions: readonly (readonly Float64Array[])[]): number[] {
  const objective = (b: readonly number[]) => mean(partitions.map((sc) => offsetMacroF1(rows, sc, b)));
  const b = new Array<number>(K).fill(0);
  for (let pass = 0; pass < 3; pass++) {
    for (let k = 0; k < K; k++) {
      let bestValue = b[k]!;
      let bestScore = objective(b);
      for (let step = -20; step <= 20; step++) {
        const trial = [...b];
        trial[k] = step / 20;
        const s = objective(trial);
        if (s > bestScore + 1e-9) { bestScore = s; bestValue = trial[k]!; }
      }
      b[k] = bestValue;
    }
  }
  return b;
}
