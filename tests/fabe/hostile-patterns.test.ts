import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as features from '../../lib/analyses/fabe/features';
import { FABE_LANGS } from '../../lib/analyses/fabe/lang';
import * as units from '../../lib/analyses/fabe/units';

/**
 * Page text is untrusted, and a review or a line of `audit fabe --sentences` can be one
 * long run of letters, digits or spaces. Every pattern of the feature and unit tables must
 * stay linear on it: a pattern that tries a letter run from each of its letters (an
 * alternative opening on `\p{L}{3,}` with no word-start anchor, a lookbehind scanning back
 * over a space run, a range chain of unbounded length) takes minutes on 200,000 characters,
 * where a linear one takes milliseconds. A synchronous regex cannot be stopped by the test
 * timeout, so each run goes through `guarded`: node:vm's watchdog interrupts it after
 * HANG_MS and the test fails. That is a hang guard three orders of magnitude above the
 * linear cost, not a speed assertion (speed is `npm run bench`).
 */

const HANG_MS = 10_000;

/** fn's result, or a thrown ERR_SCRIPT_EXECUTION_TIMEOUT when it runs longer than HANG_MS. */
const guarded = <T>(fn: () => T): T => runInNewContext('run()', { run: fn }, { timeout: HANG_MS }) as T;

const HOSTILE: readonly [string, string][] = [
  ['200,000 ASCII letters', 'a'.repeat(200_000)],
  ['200,000 capitals', 'A'.repeat(200_000)],
  ['200,000 accented letters', 'é'.repeat(200_000)],
  ['letters and accents alternating', 'aé'.repeat(100_000)],
  ['200,000 Han characters (letters to \\p{L})', '好'.repeat(200_000)],
  ['200,000 spaces, then a word', `${' '.repeat(200_000)}tested`],
  ['200,000 digits', '1'.repeat(200_000)],
  ['a dimension chain without a unit', '1 x '.repeat(50_000)],
  ['a range chain without a unit', '1 to '.repeat(40_000)],
  ['decimal points', '1.'.repeat(100_000)],
  ['one word repeated', 'tested '.repeat(28_000)],
];

/** Every RegExp in a module's exports, tables of tables included, with its path. */
function patterns(module: object, prefix: string): [string, RegExp][] {
  const out: [string, RegExp][] = [];
  const walk = (value: unknown, path: string, depth: number) => {
    if (value instanceof RegExp) out.push([path, value]);
    else if (value && typeof value === 'object' && depth < 4) for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, depth + 1);
  };
  walk(module, prefix, 0);
  return out;
}

const ALL = [...patterns(features, 'features'), ...patterns(units, 'units')];

describe('feature and unit patterns on hostile text', () => {
  it('the guard stops a quadratic pattern (so a hang fails here instead of stalling the run)', () => {
    const quadratic = /\p{L}{3,}(?:aba|aban)(?![\p{L}])/iu;
    expect(() => runInNewContext('run()', { run: () => quadratic.test('a'.repeat(200_000)) }, { timeout: 200 })).toThrow(/timed out/);
  });

  it('finds the tables (the walk is not empty)', () => {
    expect(ALL.length).toBeGreaterThan(60);
    expect(ALL.map(([p]) => p)).toContain('features.CLAUSE.es');
  });

  it.each(ALL)('%s runs over every hostile text', (_path, re) => {
    // A fresh copy without g/y: test() then always scans from the start.
    const once = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
    for (const [, text] of HOSTILE) expect(typeof guarded(() => once.test(text))).toBe('boolean');
  });
});

describe('extractFeatures on hostile text, in every language and origin', () => {
  it.each(FABE_LANGS.flatMap((lang) => (['review', 'bullet', undefined] as const).map((origin) => [lang, origin ?? 'unknown origin'] as const)))('%s, %s', (lang, origin) => {
    for (const [, text] of HOSTILE) {
      const f = guarded(() => features.extractFeatures(text, lang, origin === 'unknown origin' ? {} : { origin }));
      expect(f.on).toContain('bias');
    }
  });
});
