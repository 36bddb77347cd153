import { describe, expect, it } from 'vitest';
import { baselineSentence, readSentence, sentenceAspects, sentenceLang, sentenceReturnReason, sentenceSentiment } from '../../lib/analyses/reviews';
import { loadSentences, SANITY } from './dataset';

/**
 * Sentence aspects, sides and return reasons on hand-written sentences (sanity.jsonl): each
 * expectation was written from the definitions (GUIDELINES.md §3–5, domain-rules §6) with
 * the trap it sets in `note` — negation, contrast, concession, hedges, worries, "too … to".
 */
const CASES = loadSentences(SANITY);

describe('sentenceAspects / sentenceSentiment (hand-written traps)', () => {
  it('has cases in every language', () => expect(new Set(CASES.map((c) => c.lang))).toEqual(new Set(['en', 'zh', 'de', 'fr', 'it', 'es'])));

  it.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const aspects = Object.fromEntries(sentenceAspects(c.text, c.lang).map((a) => [a.aspect, a.sentiment]));
    expect(aspects).toEqual(Object.fromEntries(c.aspects.map((a) => [a.aspect, a.sentiment])));
    expect(sentenceSentiment(c.text, c.lang)).toBe(c.sentiment);
    expect(sentenceReturnReason(readSentence(c.text, sentenceLang(c.text, c.lang)))).toBe(c.returnReason);
  });
});

describe('sentenceLang', () => {
  it.each([
    ['The chair is comfortable.', undefined, 'en'],
    ['质量很好', undefined, 'zh'],
    ['Der Stuhl ist sehr bequem und die Lieferung war schnell.', undefined, 'de'],
    ['Great!', 'de-DE', 'de'],
    ['Great!', 'fr', 'fr'],
  ] as const)('%s (%s) → %s', (text, hint, lang) => expect(sentenceLang(text, hint)).toBe(lang));
});

describe('the baseline has no negation or contrast', () => {
  it.each([
    ['Not bad at all for the price.', 'en', 'negative'],
    ['质量不错，就是有点味道', 'zh', 'positive'],
    ['The chair is comfortable but the armrests are wobbly.', 'en', 'neutral'],
  ] as const)('%s → %s', (text, lang, side) => expect(baselineSentence(text, lang).sentiment).toBe(side));
});
