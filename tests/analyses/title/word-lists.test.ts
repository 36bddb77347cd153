import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LIMITS } from '../../../lib/analyses/title/limits';
import { TERM_LISTS, WORD_LISTS } from '../../../lib/analyses/title/rules/lists';
import { nameKey } from '../../../lib/analyses/title/rules/text';
import { compileWordList, fold } from '../../../lib/analyses/title/rules/word-list';

const Url = z.string().regex(/^https?:\/\/\S+$/);
const Entry = z.strictObject({
  term: z.string().min(1),
  severity: z.enum(['fail', 'warn']),
  source: Url,
  forms: z.array(z.string().min(1)).optional(),
  exempt: z.array(z.string().min(1)).optional(),
  hint: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }).optional(),
  notes: z.string().optional(),
  language: z.string().optional(),
  family: z.string().optional(),
  fields: z.array(z.enum(['title', 'searchTerms', 'bullet', 'shortTitle'])).optional(),
  group: z.string().optional(),
});
const TermEntry = z.strictObject({ term: z.string().min(1), source: Url, language: z.string().optional(), notes: z.string().optional() });

describe('word lists (words/*.json)', () => {
  it.each(Object.entries(WORD_LISTS))('%s: every entry has a term, a severity and a source URL', (_name, file) => {
    expect(file.description.length).toBeGreaterThan(20);
    expect(file.entries.length).toBeGreaterThan(0);
    for (const e of file.entries) expect(() => Entry.parse(e), JSON.stringify(e)).not.toThrow();
  });

  it.each(Object.entries(TERM_LISTS))('%s: every exemption entry has a source URL', (_name, file) => {
    for (const e of file.entries) expect(() => TermEntry.parse(e), JSON.stringify(e)).not.toThrow();
  });

  it.each(Object.entries(WORD_LISTS))('%s: no spelling is listed twice (the matcher keeps the first)', (_name, file) => {
    const seen = new Map<string, string>();
    for (const e of file.entries) {
      for (const s of [e.term, ...(e.forms ?? []), ...(e.exempt ?? [])]) {
        const key = nameKey(s);
        expect(seen.get(key), `"${s}" of "${e.term}" duplicates "${seen.get(key)}"`).toBeUndefined();
        seen.set(key, e.term);
      }
    }
  });

  it.each(Object.entries(WORD_LISTS))('%s: each exemption contains the word it exempts', (_name, file) => {
    for (const e of file.entries) {
      const names = [e.term, ...(e.forms ?? [])].map(nameKey);
      for (const x of e.exempt ?? []) expect(names.some((n) => nameKey(x).includes(n)), `${x} / ${e.term}`).toBe(true);
    }
  });

  it.each(Object.entries(WORD_LISTS))('%s: every entry is found by its own matcher', (_name, file) => {
    const matcher = compileWordList(file);
    for (const e of file.entries) {
      for (const s of [e.term, ...(e.forms ?? [])]) {
        const hits = matcher.match(s);
        expect(hits.length, s).toBeGreaterThan(0);
        expect(hits[0]!.text, s).toBe(s);
      }
    }
  });
});

describe('LIMITS', () => {
  it.each(Object.entries(LIMITS))('%s has a value, a source URL, an as-of date and a note', (_id, limit) => {
    expect(limit.value).toBeGreaterThan(0);
    expect(limit.source).toMatch(/^https?:\/\//);
    expect(limit.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(limit.note.length).toBeGreaterThan(10);
  });
});

describe('compileWordList', () => {
  const matcher = compileWordList({
    description: 'test list',
    entries: [
      { term: 'free shipping', severity: 'fail', source: 'https://example.com' },
      { term: 'best', severity: 'fail', source: 'https://example.com', exempt: ['best friend'] },
      { term: 'best seller', severity: 'fail', source: 'https://example.com', forms: ['bestseller'] },
      { term: '最', severity: 'fail', source: 'https://example.com' },
      { term: '最佳', severity: 'fail', source: 'https://example.com' },
      { term: 'NO.1', severity: 'fail', source: 'https://example.com' },
      { term: '送', severity: 'warn', source: 'https://example.com', exempt: ['送女友', '配送'] },
    ],
  });
  const found = (text: string) => matcher.match(text).map((m) => [m.text, m.entry.term, m.start]);

  it.each([
    ['Free Shipping on all', [['Free Shipping', 'free shipping', 0]]],
    ['free-shipping', [['free-shipping', 'free shipping', 0]]],
    ['FREESHIPPING', [['FREESHIPPING', 'free shipping', 0]]],
    ['ＦＲＥＥ ＳＨＩＰＰＩＮＧ', [['ＦＲＥＥ ＳＨＩＰＰＩＮＧ', 'free shipping', 0]]],
    ['free ship', []],
    ['Best Seller 2024', [['Best Seller', 'best seller', 0]]],
    ['the best mug', [['best', 'best', 4]]],
    ['my best friend mug', []],
    ['bestow', []],
    ['Sale on 1best', []],
    ['最佳材质', [['最佳', '最佳', 0]]],
    ['最 佳', [['最 佳', '最佳', 0]]],
    ['最新款', [['最', '最', 0]]],
    ['销量NO.1', [['NO.1', 'NO.1', 2]]],
    ['NO.12', []],
    ['买就送贴膜', [['送', '送', 2]]],
    ['送女友礼物', []],
    ['顺丰配送', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('folds without changing offsets', () => {
    for (const s of ['ＡＢＣ　ｄ', 'Étendue', 'İstanbul', '😀 Best']) expect(fold(s).length).toBe(s.length);
  });
});
