import { describe, expect, it } from 'vitest';
import { asciiWordCount, regexWordCount } from '../../lib/analyses/fabe/features';
import { englishGates, englishWordCount } from '../../lib/analyses/fabe/word-gates';
import { LABELLED, loadItems } from './dataset';

/**
 * englishGates counts an ASCII text's words in its own pass (features.ts then skips
 * asciiWordCount): the count must be WORD's, as asciiWordCount and the regex give it.
 */
function counted(text: string): number | undefined {
  return englishGates(text) === undefined ? undefined : englishWordCount();
}

/** ASCII texts from a fixed seed: letters, digits, apostrophes, spaces and punctuation side by side. */
function generated(count: number): string[] {
  const pieces = ['a', 'Z', 'ed', 'ing', "n't", "'", "''", '7', '42', ' ', '  ', '-', '.', ',', '_', 'x', "it's", "5'", "'s", '\t', '\n', '!', '?', 'I', 'rock', "'n'"];
  let seed = 20261127;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join(''));
}

describe('englishGates counts the words of an ASCII text (plain punctuation allowed)', () => {
  it.each([
    ['', 0], ['a', 1], ["don't", 1], ["don't5", 2], ["rock'n'roll", 2], ["'tis", 1], ["5'", 1], ["a5b'c7", 2], ['abc123def', 1], ["it's 2 o'clock!", 3], ["x''y", 2], ['under_score', 2],
  ])('%j → %i', (text, n) => {
    expect(counted(text)).toBe(n);
    expect(asciiWordCount(text)).toBe(n);
  });

  it('as asciiWordCount does, for every labelled text and 20,000 generated ones', () => {
    const texts = [...loadItems(LABELLED).map((i) => i.text), ...generated(20_000)];
    let ascii = 0;
    for (const text of texts) {
      const got = counted(text);
      if (got === undefined) { expect(asciiWordCount(text), text).toBeUndefined(); continue; }
      ascii++;
      if (/^[\x00-\x7f]*$/.test(text)) expect(got, text).toBe(asciiWordCount(text));
      expect(got, text).toBe(regexWordCount(text));
    }
    expect(ascii).toBeGreaterThan(20_000);
  });

  it('counts a text whose only other characters are plain punctuation, ’ joining a word as \' does', () => {
    for (const [text, n] of [['don’t', 1], ['“don’t” — 5’ ‘x’', 3], ['a’’b', 2], ['7’s', 1]] as const) {
      expect(counted(text), text).toBe(n);
      expect(regexWordCount(text), text).toBe(n);
    }
    const texts = generated(20_000).map((t, k) => t.replace(/'/g, k % 2 ? '’' : "'").replace(/-/g, k % 3 ? '—' : '-'));
    for (const text of texts) expect(counted(text), text).toBe(regexWordCount(text));
  });

  it('gives no count for a text with another character outside ASCII (features.ts counts it with the pattern)', () => {
    expect(englishGates('naïve')).toBeUndefined();
    expect(englishGates('中文')).toBeUndefined();
  });
});
