import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FabePart } from '../../lib/schema';
import { LABELLED, loadItems } from './dataset';
import { score } from './metrics';

/**
 * How consistent the labels are: a second annotator labelled a seeded random sample of the
 * statements blind (text, language and source only; GUIDELINES.md and the definitions, no
 * access to labelled.jsonl or the classifier). Agreement bounds what any classifier can be
 * expected to reach on this set, and it is a property of the data that must not regress
 * when labels are edited. Two samples, one per labelling round (GUIDELINES.md §6 and §8):
 * the bars are each sample's measured agreement rounded down, so an edit that makes the
 * labels less consistent fails here.
 */
const SAMPLES = [
  { file: 'second-annotator.jsonl', round: 'first round (883 + 113 statements)', size: 160, kappa: 0.85, f1: 0.9 },
  { file: 'second-annotator-2.jsonl', round: 'second round (2,587 statements)', size: 200, kappa: 0.8, f1: 0.83 },
];

function cohensKappa(a: readonly FabePart[], b: readonly FabePart[]): number {
  const n = a.length;
  const parts = [...new Set([...a, ...b])];
  const po = a.filter((x, i) => x === b[i]).length / n;
  const pe = parts.reduce((s, p) => s + (a.filter((x) => x === p).length / n) * (b.filter((x) => x === p).length / n), 0);
  return (po - pe) / (1 - pe);
}

describe.each(SAMPLES)('inter-annotator agreement, $round', ({ file, size, kappa: minKappa, f1: minF1 }) => {
  const first = new Map(loadItems(LABELLED).map((i) => [i.id, i.part]));
  const second = readFileSync(join(import.meta.dirname, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; part: FabePart });
  const a = second.map((s) => first.get(s.id)!);
  const b = second.map((s) => s.part);

  it(`covers ${size} labelled statements`, () => {
    expect(second).toHaveLength(size);
    expect(a.every((p) => p !== undefined)).toBe(true);
  });

  it(`agrees strongly (Cohen κ ≥ ${minKappa}, macro-F1 of one annotator against the other ≥ ${minF1})`, () => {
    const kappa = cohensKappa(a, b);
    const f1 = score(a, b).macroF1;
    console.log(`[fabe] second annotator on ${a.length} statements (${file}): agreement ${(a.filter((x, i) => x === b[i]).length / a.length).toFixed(3)}, κ ${kappa.toFixed(3)}, macro-F1 ${f1.toFixed(3)}`);
    expect(kappa).toBeGreaterThanOrEqual(minKappa);
    expect(f1).toBeGreaterThanOrEqual(minF1);
  });
});
