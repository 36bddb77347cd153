import { describe, expect, it } from 'vitest';
import { clearFabeMemos, Memo, TextMemo } from '../../lib/analyses/fabe/memo';

/**
 * The memos drop their oldest entry when full through a ring of keys (memo.ts); here they are
 * run far past full, through clears, against a plain queue that drops its first key.
 */
describe('Memo keeps what a first-in-first-out queue of its size keeps', () => {
  it('over many stores, repeated keys and clears', () => {
    let seed = 3;
    const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    for (const max of [1, 2, 5, 64]) {
      const memo = new Memo<number>(max);
      let queue: string[] = [];
      const values = new Map<string, number>();
      for (let step = 0; step < 5000; step++) {
        if (rnd(500) === 0) {
          clearFabeMemos();
          queue = [];
          continue;
        }
        const key = `k${rnd(3 * max + 2)}`;
        const value = step;
        const got = memo.get(key, () => value);
        if (queue.includes(key)) {
          expect(got, `${max}: ${key} is held`).toBe(values.get(key));
        } else {
          expect(got).toBe(value);
          values.set(key, value);
          queue.push(key);
          if (queue.length > max) queue.shift();
        }
        expect(memo.size).toBe(queue.length);
        if (step % 25 === 0) for (const k of queue) expect(memo.peek(k)).toBe(values.get(k));
      }
    }
  });

  it('a key stored again keeps its place and takes the new value', () => {
    const memo = new Memo<number>(2);
    memo.put('a', 1);
    memo.put('b', 2);
    memo.put('a', 3);
    expect(memo.size).toBe(2);
    memo.put('c', 4); // drops 'a', the oldest
    expect([memo.peek('a'), memo.peek('b'), memo.peek('c')]).toEqual([undefined, 2, 4]);
  });

  it('TextMemo holds each text with several qualifiers, within its size', () => {
    const memo = new TextMemo<string>(2);
    for (const text of ['x', 'y', 'z']) for (const q of ['en', 'de']) if (memo.find(text, q) === undefined) memo.add(text, q, `${text}/${q}`);
    expect(memo.find('x', 'en')).toBeUndefined();
    expect([memo.find('y', 'de'), memo.find('z', 'en'), memo.find('z', 'de')]).toEqual(['y/de', 'z/en', 'z/de']);
  });
});
