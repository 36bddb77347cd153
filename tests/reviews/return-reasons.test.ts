import { describe, expect, it } from 'vitest';
import { analyseReviews } from '../../lib/analyses/reviews';
import { RETURN_IMPACT } from '../../lib/analyses/reviews/lexicon/labels';
import { RETURN_REASONS } from '../../lib/schema';
import { filler, review } from './support';

/** Return reasons: the taxonomy of domain-rules §6, severity = share × impact. */
describe('return reasons from complaints and return statements', () => {
  it.each([
    ['It arrived damaged, the box was crushed.', 'damaged'],
    ['They sent the wrong size.', 'wrong-or-missing'],
    ['Two screws were missing.', 'wrong-or-missing'],
    ['Runs small, I had to send it back.', 'size-fit'],
    ['Looks nothing like the picture.', 'not-as-described'],
    ['Not as described at all.', 'not-as-described'],
    ['Stopped working after a week.', 'quality-defect'],
    ['It smells awful, like chemicals.', 'quality-defect'],
    ['Clearly a fake.', 'counterfeit'],
    ['Never arrived, still waiting.', 'logistics'],
    ['Way too expensive for what it is.', 'price'],
    ['Ordered by mistake, returned it.', 'changed-mind'],
    ['I returned it.', 'other'],
    ['尺码偏小，退货了', 'size-fit'],
    ['卖家发错货了', 'wrong-or-missing'],
    ['收到的是假货', 'counterfeit'],
    ['包装破损，东西也压坏了', 'damaged'],
    ['Leider zu klein, zurückgeschickt.', 'size-fit'],
    ['Arrivé abîmé.', 'damaged'],
    ['Prodotto difettoso, reso.', 'quality-defect'],
    ['Llegó roto.', 'damaged'],
  ] as const)('%s → %s', (body, reason) => {
    const rows = analyseReviews({ reviews: [review(body, 1), ...filler(4)] }).returnReasons;
    expect(rows.map((r) => r.reason)).toEqual([reason]);
    expect(rows[0]).toMatchObject({ mentions: 1, share: 20, impact: RETURN_IMPACT[reason], severity: 20 * RETURN_IMPACT[reason] });
    expect(rows[0]!.quotes[0]).toMatchObject({ reviewIndex: 0, rating: 1 });
  });

  it.each([
    ['A bit small, but I love it.', 'a tolerated flaw in a happy sentence'],
    ['Arrived undamaged and on time.', 'a negated complaint'],
    ['Nothing was missing.', 'a negated cue'],
    ['No need to return anything, works great.', 'a negated return'],
    ['I hope it will not break.', 'a worry'],
  ])('%s → none (%s)', (body) => {
    expect(analyseReviews({ reviews: [review(body, 4), ...filler(4)] }).returnReasons).toEqual([]);
  });

  it('orders rows by severity = share (percent) × impact', () => {
    const reviews = [
      review('Arrived damaged.', 1), review('Arrived damaged, box crushed.', 1),
      review('Fake, not the real brand.', 1),
      review('Runs small.', 2),
      review('Changed my mind, returned it.', 3),
      ...filler(5),
    ];
    const rows = analyseReviews({ reviews }).returnReasons;
    expect(rows.map((r) => [r.reason, r.mentions, r.share, r.impact, r.severity])).toEqual([
      ['damaged', 2, 20, 4, 80],
      ['counterfeit', 1, 10, 5, 50],
      ['size-fit', 1, 10, 3, 30],
      ['changed-mind', 1, 10, 1, 10],
    ]);
    expect(rows[0]!.label).toEqual({ zh: '包装/商品破损', en: 'Arrived damaged' });
  });

  it('has an impact of 1–5 for every reason, seller-caused reasons above buyer-caused ones', () => {
    for (const r of RETURN_REASONS) expect(RETURN_IMPACT[r]).toBeGreaterThanOrEqual(1);
    for (const r of RETURN_REASONS) expect(RETURN_IMPACT[r]).toBeLessThanOrEqual(5);
    expect(RETURN_IMPACT.damaged).toBeGreaterThan(RETURN_IMPACT['changed-mind']);
    expect(RETURN_IMPACT.counterfeit).toBe(5);
  });
});
