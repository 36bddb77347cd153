import { ASPECTS, SENTIMENTS, type Aspect, type Sentiment } from '../../lib/schema';

/**
 * Scores for the review evaluation. Aspects are scored per mention (sentence × aspect): a
 * predicted aspect the gold list of the sentence has is a true positive, one it lacks a
 * false positive, a gold aspect not predicted a false negative. "Aspect + side" counts a
 * mention only when its side matches too. Sentence sentiment is scored per class.
 */

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** Gold count. */
  support: number;
  predicted: number;
  tp: number;
}

export function prf(tp: number, predicted: number, support: number): Prf {
  const precision = predicted ? tp / predicted : 0;
  const recall = support ? tp / support : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support, predicted, tp };
}

type Mentions = readonly { aspect: Aspect; sentiment: Sentiment }[];

export interface AspectScores {
  perAspect: Map<Aspect, Prf>;
  micro: Prf;
  /** Mean F1 over aspects that occur in gold or predictions. */
  macroF1: number;
  /** Aspect and side both right. */
  withSide: Prf;
  /** Of the mentions found (aspect right), the share whose side is right too. */
  sideAccuracy: number;
}

export function scoreAspects(gold: readonly Mentions[], predicted: readonly Mentions[]): AspectScores {
  const tp = new Map<Aspect, number>();
  const pred = new Map<Aspect, number>();
  const sup = new Map<Aspect, number>();
  let sideTp = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    for (const m of g) sup.set(m.aspect, (sup.get(m.aspect) ?? 0) + 1);
    for (const m of p) {
      pred.set(m.aspect, (pred.get(m.aspect) ?? 0) + 1);
      const hit = g.find((x) => x.aspect === m.aspect);
      if (hit) { tp.set(m.aspect, (tp.get(m.aspect) ?? 0) + 1); if (hit.sentiment === m.sentiment) sideTp++; }
    }
  });
  const perAspect = new Map<Aspect, Prf>();
  for (const a of ASPECTS) perAspect.set(a, prf(tp.get(a) ?? 0, pred.get(a) ?? 0, sup.get(a) ?? 0));
  const sum = (m: Map<Aspect, number>) => [...m.values()].reduce((s, x) => s + x, 0);
  const present = [...perAspect.values()].filter((x) => x.support > 0 || x.predicted > 0);
  const totalTp = sum(tp);
  return {
    perAspect,
    micro: prf(totalTp, sum(pred), sum(sup)),
    macroF1: present.length ? present.reduce((s, x) => s + x.f1, 0) / present.length : 0,
    withSide: prf(sideTp, sum(pred), sum(sup)),
    sideAccuracy: totalTp ? sideTp / totalTp : 0,
  };
}

export interface SentimentScores {
  perClass: Map<Sentiment, Prf>;
  macroF1: number;
  accuracy: number;
}

export function scoreSentiment(gold: readonly Sentiment[], predicted: readonly Sentiment[]): SentimentScores {
  const perClass = new Map<Sentiment, Prf>();
  for (const c of SENTIMENTS) {
    const tp = gold.filter((g, i) => g === c && predicted[i] === c).length;
    perClass.set(c, prf(tp, predicted.filter((p) => p === c).length, gold.filter((g) => g === c).length));
  }
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return { perClass, macroF1: [...perClass.values()].reduce((s, x) => s + x.f1, 0) / SENTIMENTS.length, accuracy: gold.length ? correct / gold.length : 0 };
}
