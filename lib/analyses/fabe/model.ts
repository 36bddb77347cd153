import { FABE_PARTS, type FabePart } from '../../schema';
import { FEATURE_NAMES } from './features';
import trained from './model.json';
import { priorWeights, type Weights } from './prior';

/**
 * The classifier's weights: model.json when it holds trained weights (tests/fabe/train.ts
 * writes it from the dev split of tests/fabe/labelled.jsonl only), else the hand-set prior.
 * A feature missing from the file keeps its prior weight (0 for words and review-family features).
 */

export interface ModelFile {
  note: string;
  /** What the weights were fitted on; empty for the prior. */
  trainedOn?: {
    file: string;
    split: string;
    items: number;
    /** The views each item was trained in: with its context, and as bare text (train.ts). */
    views?: string[];
    lambda: number;
    reviewStrength?: number;
    /** How much harder than λ the word features are held to 0; words seen in fewer dev statements than `minWordStatements` have no weight. */
    wordStrength?: number;
    minWordStatements?: number;
    epochs: number;
    groupCvMacroF1?: number;
    /** Per-part offsets for macro-F1, already added to the bias row (train.ts). */
    decisionOffsets?: number[];
    groupCvWithOffsets?: number;
  };
  /** feature → [F, A, B, E, none]. */
  weights: Record<string, number[]>;
}

function load(file: ModelFile): Weights {
  const w = priorWeights();
  for (const [f, row] of Object.entries(file.weights)) {
    if (row.length !== FABE_PARTS.length) continue;
    w[f] = Object.fromEntries(FABE_PARTS.map((p, i) => [p, row[i]!])) as Weights[string];
  }
  return w;
}

export const WEIGHTS: Weights = load(trained as ModelFile);
export const MODEL_INFO = trained as ModelFile;

/**
 * Scores per part of the features that are on. Written out per part rather than as a loop
 * over FABE_PARTS (it runs once per statement); each part still adds its weights in the
 * order of `on`, so the sums are the same to the last bit.
 */
export function scoreParts(on: readonly string[], weights: Weights = WEIGHTS): Record<FabePart, number> {
  let F = 0;
  let A = 0;
  let B = 0;
  let E = 0;
  let none = 0;
  for (const f of on) {
    const row = weights[f];
    if (!row) continue;
    F += row.F;
    A += row.A;
    B += row.B;
    E += row.E;
    none += row.none;
  }
  return { F, A, B, E, none };
}

/** Same arithmetic, in the same order, as a max, exp, a left-to-right sum and a division per part. */
export function softmax(s: Record<FabePart, number>): Record<FabePart, number> {
  const max = Math.max(s.F, s.A, s.B, s.E, s.none);
  const eF = Math.exp(s.F - max);
  const eA = Math.exp(s.A - max);
  const eB = Math.exp(s.B - max);
  const eE = Math.exp(s.E - max);
  const eN = Math.exp(s.none - max);
  const z = 0 + eF + eA + eB + eE + eN;
  return { F: eF / z, A: eA / z, B: eB / z, E: eE / z, none: eN / z };
}

export { FEATURE_NAMES };
