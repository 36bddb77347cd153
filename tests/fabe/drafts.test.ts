import { describe, expect, it } from 'vitest';
import { buildFabeTable, sellingPointDrafts } from '../../lib/analyses/fabe';
import { claimFindings } from '../../lib/analyses/fabe/claim-check';
import { SellingPointDraftSchema, type FabeTable } from '../../lib/schema';
import { BOTTLE_EN, BOTTLE_ZH } from '../fixtures/fabe/products';

/** A table whose only benefit is worded with banned terms, with evidence to draft from. */
function bannedTable(benefit: string, lang: string): FabeTable {
  return {
    marketplace: 'amazon', productId: 'X', lang,
    statements: [{ id: 'b0', text: benefit, lang, source: { origin: 'bullet', index: 0 }, part: 'B', confidence: 0.9 }],
    chains: [{ id: 'c1', theme: 'x', features: [], advantages: [], benefits: ['b0'], evidence: [{ kind: 'number', text: '12 h', stance: 'supports' }], unsupported: false, strength: 3 }],
  };
}

describe('sellingPointDrafts', () => {
  const en = sellingPointDrafts(buildFabeTable(BOTTLE_EN)!);
  const zh = sellingPointDrafts(buildFabeTable(BOTTLE_ZH)!);

  it('drafts one sentence per strong chain in the listing’s language', () => {
    expect(en.length).toBeGreaterThan(0);
    expect(zh.length).toBeGreaterThan(0);
    for (const d of en) expect(d.lang).toBe('en');
    for (const d of zh) expect(d.lang).toBe('zh');
    for (const d of [...en, ...zh]) {
      expect(SellingPointDraftSchema.safeParse(d).success).toBe(true);
      // One sentence: a single closing stop at the end.
      expect(d.text.slice(0, -1)).not.toMatch(/[.!?。！？](\s|$)/u);
    }
  });

  it('builds the draft of the hot-drinks chain from its benefit and a number', () => {
    const hot = en.find((d) => /hot coffee/i.test(d.text))!;
    expect(hot).toBeDefined();
    expect(hot.text).toMatch(/\d/);
    expect(hot.rulesPassed).toBe(true);
  });

  it('respects the limit', () => {
    expect(sellingPointDrafts(buildFabeTable(BOTTLE_EN)!, { limit: 1 })).toHaveLength(1);
  });

  it.each([
    ['The best bottle for you, free shipping', 'en'],
    ['全网第一的保温杯，让您随时喝热水', 'zh'],
    ['FDA approved bottle you can trust', 'en'],
  ])('never offers a draft with a banned term: %s', (benefit, lang) => {
    const drafts = sellingPointDrafts(bannedTable(benefit, lang));
    for (const d of drafts) expect(claimFindings(d.text).filter((f) => f.severity === 'fail')).toEqual([]);
    expect(drafts).toEqual([]);
  });

  it('marks a draft with a restricted (not banned) word as not passing the rules', () => {
    const drafts = sellingPointDrafts(bannedTable('Clinically tested to keep you hydrated', 'en'));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.rulesPassed).toBe(false);
  });

  it('never offers banned words in drafts of any listing', () => {
    for (const d of [...en, ...zh]) expect(claimFindings(d.text).some((f) => f.severity === 'fail')).toBe(false);
  });
});
