import { describe, expect, it } from 'vitest';
import type { KeywordCoverage } from '../../../lib/schema';
import { TitleScoreSchema } from '../../../lib/schema';
import { amazonMobileFront } from '../../../lib/analyses/title/rules/amazon-length';
import { keywordChecks } from '../../../lib/analyses/title/rules/keyword-checks';
import { WEIGHTS } from '../../../lib/analyses/title/rules/weights';
import { prepareRuleInput, scoreOf, scoreTitle } from '../../../lib/analyses/title/score-title';

const cov = (keyword: string, spans: [number, number][], frontLoaded = false, stuffed = false): KeywordCoverage => ({
  keyword,
  present: spans.length > 0,
  spans: spans.map(([start, end]) => ({ start, end })),
  frontLoaded,
  stuffed,
});

describe('score arithmetic', () => {
  it('is round(100 × earned / possible), a warn earning half its weight', () => {
    // Taobao: only cn.length-bytes (20) fails and taobao.spaces (5) warns; every other check passes.
    const text = '纯棉短袖女夏季宽松百搭上衣学生韩版白色打底衫春秋长袖薄款外套 衬衫'; // 30 + 2 Chinese characters: 65 bytes
    const result = scoreTitle(text, { marketplace: 'taobao' });
    const bad = result.checks.filter((c) => c.status !== 'pass').map((c) => `${c.status}:${c.rule}`);
    expect(bad.sort()).toEqual(['fail:cn.length-bytes', 'warn:taobao.spaces']);
    const possible = WEIGHTS['cn.length-bytes'] + WEIGHTS['cn.absolute-terms'] + WEIGHTS['taobao.keyword-abuse'] + WEIGHTS['taobao.other-brands'] + WEIGHTS['taobao.stuffing'] + WEIGHTS['taobao.spaces'] + WEIGHTS['taobao.symbols'];
    const earned = possible - WEIGHTS['cn.length-bytes'] - WEIGHTS['taobao.spaces'] / 2;
    expect(result.score).toBe(Math.round((100 * earned) / possible));
    expect(result.checks.reduce((s, c) => s + c.weight, 0)).toBe(possible);
  });

  it('gives 100 to a title that passes every check', () => {
    const result = scoreTitle('Hydro Flask Wide Mouth Water Bottle with Flex Cap, Stainless Steel, 32 oz', { marketplace: 'amazon', brand: 'Hydro Flask' });
    expect(result.checks.every((c) => c.status === 'pass')).toBe(true);
    expect(result.score).toBe(100);
  });

  it.each([
    [[], 100],
    [[{ weight: 10, earned: 10 }, { weight: 10, earned: 0 }], 50],
    [[{ weight: 15, earned: 7.5 }, { weight: 5, earned: 5 }], 63],
  ])('scoreOf(%j) = %i', (checks, score) => {
    expect(scoreOf(checks.map((c, i) => ({ rule: `r${i}`, status: 'pass' as const, message: { zh: 'x', en: 'x' }, ...c })))).toBe(score);
  });

  it('validates against TitleScoreSchema, with stats', () => {
    const result = scoreTitle('Acme Mug! 😀 杯', { marketplace: 'amazon', brand: 'Acme', keywords: ['mug', 'cup'] });
    expect(() => TitleScoreSchema.parse(result)).not.toThrow();
    // "Acme Mug! " 10 + 😀 (4 UTF-8 bytes, 2 cn-bytes) + " " + 杯 (3 UTF-8, 2 cn)
    expect(result.stats).toEqual({ chars: 13, utf8Bytes: 18, cnBytes: 15, words: 3 });
  });

  it('reports a field the marketplace does not have instead of scoring it', () => {
    const result = scoreTitle('纯棉T恤', { marketplace: 'taobao', field: 'searchTerms' });
    expect(result.checks.map((c) => [c.rule, c.status])).toEqual([['field.unsupported', 'warn']]);
    expect(result.score).toBe(50);
  });
});

describe('keyword checks (from keywordCoverage)', () => {
  const taobao = prepareRuleInput('纯棉T恤女夏季宽松', { marketplace: 'taobao' });
  const amazon = prepareRuleInput('Acme Mug', { marketplace: 'amazon' });
  const statusOf = (checks: ReturnType<typeof keywordChecks>) => Object.fromEntries(checks.map((c) => [c.rule, c.status]));

  it.each([
    ['all present, main keyword in front', [cov('纯棉', [[0, 2]], true), cov('T恤', [[2, 4]], true)], { 'keywords.missing': 'pass', 'keywords.front-loaded': 'pass', 'keywords.stuffed': 'pass' }],
    ['one missing', [cov('纯棉', [[0, 2]], true), cov('连衣裙', [])], { 'keywords.missing': 'warn', 'keywords.front-loaded': 'pass', 'keywords.stuffed': 'pass' }],
    ['all missing', [cov('连衣裙', []), cov('衬衫', [])], { 'keywords.missing': 'fail', 'keywords.stuffed': 'pass' }],
    ['main keyword late', [cov('宽松', [[7, 9]], false)], { 'keywords.missing': 'pass', 'keywords.front-loaded': 'warn', 'keywords.stuffed': 'pass' }],
    ['stuffed on Taobao', [cov('T恤', [[2, 4], [9, 11]], true, true)], { 'keywords.missing': 'pass', 'keywords.front-loaded': 'pass', 'keywords.stuffed': 'fail' }],
  ])('Taobao: %s', (_name, coverage, expected) => {
    expect(statusOf(keywordChecks(taobao, coverage))).toEqual(expected);
  });

  it('names missing and stuffed keywords in both languages', () => {
    const checks = keywordChecks(taobao, [cov('纯棉', [[0, 2]], true, true), cov('连衣裙', [])]);
    for (const c of checks.filter((x) => x.status !== 'pass')) {
      const term = c.rule === 'keywords.missing' ? '连衣裙' : '纯棉';
      expect(c.message.zh).toContain(term);
      expect(c.message.en).toContain(term);
    }
  });

  it('Amazon: stuffing only warns (A4 already fails the third repeat), front-loading is amazon.mobile-front', () => {
    expect(statusOf(keywordChecks(amazon, [cov('mug', [[5, 8]], true, true)]))).toEqual({ 'keywords.missing': 'pass', 'keywords.stuffed': 'warn' });
  });

  it('adds keyword checks and the coverage to a scored title', () => {
    const result = scoreTitle('Acme Ceramic Coffee Mug, 12 oz', { marketplace: 'amazon', keywords: ['coffee mug', 'tea cup'] });
    expect(result.keywords?.map((k) => k.keyword)).toEqual(['coffee mug', 'tea cup']);
    expect(result.checks.find((c) => c.rule === 'keywords.missing')?.message.en).toContain('tea cup');
  });
});

describe('amazon.mobile-front (~80 characters on mobile)', () => {
  const text = 'Acme Stainless Steel Insulated Water Bottle with Straw Lid and Carry Handle, Leakproof, 40 oz, Coffee Mug Size';
  const at = (word: string) => text.indexOf(word);

  it('warns when the main keyword starts after the cut, pointing at it', () => {
    const input = { ...prepareRuleInput(text, { marketplace: 'amazon', keywords: ['coffee mug'] }), coverage: [cov('coffee mug', [[at('Coffee'), at('Coffee') + 10]])] };
    const check = amazonMobileFront(input);
    expect(check.status).toBe('warn');
    expect(check.spans?.map((s) => text.slice(s.start, s.end))).toEqual(['Coffee Mug']);
    expect(check.message.zh).toContain('coffee mug');
    expect(check.message.en).toContain('coffee mug');
  });

  it('passes when the main keyword is in the front', () => {
    const input = { ...prepareRuleInput(text, { marketplace: 'amazon', keywords: ['water bottle', 'coffee mug'] }), coverage: [cov('water bottle', [[at('Water'), at('Water') + 12]]), cov('coffee mug', [[at('Coffee'), at('Coffee') + 10]])] };
    expect(amazonMobileFront(input).status).toBe('pass');
  });

  it('shows what mobile buyers see when no keywords are given', () => {
    const check = amazonMobileFront(prepareRuleInput(text, { marketplace: 'amazon' }));
    expect(check.status).toBe('pass');
    expect(check.message.en).toContain(text.slice(0, 80));
  });

  it('passes a title within 80 characters', () => {
    expect(amazonMobileFront(prepareRuleInput('Acme Water Bottle, 32 oz', { marketplace: 'amazon', keywords: ['mug'] })).status).toBe('pass');
  });
});

describe('scoreTitle: a hostile 20,000-character title', () => {
  // A page can show any length; the result must still fit TitleScoreSchema (messages and a
  // one-click replacement hold 2,000 characters).
  it.each(['amazon', 'taobao', 'jd'] as const)('%s: the score validates, long fixes keep their advice without a replacement', (marketplace) => {
    const title = `Widget!! ${'Best seller 最好 '.repeat(1400)}`;
    const score = scoreTitle(title, { marketplace });
    expect(title.length).toBeGreaterThan(20_000);
    expect(TitleScoreSchema.safeParse(score).success).toBe(true);
    expect(score.checks.some((c) => c.status !== 'pass')).toBe(true);
    for (const c of score.checks) expect(c.fix?.replacement === undefined || c.fix.replacement.length <= 2000).toBe(true);
  });
});
