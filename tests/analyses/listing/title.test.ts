import { describe, expect, it } from 'vitest';
import { scoreTitle } from '../../../lib/analyses/title/score-title';
import { checkOf, expectWellFormed, issue, readOf, score } from './reads';

/**
 * The title section: the title scorer's result folded into one check worth
 * weight × score / 100. Expected scores are worked out from the title rules' weights
 * (lib/analyses/title/rules/weights.ts): the Amazon title field has 12 checks worth 108
 * points; one fail of 15 leaves 93 → round(100 × 93 / 108) = 86.
 */

describe('listing.title.score', () => {
  it.each([
    // [title, brand, score, status, earned = 20 × score / 100]
    ['Acme Stainless Steel Water Bottle, 750 ml, Leak-Proof Lid', 'Acme', 100, 'pass', 20, 'every title check passes'],
    ['Acme Water Bottle 750 ml Free Shipping', 'Acme', 86, 'warn', 17.2, '1 check to fix (amazon.promo)'],
  ] as const)('Amazon "%s" scores %i/100', (title, brand, titleScore, status, earned, says) => {
    const s = score(readOf('amazon', { title, brand }));
    const c = checkOf(s, 'listing.title.score');
    expectWellFormed(c);
    expect(c.section).toBe('title');
    expect(c.status).toBe(status);
    expect(c.weight).toBe(20);
    expect(c.earned).toBeCloseTo(earned, 5);
    expect(c.message.en).toContain(`Title scores ${titleScore}/100`);
    expect(c.message.en).toContain(says);
    expect(c.message.zh).toContain(`标题得分 ${titleScore}/100`);
    expect(s.title?.score).toBe(titleScore);
  });

  it('on Taobao weighs 25 and earns 25 × score / 100 (a space warns: 85.5 of 88 → 97)', () => {
    // Taobao title checks weigh 88; taobao.spaces (5) warns → 85.5 → round(97.16) = 97.
    const s = score(readOf('taobao', { title: '云舒 莫代尔吊带背心女修身打底衫中长款', brand: '云舒' }));
    const c = checkOf(s, 'listing.title.score');
    expect(c.weight).toBe(25);
    expect(s.title?.score).toBe(97);
    expect(c.earned).toBeCloseTo(24.25, 5);
    expect(c.status).toBe('pass');
    expect(c.message.zh).toContain('有 1 项需要修改（taobao.spaces）');
  });

  it('passes the keywords and the user config to the title scorer', () => {
    const read = readOf('amazon', { title: 'Acme Stainless Steel Water Bottle, 750 ml, Leak-Proof Lid', brand: 'Acme' });
    const s = score(read, { keywords: ['insulated'] });
    expect(s.title?.checks.some((c) => c.rule === 'keywords.missing' && c.status === 'fail')).toBe(true);
    expect(s.title).toEqual(scoreTitle(read.product!.title!, { marketplace: 'amazon', brand: 'Acme', keywords: ['insulated'] }));
    // The 75-character opt-in changes nothing for a 58-character title; a 40-character cap fails it.
    const capped = score(read, { config: { amazonTitle75: true } });
    expect(capped.title?.score).toBe(100);
    const tight = score(read, { config: { limits: { amazonTitleChars: 40 } } });
    expect(tight.title?.checks.find((c) => c.rule === 'amazon.length')?.status).toBe('fail');
  });

  it('is unknown (weight 0) when the reader could not read the title, and names the issue', () => {
    const s = score(readOf('amazon', {}, { issues: [issue('title', 'title selector matched nothing')] }));
    const c = checkOf(s, 'listing.title.score');
    expectWellFormed(c);
    expect(c.status).toBe('unknown');
    expect(c.message.en).toContain('title selector matched nothing');
    expect(s.title).toBeUndefined();
  });
});
