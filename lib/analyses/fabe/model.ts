import { FABE_PARTS, type FabePart } from '../../schema';
import { FEATURE_NAMES } from './features';
import trained from './model.json';
import { priorWeights, type Weights } from './prior';

/**
 * The classifier's weights: model.json when it holds trained weights (tests/fabe/train.ts
 * writes it from the dev split of tests/fabe/labelled.jsonl only), else the hand-set prior.
 * A feature missing from the file keeps its prior weight (0 for term and review-family features).
 */

export interface ModelFile {
  note: string;
  /** What the weights were fitted on; empty for the prior. */
  trainedOn?: { file: string; split: string; items: number; lambda: number; epochs: number };
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

/** Scores per part of the features that are on. */
export function scoreParts(on: readonly string[], weights: Weights = WEIGHTS): Record<FabePart, number> {
  const s: Record<FabePart, number> = { F: 0, A: 0, B: 0, E: 0, none: 0 };
  for (const f of on) {
    const row = weights[f];
    if (!row) continue;
    for (const p of FABE_PARTS) s[p] += row[p];
  }
  return s;
}

export function softmax(s: Record<FabePart, number>): Record<FabePart, number> {
  const max = Math.max(...FABE_PARTS.map((p) => s[p]));
  const e = FABE_PARTS.map((p) => Math.exp(s[p] - max));
  const z = e.reduce((a, b) => a + b, 0);
  return Object.fromEntries(FABE_PARTS.map((p, i) => [p, e[i]! / z])) as Record<FabePart, number>;
}

export { FEATURE_NAMES };
