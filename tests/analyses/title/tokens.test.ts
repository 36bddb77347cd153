import { describe, expect, it } from 'vitest';
import { charCount, cnBytes, tokenize, utf8Bytes } from '../../../lib/analyses/title/tokens';

describe('tokenize', () => {
  it.each([
    ['Stainless Steel Water Bottle, 2-Pack', ['stainless', 'steel', 'water', 'bottle', '2', 'pack']],
    ["Women's T-Shirt", ["women's", 't', 'shirt']],
    ['纯棉短袖T恤 男', ['纯棉短袖', 't', '恤', '男']],
    ['ＵＳＢ Ｃ', ['usb', 'c']],
    ['', []],
  ])('%j', (text, norms) => {
    expect(tokenize(text).map((t) => t.norm)).toEqual(norms);
  });

  it('keeps offsets into the input', () => {
    const text = 'Anker 20W 充电器';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('length counters', () => {
  it.each([
    ['abc', 3, 3, 3],
    ['纯棉T恤', 4, 10, 7],
    ['😀', 1, 4, 2],
    ['Café', 4, 5, 4], // é is in \x00-\xff: 1, per the rule's reference implementation
  ])('%j → %i chars, %i UTF-8 bytes, %i cn bytes', (text, chars, utf8, cn) => {
    expect(charCount(text)).toBe(chars);
    expect(utf8Bytes(text)).toBe(utf8);
    expect(cnBytes(text)).toBe(cn);
  });

  it.each(['', 'abc', 'Café', '纯棉T恤', '😀👍🏽', 'a\ud800b', '\udfff', 'ÿĀ߿ࠀ￿𐀀'])('utf8Bytes(%j) is what TextEncoder makes', (text) => {
    // Counted without encoding; a lone surrogate is encoded as U+FFFD (3 bytes).
    expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
  });
});
