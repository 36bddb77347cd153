import { describe, expect, it } from 'vitest';
import type { FabePart } from '../../lib/schema';
import { score } from './metrics';

describe('score', () => {
  it('computes precision, recall, F1 per part and macro-F1 by hand', () => {
    const gold: FabePart[] = ['F', 'F', 'A', 'B', 'none'];
    const pred: FabePart[] = ['F', 'A', 'A', 'B', 'F'];
    const s = score(gold, pred);
    const f = s.perPart.find((p) => p.part === 'F')!;
    expect(f.precision).toBeCloseTo(1 / 2);
    expect(f.recall).toBeCloseTo(1 / 2);
    const a = s.perPart.find((p) => p.part === 'A')!;
    expect(a.precision).toBeCloseTo(1 / 2);
    expect(a.recall).toBe(1);
    // Parts present: F, A, B, none (E neither gold nor predicted). F1: 0.5, 2/3, 1, 0.
    expect(s.macroF1).toBeCloseTo((0.5 + 2 / 3 + 1 + 0) / 4);
    expect(s.confusion.none.F).toBe(1);
    expect(s.accuracy).toBeCloseTo(3 / 5);
  });
});
