import { describe, expect, it } from 'vitest';
import { diffSequences, diffText, diffTokens } from '../../../lib/analyses/history/text-diff';

describe('diffTokens', () => {
  it.each([
    ['Stainless Steel Bottle, 2-Pack', ['Stainless', ' ', 'Steel', ' ', 'Bottle', ',', ' ', '2', '-', 'Pack']],
    ["Women's T-Shirt", ["Women's", ' ', 'T', '-', 'Shirt']],
    // Chinese one character at a time, Latin by words, in the same text.
    ['纯棉T恤 男', ['纯', '棉', 'T', '恤', ' ', '男']],
    ['Apple/苹果 iPhone 11', ['Apple', '/', '苹', '果', ' ', 'iPhone', ' ', '11']],
    ['', []],
  ])('%j', (text, tokens) => {
    expect(diffTokens(text)).toEqual(tokens);
    expect(diffTokens(text).join('')).toBe(text);
  });
});

describe('diffText', () => {
  it.each([
    [
      'an English title, word by word',
      'Stainless Steel Water Bottle 750ml',
      'Stainless Steel Insulated Water Bottle 1L',
      [
        { op: 'equal', text: 'Stainless Steel ' },
        { op: 'insert', text: 'Insulated ' },
        { op: 'equal', text: 'Water Bottle ' },
        { op: 'delete', text: '750ml' },
        { op: 'insert', text: '1L' },
      ],
    ],
    [
      'a Chinese title, character by character',
      '纯棉短袖T恤男',
      '纯棉长袖T恤男',
      [
        { op: 'equal', text: '纯棉' },
        { op: 'delete', text: '短' },
        { op: 'insert', text: '长' },
        { op: 'equal', text: '袖T恤男' },
      ],
    ],
    [
      'a mixed title',
      'Apple/苹果 iPhone 11 全网通',
      'Apple/苹果 iPhone 12 全网通 5G',
      [
        { op: 'equal', text: 'Apple/苹果 iPhone ' },
        { op: 'delete', text: '11' },
        { op: 'insert', text: '12' },
        { op: 'equal', text: ' 全网通' },
        { op: 'insert', text: ' 5G' },
      ],
    ],
    ['no change', 'same', 'same', [{ op: 'equal', text: 'same' }]],
    ['from nothing', '', 'new title', [{ op: 'insert', text: 'new title' }]],
    ['to nothing', 'old', '', [{ op: 'delete', text: 'old' }]],
  ])('%s', (_, before, after, parts) => {
    expect(diffText(before, after)).toEqual(parts);
  });

  it('rebuilds both texts from its parts', () => {
    const before = '【官方旗舰】回力男鞋帆布鞋 经典款 低帮 休闲鞋 Warrior WB-1';
    const after = '回力男鞋帆布鞋 2024新款 低帮 透气 休闲鞋 Warrior WB-1A';
    const parts = diffText(before, after);
    expect(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(after);
  });
});

describe('diffSequences', () => {
  /** Longest common subsequence by the textbook table, to check the diff is minimal. */
  function lcs(a: number[], b: number[]): number {
    const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
    }
    return t[a.length]![b.length]!;
  }

  it('gives a valid, minimal edit script for 2000 random pairs', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 2000; t++) {
      const alphabet = 1 + Math.floor(rnd() * 5);
      const a = Array.from({ length: Math.floor(rnd() * 16) }, () => Math.floor(rnd() * alphabet));
      const b = Array.from({ length: Math.floor(rnd() * 16) }, () => Math.floor(rnd() * alphabet));
      const ops = diffSequences(a, b);
      const fromA: number[] = [];
      const toB: number[] = [];
      for (const [op, i] of ops) {
        if (op !== 'insert') fromA.push(a[i]!);
        if (op === 'equal') toB.push(a[i]!);
        if (op === 'insert') toB.push(b[i]!);
      }
      expect(fromA).toEqual(a);
      expect(toB).toEqual(b);
      expect(ops.filter(([op]) => op !== 'equal')).toHaveLength(a.length + b.length - 2 * lcs(a, b));
    }
  });
});
