import { describe, expect, it } from 'vitest';
import { marksOf, runsOf, type Mark } from '../../components/workbench/highlight';
import type { TitleScore } from '../../lib/schema';

const m = (start: number, end: number, rule: string, kind: Mark['kind'] = 'fail'): Mark => ({ start, end, rule, kind });
const show = (text: string, marks: Mark[]) => runsOf(text, marks).map((r) => (r.kind ? `[${r.text}|${r.kind}|${r.rules.join('+')}]` : r.text)).join('');

describe('runsOf', () => {
  it.each<[string, string, Mark[], string]>([
    ['no marks', 'Garlic Press', [], 'Garlic Press'],
    ['one mark', 'Garlic Press!', [m(12, 13, 'chars')], 'Garlic Press[!|fail|chars]'],
    ['two separate marks', 'Best Seller Press!', [m(0, 11, 'promo'), m(17, 18, 'chars')], '[Best Seller|fail|promo] Press[!|fail|chars]'],
    ['overlapping marks split where they overlap', 'abcdef', [m(0, 4, 'a', 'warn'), m(2, 6, 'b')], '[ab|warn|a][cd|fail|a+b][ef|fail|b]'],
    ['fail wins over warn over keyword', 'abc', [m(0, 3, 'k', 'keyword'), m(0, 3, 'w', 'warn')], '[abc|warn|k+w]'],
    ['a mark past the end is clamped (the score is a keystroke behind)', 'abc', [m(1, 40, 'x')], 'a[bc|fail|x]'],
    ['an empty or inverted mark is ignored', 'abc', [m(2, 2, 'x'), m(3, 1, 'y')], 'abc'],
    ['adjacent runs with the same rules merge', 'abcd', [m(0, 2, 'x'), m(2, 4, 'x')], '[abcd|fail|x]'],
    ['a boundary inside a surrogate pair moves past it', 'a😀b', [m(0, 2, 'x')], '[a😀|fail|x]b'],
    ['markup in the text is just characters', '<img src=x onerror=alert(1)>', [m(0, 4, 'x')], '[<img|fail|x] src=x onerror=alert(1)>'],
  ])('%s', (_name, text, marks, expected) => {
    expect(show(text, marks)).toBe(expected);
    // The runs always put the text back together exactly.
    expect(runsOf(text, marks).map((r) => r.text).join('')).toBe(text);
  });
});

describe('marksOf', () => {
  const score: TitleScore = {
    marketplace: 'amazon',
    field: 'title',
    score: 50,
    stats: { chars: 10, utf8Bytes: 10, cnBytes: 10, words: 2 },
    checks: [
      { rule: 'ok', status: 'pass', message: { en: '', zh: '' }, spans: [{ start: 0, end: 1 }], weight: 1, earned: 1 },
      { rule: 'bad', status: 'fail', message: { en: '', zh: '' }, spans: [{ start: 2, end: 3 }, { start: 5, end: 6 }], weight: 1, earned: 0 },
      { rule: 'meh', status: 'warn', message: { en: '', zh: '' }, weight: 1, earned: 0.5 },
    ],
  };
  it('marks the spans of failing and warning checks, never of passing ones, and the keywords used', () => {
    const coverage = [{ keyword: 'press', present: true, spans: [{ start: 7, end: 12 }], frontLoaded: true, stuffed: false }];
    expect(marksOf(score, coverage)).toEqual([m(2, 3, 'bad'), m(5, 6, 'bad'), m(7, 12, 'keyword:press', 'keyword')]);
    expect(marksOf(undefined)).toEqual([]);
  });
});
