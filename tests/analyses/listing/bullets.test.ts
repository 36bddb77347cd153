import { describe, expect, it } from 'vitest';
import { opensWithHeading } from '../../../lib/analyses/listing/rules/bullet-content';
import { checkOf, expectWellFormed, GOOD_BULLETS, issue, readOf, score } from './reads';

/** Amazon bullets: weights count 5, length 4, front-loaded 4, banned-claims 7 (weights.ts). */

const bulletsRead = (bullets: string[]) => readOf('amazon', { title: 'Acme Water Bottle', bullets });

describe('listing.bullets.count', () => {
  it.each([
    // [bullets, status, earned of 5]
    [1, 'fail', 0],
    [2, 'fail', 0],
    [3, 'warn', 2.5],
    [4, 'warn', 2.5],
    [5, 'pass', 5],
    [7, 'pass', 5],
  ] as const)('%i bullets → %s, earns %d', (n, status, earned) => {
    const bullets = Array.from({ length: n }, (_, i) => GOOD_BULLETS[i % GOOD_BULLETS.length]!);
    const c = checkOf(score(bulletsRead(bullets)), 'listing.bullets.count');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
    expect(c.value).toBe(n === 1 ? '1 bullet' : `${n} bullets`);
    expect(c.message.en).toContain(`${n} bullet point`);
    expect(c.message.zh).toContain(`${n} 条五点描述`);
  });

  it('fails every bullet check when the page shows none (the whole section is missing)', () => {
    const s = score(readOf('amazon', { title: 'Acme Water Bottle' }));
    const section = s.checks.filter((c) => c.section === 'bullets');
    expect(section.map((c) => [c.rule, c.status, c.weight, c.earned])).toEqual([
      ['listing.bullets.count', 'fail', 5, 0],
      ['listing.bullets.length', 'fail', 4, 0],
      ['listing.bullets.front-loaded', 'fail', 4, 0],
      ['listing.bullets.banned-claims', 'fail', 7, 0],
    ]);
    expect(s.sections.find((x) => x.section === 'bullets')).toEqual({ section: 'bullets', earned: 0, weight: 20 });
  });

  it('is unknown, not failed, when the reader could not read the bullets', () => {
    const s = score(readOf('amazon', { title: 'Acme Water Bottle' }, { issues: [issue('bullets', 'feature-bullets block not found')] }));
    for (const c of s.checks.filter((x) => x.section === 'bullets')) {
      expectWellFormed(c);
      expect(c.status).toBe('unknown');
      expect(c.message.en).toContain('feature-bullets block not found');
    }
    expect(s.sections.find((x) => x.section === 'bullets')).toEqual({ section: 'bullets', earned: 0, weight: 0 });
  });

  it.each(['taobao', 'tmall', 'jd'] as const)('%s has no bullet rules, even when a read carries bullets', (m) => {
    const s = score(readOf(m, { title: '测试商品', bullets: ['卖点一'] }));
    expect(s.checks.some((c) => c.section === 'bullets')).toBe(false);
    expect(s.sections.some((x) => x.section === 'bullets')).toBe(false);
  });
});

describe('listing.bullets.length', () => {
  const long = 'x'.repeat(256);
  it.each([
    // [bullets, status, earned of 4, which bullets the message names]
    [GOOD_BULLETS, 'pass', 4, ''],
    [[...GOOD_BULLETS.slice(0, 4), 'Imported'], 'warn', 2, 'Bullet 5: 8 characters'],
    [[long, ...GOOD_BULLETS.slice(1)], 'warn', 2, 'Bullet 1: 256 characters'],
    [['1234567890', 'y'.repeat(255)], 'pass', 4, ''],
  ] as const)('case %#: %s', (bullets, status, earned, names) => {
    const c = checkOf(score(bulletsRead([...bullets])), 'listing.bullets.length');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
    if (names) expect(c.message.en).toContain(names);
  });

  it('follows the user\'s bullet limits', () => {
    const c = checkOf(score(bulletsRead(GOOD_BULLETS), { config: { limits: { amazonBulletMaxChars: 50 } } }), 'listing.bullets.length');
    expect(c.status).toBe('warn');
    expect(c.message.en).toContain('10–50');
  });
});

describe('listing.bullets.front-loaded', () => {
  it.each([
    ['LEAKPROOF LID: seals tight', true],
    ['【Easy to Clean】 wide mouth', true],
    ['[Keeps Cold] for 24 hours', true],
    ['DOUBLE WALL vacuum steel', true],
    ['Keeps drinks cold – double-wall steel', true],
    ['Made of 304 stainless steel, 750 ml', false],
    ['USB-C charging port on the side', false],
    ['This bottle is made of steel. Material: 304', false],
    ['22.5W fast charging for phones', false],
  ] as const)('"%s" opens with a heading: %s', (text, expected) => {
    expect(opensWithHeading(text)).toBe(expected);
  });

  it.each([
    // [bullets, status, earned of 4]: all → pass; at least half → warn; fewer → fail
    [GOOD_BULLETS, 'pass', 4],
    [['Lets you carry cold water anywhere you go.', 'Made of 304 stainless steel.'], 'warn', 2],
    [[...GOOD_BULLETS.slice(0, 2), 'Made of 304 stainless steel.', 'Package includes 2 lids.', 'Weight is 300 g.'], 'fail', 0],
  ] as const)('case %#: %s', (bullets, status, earned) => {
    const c = checkOf(score(bulletsRead([...bullets])), 'listing.bullets.front-loaded');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
  });

  it('names the bullets that open on a plain fact', () => {
    const c = checkOf(score(bulletsRead([GOOD_BULLETS[0]!, 'Made of 304 stainless steel, 750 ml.'])), 'listing.bullets.front-loaded');
    expect(c.message.en).toContain('bullet 2 opens with a plain fact ("Made of 304 stainless steel")');
    expect(c.message.zh).toContain('第 2 条以产品事实开头');
    expect(c.fix?.message.en).toContain('bullet 2');
  });
});

describe('listing.bullets.banned-claims', () => {
  it('passes clean bullets', () => {
    const c = checkOf(score(bulletsRead(GOOD_BULLETS)), 'listing.bullets.banned-claims');
    expectWellFormed(c);
    expect(c.status).toBe('pass');
    expect(c.earned).toBe(7);
  });

  it.each([
    // [bullet 2, status, earned of 7, word the message names]. A pesticide word is a warn in
    // the claim list (fine with an EPA number), a refund promise, placeholder or © a fail.
    ['ANTIBACTERIAL COATING: stops odour on the lid.', 'warn', 3.5, 'antibacterial'],
    ['PEACE OF MIND: full refund if you are not satisfied.', 'fail', 0, 'full refund'],
    ['SPEC: TBD', 'fail', 0, 'TBD'],
    ['GIFT READY: comes with a © card for mum.', 'fail', 0, '©'],
  ] as const)('flags "%s" in bullet 2', (text, status, earned, word) => {
    const c = checkOf(score(bulletsRead([GOOD_BULLETS[0]!, text, GOOD_BULLETS[2]!])), 'listing.bullets.banned-claims');
    expectWellFormed(c);
    expect(c.status).toBe(status);
    expect(c.earned).toBe(earned);
    expect(c.value).toBe('1 of 3 bullets flagged');
    expect(c.message.en.startsWith('Bullet 2: ')).toBe(true);
    expect(c.message.en.toLowerCase()).toContain(word.toLowerCase());
    expect(c.message.zh).toContain('第 2 条：');
    expect(c.fix?.message.en).toContain('Bullet 2');
  });
});
