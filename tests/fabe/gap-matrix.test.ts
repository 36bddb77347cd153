import { describe, expect, it } from 'vitest';
import { buildFabeTable, gapMatrix } from '../../lib/analyses/fabe';
import { canonicalKey } from '../../lib/analyses/fabe/themes';
import { GapMatrixSchema, type FabeTable } from '../../lib/schema';
import { BOTTLE_EN, BOTTLE_ZH, COMPETITOR_EN } from '../fixtures/fabe/products';

const table = (productId: string, themes: [string, Partial<{ F: number; A: number; B: number; supported: boolean }>][]): FabeTable => ({
  marketplace: 'amazon', productId, lang: 'en', statements: [],
  chains: themes.map(([theme, p], i) => ({
    id: `c${i}`, theme, features: p.F ? ['s'] : [], advantages: p.A ? ['s'] : [], benefits: p.B ? ['s'] : [],
    evidence: [], unsupported: !p.supported, strength: 1,
  })),
});

describe('gapMatrix', () => {
  const mine = table('me', [['Batteries', { F: 1, A: 1 }], ['straw lid', { B: 1 }]]);
  const rivalA = table('a', [['battery', { A: 1, supported: true }], ['防水', { A: 1 }]]);
  const rivalB = table('b', [['waterproof', { F: 1 }], ['carry handle', { B: 1 }]]);
  const g = gapMatrix(mine, [rivalA, rivalB]);

  it('is a valid GapMatrix', () => {
    expect(GapMatrixSchema.safeParse(g).success).toBe(true);
  });

  it('treats plurals, synonyms and Chinese variants as one theme', () => {
    expect(canonicalKey('Batteries')).toBe(canonicalKey('battery'));
    expect(canonicalKey('防水')).toBe(canonicalKey('waterproof'));
    expect(g.themes.filter((t) => /batter/i.test(t))).toHaveLength(1);
  });

  it('names a row by the user’s wording and lists the parts each product claims', () => {
    expect(g.themes).toContain('Batteries');
    expect(g.products[0]!.claims.Batteries).toEqual(['F', 'A']);
    expect(g.products[1]!.claims.Batteries).toEqual(['A', 'E']);
    expect(g.products[2]!.claims.Batteries).toEqual([]);
  });

  it('lists what competitors claim and the user does not, most claimed first', () => {
    expect(g.missingFromMine[0]).toBe('防水');
    expect(g.missingFromMine).toContain('carry handle');
    expect(g.missingFromMine).not.toContain('Batteries');
  });

  it('lists what only the user claims', () => {
    expect(g.onlyMine).toEqual(['straw lid']);
  });

  it('marks the user’s product', () => {
    expect(g.products.map((p) => p.mine)).toEqual([true, false, false]);
  });

  it('compares real tables built from listings', () => {
    const m = gapMatrix(buildFabeTable(BOTTLE_EN)!, [buildFabeTable(COMPETITOR_EN)!, buildFabeTable(BOTTLE_ZH)!]);
    expect(GapMatrixSchema.safeParse(m).success).toBe(true);
    // 304 stainless steel is claimed by all three listings, in English and in Chinese.
    expect(m.themes.filter((t) => canonicalKey(t) === canonicalKey('stainless steel'))).toHaveLength(1);
    expect(m.missingFromMine).not.toContain('stainless steel');
  });
});
