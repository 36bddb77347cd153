import { describe, expect, it } from 'vitest';
import { analyseReviews, contradictions, praiseEvidence, themeTrends } from '../../lib/analyses/reviews';
import type { FabeTable } from '../../lib/schema';
import { filler, review } from './support';

/** What the review analysis gives FABE (praise as evidence, complaints against claims) and trends across visits. */
const reviews = [
  review('Very comfortable, I sit in it all day.', 5, { id: 'R1' }),
  review('Comfortable and easy to assemble.', 5, { id: 'R2' }),
  review('So comfortable!', 4, { id: 'R3' }),
  review('The frame broke after a month.', 1, { id: 'R4' }),
  review('Cheap metal, it broke at the joint.', 1, { id: 'R5' }),
  review('Broke within a week, flimsy.', 2, { id: 'R6' }),
  review('The gas lift sinks.', 2, { id: 'R7' }),
  review('Our gas lift failed.', 2, { id: 'R8' }),
  review('Gas lift stopped holding height.', 1, { id: 'R9' }),
  ...filler(3),
];
const analysis = analyseReviews({ reviews });

const statement = (id: string, text: string, part: 'F' | 'A' | 'B', index: number) => ({ id, text, lang: 'en', source: { origin: 'bullet' as const, index }, part, confidence: 0.9 });
const chain = (id: string, theme: string, ids: { F?: string[]; A?: string[]; B?: string[] }) => ({
  id, theme, features: ids.F ?? [], advantages: ids.A ?? [], benefits: ids.B ?? [], evidence: [], unsupported: true, strength: 1,
});
const table: FabeTable = {
  marketplace: 'amazon',
  productId: 'B0TEST',
  lang: 'en',
  statements: [
    statement('b0.0', 'Heavy-duty steel frame built to last for years', 'A', 0),
    statement('b1.0', 'Breathable mesh back keeps you cool', 'B', 1),
    statement('b2.0', 'Class 4 gas lift adjusts the seat height', 'F', 2),
  ],
  chains: [chain('c1', 'frame', { A: ['b0.0'] }), chain('c2', 'mesh', { B: ['b1.0'] }), chain('c3', 'gas lift', { F: ['b2.0'] })],
};

describe('praiseEvidence', () => {
  it('offers each praised theme\'s quotes as supporting review-quote evidence', () => {
    const comfort = praiseEvidence(analysis).find((c) => c.aspect === 'comfort')!;
    expect(comfort).toMatchObject({ mentions: 3, label: { zh: '舒适度', en: 'Comfort' } });
    expect(comfort.evidence.length).toBe(3);
    for (const e of comfort.evidence) expect(e).toMatchObject({ kind: 'review-quote', stance: 'supports' });
    expect(comfort.evidence.map((e) => e.text)).toContain('So comfortable!');
    expect(praiseEvidence(analysis).every((c) => c.aspect !== 'quality-durability')).toBe(true);
  });
});

describe('contradictions', () => {
  const found = contradictions(analysis, table);

  it('flags a durability claim that buyers say breaks', () => {
    const c = found.find((x) => x.chainId === 'c1' && x.complaint.aspect === 'quality-durability')!;
    expect(c).toMatchObject({ theme: 'frame', claims: ['b0.0'], complaint: { mentions: 3 } });
    for (const e of c.evidence) expect(e).toMatchObject({ kind: 'review-quote', stance: 'contradicts' });
  });

  it('flags a claim sharing a complained-about phrase', () => {
    expect(found.some((x) => x.chainId === 'c3' && x.complaint.phrase === 'gas lift')).toBe(true);
  });

  it('leaves claims no complaint speaks against alone', () => {
    expect(found.some((x) => x.chainId === 'c2')).toBe(false);
  });

  it('finds nothing when there is no complaint', () => {
    expect(contradictions(analyseReviews({ reviews: reviews.slice(0, 3) }), table)).toEqual([]);
  });
});

describe('themeTrends across visits', () => {
  const visits = [
    { at: '2024-02-01T10:00:00Z', reviews: [review('The zipper broke.', 1, { id: 'a', date: '2024-01-10' }), review('Very comfortable.', 5, { id: 'b', date: '2024-01-20' }), review('Comfortable, I wear it daily.', 5, { id: 'c', date: '2024-01-25' })] },
    {
      at: '2024-03-15T10:00:00Z',
      reviews: [
        review('The zipper broke.', 1, { id: 'a', date: '2024-01-10' }),
        review('Broke within two days.', 1, { id: 'd', date: '2024-03-02' }),
        review('The strap broke.', 2, { id: 'e', date: '2024-03-05' }),
        review('Handle broke after a week.', 1),
      ],
    },
    { at: '2024-03-20T10:00:00Z', reviews: [review('Handle  broke after a week.', 1)] },
  ];
  const t = themeTrends(visits);

  it('pools the visits, counting a review seen twice once (by id, else by text)', () => {
    expect(t.reviewCount).toBe(6);
    expect(t.duplicates).toBe(2);
  });

  it('dates reviews by their own date, else by the visit, with empty months filled', () => {
    expect(t.periods).toEqual(['2024-01', '2024-02', '2024-03']);
    expect(t.reviewsPerPeriod).toEqual([3, 0, 3]);
  });

  it('follows named themes month by month with a direction', () => {
    const broke = t.themes.find((x) => x.aspect === 'quality-durability' && x.sentiment === 'negative')!;
    expect(broke.counts).toEqual([1, 0, 3]);
    expect(broke.shares).toEqual([33.3, 0, 100]);
    expect(broke.direction).toBe('rising');
    const comfy = t.themes.find((x) => x.aspect === 'comfort' && x.sentiment === 'positive')!;
    expect(comfy.counts).toEqual([2, 0, 0]);
    expect(comfy.direction).toBe('falling');
  });

  it('is empty without visits', () => {
    expect(themeTrends([])).toEqual({ periods: [], reviewsPerPeriod: [], reviewCount: 0, duplicates: 0, themes: [] });
  });
});
