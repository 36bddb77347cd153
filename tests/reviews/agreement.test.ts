import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * How consistent the review labels are: a second annotator labelled a seeded random sample of
 * 150 sentences blind (text, language, page and stars only; GUIDELINES.md and the schema, no
 * access to labelled.jsonl or the analyser). Agreement bounds what the analyser can be
 * expected to reach, and must not regress when labels are edited.
 */
interface Labels {
  id: string;
  sentiment: string;
  aspects: { aspect: string; sentiment: string }[];
  returnReason?: string;
}

const read = (file: string): Labels[] =>
  readFileSync(join(import.meta.dirname, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labels);

describe('inter-annotator agreement on review sentences', () => {
  const first = new Map(read('labelled.jsonl').map((l) => [l.id, l]));
  const second = read('second-annotator.jsonl');

  it('covers 150 labelled sentences', () => {
    expect(second).toHaveLength(150);
    expect(second.every((s) => first.has(s.id))).toBe(true);
  });

  it('agrees on sentiment (Cohen κ ≥ 0.85) and on aspects (mention-level F1 ≥ 0.90)', () => {
    const a = second.map((s) => first.get(s.id)!.sentiment);
    const b = second.map((s) => s.sentiment);
    const n = a.length;
    const po = a.filter((x, i) => x === b[i]).length / n;
    const pe = ['positive', 'negative', 'neutral'].reduce((s, c) => s + (a.filter((x) => x === c).length / n) * (b.filter((x) => x === c).length / n), 0);
    const kappa = (po - pe) / (1 - pe);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of second) {
      const g = new Set(first.get(s.id)!.aspects.map((x) => x.aspect));
      const p = new Set(s.aspects.map((x) => x.aspect));
      for (const x of p) (g.has(x) ? tp++ : fp++);
      for (const x of g) if (!p.has(x)) fn++;
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    console.log(`[reviews] second annotator on ${n} sentences: sentiment agreement ${po.toFixed(3)}, κ ${kappa.toFixed(3)}; aspect mention F1 ${f1.toFixed(3)}`);
    expect(kappa).toBeGreaterThanOrEqual(0.85);
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
