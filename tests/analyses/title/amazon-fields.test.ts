import { describe, expect, it } from 'vitest';
import type { TitleContext } from '../../../lib/analyses/title/score-title';
import { checkOf, expectFlagged, expectPass } from './rule-helpers';
import { utf8Bytes } from '../../../lib/analyses/title/tokens';

const terms = (brand?: string): TitleContext => ({ marketplace: 'amazon', field: 'searchTerms', ...(brand ? { brand } : {}) });
const bullet: TitleContext = { marketplace: 'amazon', field: 'bullet' };

describe('amazon.search-terms.bytes (§1.3: under 250 bytes)', () => {
  it('passes 249 bytes and fails 250', () => {
    const base = 'insulated flask thermos tumbler '.repeat(10);
    expectPass(checkOf(base.slice(0, 249), terms(), 'amazon.search-terms.bytes'));
    const over = base.slice(0, 250);
    const check = checkOf(over, terms(), 'amazon.search-terms.bytes');
    expect(check?.status).toBe('fail');
    expect(check?.spans).toEqual([{ start: 249, end: 250 }]);
  });

  it('counts UTF-8 bytes, not characters: 84 Chinese characters are 252 bytes', () => {
    const text = '杯'.repeat(84);
    const check = checkOf(text, terms(), 'amazon.search-terms.bytes');
    expect(check?.status).toBe('fail');
    expect(check?.spans).toEqual([{ start: 83, end: 84 }]);
    expect(check?.message.zh).toContain('252');
    expect(check?.message.en).toContain('252');
  });

  it('offers the field cut at the last whole word within the limit', () => {
    const text = 'insulated flask thermos tumbler '.repeat(10).trim();
    const fixed = checkOf(text, terms(), 'amazon.search-terms.bytes')?.fix?.replacement ?? '';
    expect(utf8Bytes(fixed)).toBeLessThanOrEqual(249);
    expect(text.startsWith(fixed)).toBe(true);
    expect(text[fixed.length]).toBe(' ');
  });
});

describe('amazon.search-terms rules (§1.3)', () => {
  it.each([
    ['amazon.search-terms.brands', 'water bottle nike running gym', undefined, 'nike', 'fail'],
    ['amazon.search-terms.brands', 'acme water bottle gym', 'Acme', 'acme', 'fail'],
    ['amazon.search-terms.brands', 'apple watch band silicone', undefined, 'apple', 'warn'],
    ['amazon.search-terms.asin', 'bottle B07H57DNVV flask', undefined, 'B07H57DNVV', 'fail'],
    ['amazon.search-terms.temporary', 'new water bottle', undefined, 'new', 'fail'],
    ['amazon.search-terms.temporary', 'bottle on sale today', undefined, 'on sale', 'fail'],
    ['amazon.search-terms.subjective', 'best water bottle', undefined, 'best', 'fail'],
    ['amazon.search-terms.subjective', 'cheap flask', undefined, 'cheap', 'fail'],
    ['amazon.search-terms.repeated', 'bottle flask bottles', undefined, 'bottle', 'warn'],
    ['amazon.search-terms.punctuation', 'bottle, flask; tumbler', undefined, ',', 'warn'],
    ['amazon.search-terms.stop-words', 'bottle for the gym', undefined, 'for', 'warn'],
    ['amazon.claims', 'antimicrobial bottle', undefined, 'antimicrobial', 'warn'],
  ])('%s fires on %j', (rule, text, brand, term, status) => expectFlagged(checkOf(text, terms(brand), rule), text, status as 'warn' | 'fail', term));

  it.each([
    ['amazon.search-terms.brands', 'water bottle running gym'],
    ['amazon.search-terms.asin', 'water bottle b07 flask'],
    ['amazon.search-terms.temporary', 'new york skyline poster'],
    ['amazon.search-terms.subjective', 'water bottle flask'],
    ['amazon.search-terms.repeated', 'water bottle flask thermos'],
    ['amazon.search-terms.punctuation', "t-shirt 1.5 l men's"],
    ['amazon.search-terms.stop-words', 'bottle gym hiking'],
  ])('%s passes %j', (rule, text) => expectPass(checkOf(text, terms(), rule)));

  it.each([
    ['amazon.search-terms.punctuation', 'bottle, flask; tumbler', 'bottle flask tumbler'],
    ['amazon.search-terms.stop-words', 'bottle for the gym', 'bottle gym'],
    ['amazon.search-terms.repeated', 'bottle flask bottles tumbler', 'bottle flask tumbler'],
    ['amazon.search-terms.brands', 'water bottle nike gym', 'water bottle gym'],
  ])('%s offers %j as %j', (rule, text, fixed) => {
    expect(checkOf(text, terms(), rule)?.fix?.replacement).toBe(fixed);
  });
});

describe('Amazon bullets (§1.4)', () => {
  it.each([
    ['amazon.bullet.length', 'Too short', 'Too short', 'warn'],
    ['amazon.bullet.special-chars', 'Includes 2 cables™ and more…', '™', 'fail'],
    ['amazon.bullet.special-chars', 'Donâ€™t worry about spills', 'â', 'fail'],
    ['amazon.bullet.emoji', 'Keeps drinks cold 🧊 for 24 hours', '🧊', 'fail'],
    ['amazon.bullet.asin', 'Fits the lid of B07H57DNVV', 'B07H57DNVV', 'fail'],
    ['amazon.bullet.placeholder', 'Material: N/A', 'N/A', 'fail'],
    ['amazon.promo', 'Best seller in kitchen storage since 2020', 'Best seller', 'fail'],
    ['amazon.claims', 'Full refund if you are unhappy with the bottle', 'Full refund', 'fail'],
    ['amazon.contact', 'Questions? Write to help@acme.com any time', 'help@acme.com', 'fail'],
  ])('%s fires on %j', (rule, text, term, status) => {
    const check = checkOf(text, bullet, rule);
    if (rule === 'amazon.bullet.length') {
      expect(check?.status).toBe('warn');
      expect(check?.message.en).toContain('9');
    } else expectFlagged(check, text, status as 'warn' | 'fail', term);
  });

  it('warns on an over-long bullet and points past character 255', () => {
    const text = 'Double-wall vacuum insulation keeps drinks cold for 24 hours. '.repeat(5);
    const check = checkOf(text, bullet, 'amazon.bullet.length');
    expect(check?.status).toBe('warn');
    expect(check?.spans).toEqual([{ start: 255, end: text.length }]);
  });

  const clean = 'LEAKPROOF LID: the twist cap seals tight, so the bottle rides in any bag. Pâte à modeler fits too.';
  it.each(['amazon.bullet.length', 'amazon.bullet.special-chars', 'amazon.bullet.emoji', 'amazon.bullet.asin', 'amazon.bullet.placeholder', 'amazon.contact', 'amazon.claims'])(
    '%s passes a clean bullet',
    (rule) => expectPass(checkOf(clean, bullet, rule)),
  );

  it('lets "great gift" through in bullets (a title-only entry)', () => {
    expectPass(checkOf('A great gift for hikers who want cold water all day long', bullet, 'amazon.promo'));
  });
});
