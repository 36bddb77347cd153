import { describe, expect, it } from 'vitest';
import { clearFabeMemos } from '../../lib/analyses/fabe/memo';
import { PairTable, WordTable } from '../../lib/analyses/fabe/word-table';

/**
 * The word and pair tables of the theme keys (word-table.ts) are caches: whatever is asked,
 * in any order, across growth, emptying and a full table, the value is the one `make` gives.
 */

const make = (w: string) => `<${w}>`;

describe('WordTable', () => {
  it('finds a word by its place in a text, any case, as by its lower-cased string', () => {
    const t = new WordTable(100, make);
    const text = 'The Stainless STEEL bottle, the steel lid';
    const a = t.ascii(text, 4, 13);
    expect(a.word).toBe('stainless');
    expect(a.value).toBe('<stainless>');
    expect(t.of('stainless')).toBe(a);
    expect(t.ascii(text, 14, 19)).toBe(t.ascii(text, 37 - 5, 37));
    expect(t.ascii(text, 0, 3)).toBe(t.of('the'));
  });

  it('keeps every word apart across growth, is full past its size, and starts again when emptied', () => {
    const t = new WordTable(3000, make);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`);
    for (const round of [0, 1]) {
      for (const w of words) {
        const text = ` ${w.toUpperCase()} `;
        const e = t.ascii(text, 1, text.length - 1);
        expect(e.word).toBe(w);
        expect(e.value).toBe(make(w));
        expect(t.of(w).word).toBe(w);
      }
      expect(t.full).toBe(true);
      if (round === 0) {
        clearFabeMemos();
        expect(t.full).toBe(false);
      }
    }
  });

  it('never gives a pair the value of another pair whose words had the same numbers', () => {
    // Words held across the table filling up: emptying it then (as it once did itself) gave
    // "beta" the number 0 while "alpha" kept 9, and the pair stored under (9, 0) came back for
    // "gamma beta" once "gamma" was given 9.
    const pairs = new PairTable<string, string>(100, (a, b) => `${a.word} ${b.word}`);
    const t = new WordTable(10, make, pairs);
    const at = (w: string) => t.of(w);
    for (let i = 0; i < 9; i++) at(`p${i}`);
    expect(pairs.get(at('alpha'), at('beta'))).toBe('alpha beta');
    for (let i = 0; i < 8; i++) at(`q${i}`);
    expect(pairs.get(at('gamma'), at('beta'))).toBe('gamma beta');
    // Emptied by its owner between texts: numbers start again, pairs with them.
    clearFabeMemos();
    for (let i = 0; i < 9; i++) at(`r${i}`);
    expect(pairs.get(at('delta'), at('alpha'))).toBe('delta alpha');
  });

  it('gives pairs of words their own values, the same before and after the words were emptied', () => {
    const pairs = new PairTable<string, string>(50, (a, b) => `${a.word}+${b.word}`);
    const t = new WordTable(40, make, pairs);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 60; i++) {
        const a = t.of(`a${i}`);
        const b = t.of(`b${i}`);
        expect(pairs.get(a, b)).toBe(`a${i}+b${i}`);
        expect(pairs.get(b, a)).toBe(`b${i}+a${i}`);
      }
    }
  });
});
