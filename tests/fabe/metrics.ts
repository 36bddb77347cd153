import { FABE_PARTS, type FabePart } from '../../lib/schema';

/** Precision, recall and F1 per part, macro-F1 and the confusion matrix of one prediction run. */

export interface PartScore {
  part: FabePart;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Scores {
  n: number;
  accuracy: number;
  perPart: PartScore[];
  /** Mean F1 over the parts that occur in the gold labels or the predictions. */
  macroF1: number;
  /** confusion[gold][predicted] = count. */
  confusion: Record<FabePart, Record<FabePart, number>>;
}

export function score(gold: readonly FabePart[], predicted: readonly FabePart[]): Scores {
  const confusion = Object.fromEntries(FABE_PARTS.map((g) => [g, Object.fromEntries(FABE_PARTS.map((p) => [p, 0]))])) as Scores['confusion'];
  gold.forEach((g, i) => { confusion[g][predicted[i]!]++; });
  const perPart = FABE_PARTS.map((part): PartScore => {
    const tp = confusion[part][part];
    const predictedN = FABE_PARTS.reduce((s, g) => s + confusion[g][part], 0);
    const support = FABE_PARTS.reduce((s, p) => s + confusion[part][p], 0);
    const precision = predictedN ? tp / predictedN : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { part, precision, recall, f1, support };
  });
  const present = perPart.filter((p) => p.support > 0 || FABE_PARTS.some((g) => confusion[g][p.part] > 0));
  const correct = FABE_PARTS.reduce((s, p) => s + confusion[p][p], 0);
  return {
    n: gold.length,
    accuracy: gold.length ? correct / gold.length : 0,
    perPart,
    macroF1: present.length ? present.reduce((s, p) => s + p.f1, 0) / present.length : 0,
    confusion,
  };
}
