import { describe, expect, it } from 'vitest';
import { classifyByCues } from '../../lib/analyses/fabe/baseline';
import { classifyStatement } from '../../lib/analyses/fabe/classify';
import { detectLang } from '../../lib/analyses/fabe/lang';
import { FABE_PARTS } from '../../lib/schema';
import { contextOf, loadItems, SANITY } from './dataset';
import { score } from './metrics';

/** The hand-made sanity set (tests/fixtures/fabe/sanity.jsonl), written from the definitions before any run. */
const sanity = loadItems(SANITY);

describe('classifyStatement on the hand-made sanity set', () => {
  it('scores a macro-F1 of at least 0.85 and beats the cue-table baseline', () => {
    const gold = sanity.map((i) => i.part);
    const mine = score(gold, sanity.map((i) => classifyStatement(i.text, i.lang, contextOf(i)).part));
    const base = score(gold, sanity.map((i) => classifyByCues(i.text, i.lang).part));
    expect(mine.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(mine.macroF1).toBeGreaterThan(base.macroF1);
  });

  it.each(FABE_PARTS.map((p) => [p]))('finds most %s statements in every language of the set', (part) => {
    const items = sanity.filter((i) => i.part === part);
    const right = items.filter((i) => classifyStatement(i.text, i.lang, contextOf(i)).part === part).length;
    expect(right / items.length).toBeGreaterThanOrEqual(0.75);
  });
});

describe('classifyStatement', () => {
  it.each([
    ['a spec row of a material', 'Material: 100% cotton', 'en', { origin: 'spec' as const }, 'F'],
    ['a catalogue row', 'Brand: Acme', 'en', { origin: 'spec' as const }, 'none'],
    ['a 品牌 row', '品牌: 某某', 'zh', { origin: 'spec' as const }, 'none'],
    ['an audience row', '适用年龄: 18-24周岁', 'zh', { origin: 'spec' as const }, 'B'],
    ['a question in a review', 'Does it fit a queen size bed?', 'en', { origin: 'review' as const, rating: 3 }, 'none'],
    ['a care instruction', 'Please wash separately in cold water', 'en', { origin: 'bullet' as const }, 'none'],
    ['a certification', 'Certified by SGS and tested in our lab', 'en', { origin: 'bullet' as const }, 'E'],
  ])('%s → %s', (_name, text, lang, context, part) => {
    expect(classifyStatement(text, lang, context).part).toBe(part);
  });

  it('says which cue decided, with a confidence between 0 and 1', () => {
    const c = classifyStatement('Ideal for camping, road trips and long flights', 'en', { origin: 'bullet' });
    expect(c.part).toBe('B');
    expect(c.cue).toMatch(/ideal for/i);
    expect(c.confidence).toBeGreaterThan(0.2);
    expect(c.confidence).toBeLessThanOrEqual(1);
  });

  it('works without a language or a source', () => {
    const c = classifyStatement('让您随时随地喝上热水');
    expect(FABE_PARTS).toContain(c.part);
    expect(c.part).toBe('B');
  });
});

describe('detectLang', () => {
  it.each([
    ['采用304不锈钢内胆', undefined, 'zh'],
    ['The battery lasts all day', 'de-DE', 'en'],
    ['Material: Polyester', 'de-DE', 'de'],
    ['Livraison rapide et produit conforme', undefined, 'fr'],
    ['Lo uso da sei mesi e funziona ancora', undefined, 'it'],
    ['Llegó rápido y funciona muy bien para la cocina', undefined, 'es'],
  ])('%s (%s) → %s', (text, hint, lang) => {
    expect(detectLang(text, hint)).toBe(lang);
  });
});

describe('classifyByCues (the baseline)', () => {
  it.each([
    ['采用304不锈钢', 'F', '采用'],
    ['比普通杯子更保温', 'A', '比普通杯子更'],
    ['让您轻松出行', 'B', '您'],
    ['通过SGS检测', 'E', 'SGS'],
    ['Made of cotton, lets you relax', 'F', 'Made of'],
    ['Stronger than steel', 'A', 'Stronger'],
    ['Great product', 'none', undefined],
  ])('%s → %s', (text, part, cue) => {
    const c = classifyByCues(text);
    expect(c.part).toBe(part);
    if (cue) expect(c.cue).toContain(cue);
  });
});
