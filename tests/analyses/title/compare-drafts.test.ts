import { describe, expect, it } from 'vitest';
import { compareDrafts, minedTerms, sharedKeywords } from '../../../lib/analyses/title/compare-drafts';
import { DraftComparisonSchema, type Draft, type DraftComparison, type Marketplace } from '../../../lib/schema';

/**
 * Pairs of drafts with every score worked out by hand from the rules' weights
 * (rules/weights.ts): a pass earns the weight, a warn half, a fail nothing; score =
 * round(100 × earned / possible).
 *
 * Amazon title without a brand (brand-first makes no check): length 15, banned-chars 15,
 * symbols 8, special-chars 3, emoji 4, repeated-word 10, promo 15, claims 15, contact 8,
 * all-caps 5, mobile-front 5 = 103; with keywords + keywords.missing 10 + keywords.stuffed 5
 * = 118. Amazon bullet: length 5, special-chars 10, emoji 10, asin 10, placeholder 10,
 * contact 8, promo 15, claims 15 = 83.
 */

const draft = (id: string, marketplace: Marketplace, more: Partial<Draft>): Draft => ({
  id,
  marketplace,
  name: id,
  title: '',
  bullets: [],
  searchTerms: '',
  keywords: [],
  updatedAt: 1,
  ...more,
});

const compare = (a: Draft, b: Draft, ctx: Parameters<typeof compareDrafts>[2]): DraftComparison => DraftComparisonSchema.parse(compareDrafts(a, b, ctx));
const field = (c: DraftComparison, slot: string) => c.fields.find((f) => f.slot === slot)!;
/** `rule: A status/earned – B status/earned → winner` for the rules where the drafts differ. */
const differing = (c: DraftComparison, slot: string) =>
  field(c, slot)
    .rules.filter((r) => r.statusA !== r.statusB || r.earnedA !== r.earnedB)
    .map((r) => `${r.rule}: ${r.statusA}/${r.earnedA} – ${r.statusB}/${r.earnedB} → ${r.winner}`);

// Zulay, OXO, Kuhn and Joseph each open one title, so none is taken for a brand. Recurring:
// "garlic press" (3 titles) and "silicone peeler" (2); their single words never occur alone.
const COMPETITORS = [
  { title: 'Zulay Garlic Press with Silicone Peeler', position: 1 },
  { title: 'OXO Garlic Press, Stainless Steel', position: 2 },
  { title: 'Kuhn Rikon Garlic Press', position: 3 },
  { title: 'Joseph Silicone Peeler Tube', position: 4 },
];

const SHOUTY = draft('a', 'amazon', {
  title: 'Garlic Press!! Best Seller Stainless Steel Mincer',
  bullets: ['Crushes cloves fast~ no peeling needed, just squeeze', ''],
  keywords: ['garlic press', 'stainless steel'],
});
const CLEAN = draft('b', 'amazon', {
  title: 'Garlic Press Stainless Steel Mincer with Silicone Peeler',
  bullets: ['Crushes cloves in one squeeze with no peeling needed', ''],
  keywords: ['Garlic Press', 'silicone peeler'],
});

describe('compareDrafts: Amazon, "!!" and "Best Seller" against a clean draft', () => {
  const c = compare(SHOUTY, CLEAN, { marketplace: 'amazon', competitorTitles: COMPETITORS });

  it('scores both with the union of their keywords, each once', () => {
    expect(c.keywords).toEqual(['garlic press', 'stainless steel', 'silicone peeler']);
    expect([c.draftA, c.draftB]).toEqual(['a', 'b']);
  });

  it('compares the title and the bullet with text; two empty bullets and empty search terms are left out', () => {
    expect(c.fields.map((f) => f.slot)).toEqual(['title', 'bullet0']);
    expect(field(c, 'bullet0').bullet).toBe(0);
  });

  it.each([
    // A: banned "!!" 0/15, promo "Best Seller" 0/15, silicone peeler missing → warn 5/10: 83/118 = 70.3.
    // B: everything passes, all three keywords in: 118/118.
    ['title', 70, 100, -30, 'b'],
    // A: "~" is banned in bullets, special-chars 0/10: 73/83 = 88.0. B: 83/83.
    ['bullet0', 88, 100, -12, 'b'],
  ] as const)('%s: A %i, B %i, difference %i, verdict %s', (slot, a, b, difference, verdict) => {
    expect(field(c, slot)).toMatchObject({ scoreA: a, scoreB: b, difference, verdict });
  });

  it('says which rules A fails and B passes; the rest tie', () => {
    expect(differing(c, 'title')).toEqual([
      'amazon.banned-chars: fail/0 – pass/15 → b',
      'amazon.promo: fail/0 – pass/15 → b',
      'keywords.missing: warn/5 – pass/10 → b',
    ]);
    expect(field(c, 'title').rules.filter((r) => r.winner === 'tie').map((r) => r.rule)).toEqual([
      'amazon.length',
      'amazon.symbols',
      'amazon.special-chars',
      'amazon.emoji',
      'amazon.repeated-word',
      'amazon.claims',
      'amazon.contact',
      'amazon.all-caps',
      'amazon.mobile-front',
      'keywords.stuffed',
    ]);
    expect(differing(c, 'bullet0')).toEqual(['amazon.bullet.special-chars: fail/0 – pass/10 → b']);
  });

  it('keeps each side’s explanation for the UI', () => {
    const promo = field(c, 'title').rules.find((r) => r.rule === 'amazon.promo')!;
    expect(promo.messageA?.en).toContain('Best Seller');
    expect(promo.messageB?.en).toBe('No promotional or subjective wording in the title.');
  });

  it('lists which keywords each title has and whether they are in the first 80 characters', () => {
    expect(c.keywordRows.map((k) => [k.keyword, k.inA, k.inB, k.frontLoadedA, k.frontLoadedB])).toEqual([
      ['garlic press', true, true, true, true],
      ['stainless steel', true, true, true, true],
      ['silicone peeler', false, true, false, true],
    ]);
  });

  it('looks up the terms competitors share in both titles, spelt as most competitors spell them', () => {
    expect(c.competitorTerms).toEqual([
      { term: 'Garlic Press', competitors: 3, inA: true, inB: true },
      { term: 'Silicone Peeler', competitors: 2, inA: false, inB: true },
    ]);
  });

  it('counts B the winner of both fields', () => {
    expect(c.wins).toEqual({ a: 0, b: 2, tie: 0 });
  });

  it('mirrors when the drafts swap sides', () => {
    const swapped = compare(CLEAN, SHOUTY, { marketplace: 'amazon', competitorTitles: COMPETITORS });
    expect(swapped.fields.map((f) => [f.slot, f.scoreA, f.scoreB, f.difference, f.verdict])).toEqual([
      ['title', 100, 70, 30, 'a'],
      ['bullet0', 100, 88, 12, 'a'],
    ]);
    expect(swapped.wins).toEqual({ a: 2, b: 0, tie: 0 });
  });
});

describe('compareDrafts: JD titles and short titles', () => {
  // JD title with the brand 禾木 and keyword 保温杯: length 20, brand-first 15, absolute 20,
  // promo 15, keyword-abuse 10, other-brands 10, stuffing 8, keywords.missing 10,
  // front-loaded 5, stuffed 5 = 118. Short title: length 20, symbols 15, brand 10,
  // absolute 20, promo 15, other-brands 10, stuffing 8, contact 8 = 106.
  const a = draft('a', 'jd', { title: '禾木保温杯316不锈钢大容量男女学生水杯', shortTitle: '禾木保温杯500ml', brand: '禾木', keywords: ['保温杯'] });
  // Same words in another order; the short title leaves out the brand and runs to
  // 6 + 3 + 24 = 33 bytes (汉字 2, ASCII 1), over JD's 30.
  const b = draft('b', 'jd', { title: '禾木保温杯大容量316不锈钢男女学生水杯', shortTitle: '保温杯316不锈钢大容量男女学生水杯', keywords: ['保温杯'] });
  const c = compare(a, b, { marketplace: 'jd' });

  it.each([
    // Both titles pass every rule: 118/118 each.
    ['title', 100, 100, 0, 'tie'],
    // A: 禾木保温杯500ml is 10 + 5 = 15 bytes, brand first: 106/106. B: length fails 0/20,
    // the brand is missing → warn 5/10: 81/106 = 76.4.
    ['shortTitle', 100, 76, 24, 'a'],
  ] as const)('%s: A %i, B %i, difference %i, verdict %s', (slot, scoreA, scoreB, difference, verdict) => {
    expect(field(c, slot)).toMatchObject({ scoreA, scoreB, difference, verdict });
  });

  it('uses A’s brand for both, so B’s short title is held to it too', () => {
    expect(differing(c, 'title')).toEqual([]);
    expect(differing(c, 'shortTitle')).toEqual(['jd.short-title.length: pass/20 – fail/0 → a', 'jd.short-title.brand: pass/10 – warn/5 → a']);
    expect(c.wins).toEqual({ a: 1, b: 0, tie: 1 });
  });

  it('takes B’s brand when A’s is blank, and the context’s over both', () => {
    const blank = { ...a, brand: ' ' };
    expect(differing(compare(blank, { ...b, brand: '禾木' }, { marketplace: 'jd' }), 'shortTitle')).toContain('jd.short-title.brand: pass/10 – warn/5 → a');
    // With 保温杯 as the brand, B's short title starts with it and A's does not (A: "禾木…" → warn).
    expect(differing(compare(a, b, { marketplace: 'jd', brand: '保温杯' }), 'shortTitle')).toContain('jd.short-title.brand: warn/5 – pass/10 → b');
  });

  it('has no bullets or search terms to compare on JD', () => {
    expect(c.fields.map((f) => f.slot)).toEqual(['title', 'shortTitle']);
  });
});

describe('compareDrafts: ties', () => {
  // Taobao title + keyword 保温杯: length 20, absolute 20, keyword-abuse 15, other-brands 15,
  // stuffing 10, spaces 5, symbols 3, keywords.missing 10, front-loaded 5, stuffed 5 = 108.
  // A wastes bytes on spaces between Chinese (warn 2.5/5); B puts 保温杯 at bytes 21–26,
  // past the first 20 (front-loaded warn 2.5/5). Both 105.5/108 = 97.7 → 98.
  const a = draft('a', 'taobao', { title: '保温杯 大容量 不锈钢水杯', keywords: ['保温杯'] });
  const b = draft('b', 'taobao', { title: '大容量不锈钢男女学生保温杯', keywords: ['保温杯'] });

  it('ties on score while each draft wins one rule', () => {
    const c = compare(a, b, { marketplace: 'taobao' });
    expect(field(c, 'title')).toMatchObject({ scoreA: 98, scoreB: 98, difference: 0, verdict: 'tie' });
    expect(differing(c, 'title')).toEqual(['taobao.spaces: warn/2.5 – pass/5 → b', 'keywords.front-loaded: pass/5 – warn/2.5 → a']);
    expect(c.keywordRows).toEqual([{ keyword: '保温杯', inA: true, inB: true, frontLoadedA: true, frontLoadedB: false, stuffedA: false, stuffedB: false }]);
    expect(c.wins).toEqual({ a: 0, b: 0, tie: 1 });
  });

  it('gives no winner for a rule only one draft gets (the main keyword’s place when B lacks it)', () => {
    const c = compare(a, draft('b', 'taobao', { title: '大容量不锈钢男女学生水杯' }), { marketplace: 'taobao' });
    const rows = Object.fromEntries(field(c, 'title').rules.map((r) => [r.rule, [r.statusA, r.statusB, r.winner]]));
    // B has none of the keywords: missing fails (0/10); A has it at the front.
    expect(rows['keywords.missing']).toEqual(['pass', 'fail', 'a']);
    expect(rows['keywords.front-loaded']).toEqual(['pass', null, 'tie']);
  });

  it('compares two empty drafts without failing: both empty titles fail the same rules', () => {
    const c = compare(draft('a', 'amazon', {}), draft('b', 'amazon', {}), { marketplace: 'amazon' });
    expect(c.fields.map((f) => [f.slot, f.verdict])).toEqual([['title', 'tie']]);
    expect(field(c, 'title').rules.find((r) => r.rule === 'amazon.length')).toMatchObject({ statusA: 'fail', statusB: 'fail', winner: 'tie' });
    expect([c.keywordRows, c.competitorTerms]).toEqual([[], []]);
  });
});

describe('compareDrafts: the context', () => {
  it('scores both with the keywords it is given instead of the drafts’ own', () => {
    const c = compare(SHOUTY, CLEAN, { marketplace: 'amazon', keywords: ['mincer'] });
    expect(c.keywordRows.map((k) => [k.keyword, k.inA, k.inB])).toEqual([['mincer', true, true]]);
    // Both have the one keyword (missing and stuffed pass), so only the banned characters and
    // the promo wording differ: 88/118 = 74.6 (A) against 118/118.
    expect(field(c, 'title')).toMatchObject({ scoreA: 75, scoreB: 100 });
  });

  it('takes terms already mined instead of mining the titles again', () => {
    const terms = minedTerms(COMPETITORS, 'amazon', 1);
    expect(terms.map((t) => t.term)).toEqual(['Garlic Press']);
    const c = compare(SHOUTY, CLEAN, { marketplace: 'amazon', competitorTerms: terms, competitorTitles: [{ title: 'ignored when terms are given' }] });
    expect(c.competitorTerms).toEqual([{ term: 'Garlic Press', competitors: 3, inA: true, inB: true }]);
    expect(minedTerms([], 'amazon')).toEqual([]);
  });

  it.each([
    [['Garlic Press', 'mincer'], ['garlic  press', 'Mincer', 'peeler'], ['Garlic Press', 'mincer', 'peeler']],
    [[], ['ｇａｒｌｉｃ'], ['ｇａｒｌｉｃ']],
    [['保温杯', ' '], ['保温杯', '水杯'], ['保温杯', '水杯']],
  ])('unites %j and %j as %j', (ka, kb, expected) => {
    expect(sharedKeywords(draft('a', 'amazon', { keywords: ka }), draft('b', 'amazon', { keywords: kb }))).toEqual(expected);
  });
});
