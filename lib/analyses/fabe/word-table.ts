import { onClearFabeMemos } from './memo';

/**
 * Open-addressed tables for theme keys (themes.ts): what is known of a lower-cased Latin
 * word (`WordTable`), and of a pair of words (`PairTable`), found without making the word's
 * string. A statement's words used to be sliced out, lower-cased and looked up in a memo
 * map, and every pair glued into a new string, one by one: on a first read those copies and
 * their hashing were most of the theme keys' time and much of the garbage. Here a word is
 * hashed from its character codes where it stands in the text, and its string is made only
 * the first time it is met.
 *
 * Like the memos (memo.ts) these hold values that are pure functions of their key, so they
 * cannot change an output; they are emptied with them (clearFabeMemos) and, when the words'
 * table is `full`, by their owner between two texts, both at once: a pair refers to its words
 * by number, so the two are emptied together, and never while a text is read (a word entry
 * held from before would keep a number the emptied table gives to another word, and the pair
 * stored under the two numbers would be found again for a different pair).
 *
 * Page text is untrusted: the hash is seeded per process and a lookup probes at most
 * MAX_PROBE slots — past that the value is worked out and not stored — so no choice of
 * words makes a lookup cost more than a few comparisons.
 */

const MAX_PROBE = 16;
/** Per process, so a page cannot aim its words at one slot. */
const SEED = (Math.random() * 0x7fffffff) | 0;

/** A step of the hash (FNV-1a over UTF-16 code units). */
const step = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);
/** The final mix (murmur3's), so the low bits used as the slot depend on every code. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** ASCII lower-casing of one code unit (what toLowerCase does to an ASCII text). */
const lowerAscii = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

const pairHash = (a: number, b: number) => mix(step(step(SEED, a), b));

export interface WordEntry<V> {
  /** The lower-cased word. */
  word: string;
  value: V;
  /** Its number in the table, -1 when it was not stored (see MAX_PROBE). */
  id: number;
}

/** Slots a table starts with; it doubles while more than half full (emptying it costs its size). */
const FIRST_SIZE = 1024;

/** The hash of a lower-cased word (what `ascii` computes from the text). */
function wordHash(word: string): number {
  let h = SEED ^ word.length;
  for (let k = 0; k < word.length; k++) h = step(h, word.charCodeAt(k));
  return mix(h);
}

export class WordTable<V> {
  /** Entry number + 1 by slot, 0 for an empty slot. */
  private slots = new Int32Array(FIRST_SIZE);
  private mask = FIRST_SIZE - 1;
  private entries: WordEntry<V>[] = [];

  /** `make`: the value of a lower-cased word. `max`: entries held before it is `full`. */
  constructor(private readonly max: number, private readonly make: (word: string) => V, private readonly pairs?: PairTable<V, unknown>) {
    onClearFabeMemos(() => this.clear());
  }

  /**
   * The entry of text.slice(start, end).toLowerCase() for a run whose letters are ASCII
   * (its other characters are not changed by lower-casing: digits, ' - ’).
   */
  ascii(text: string, start: number, end: number): WordEntry<V> {
    let h = SEED ^ (end - start);
    for (let k = start; k < end; k++) h = step(h, lowerAscii(text.charCodeAt(k)));
    const { slots, mask, entries } = this;
    let slot = mix(h) & mask;
    for (let probe = 0; probe < MAX_PROBE; probe++, slot = (slot + 1) & mask) {
      const at = slots[slot]!;
      if (at === 0) return this.add(text.slice(start, end).toLowerCase(), slot);
      const e = entries[at - 1]!;
      const w = e.word;
      if (w.length !== end - start) continue;
      let same = true;
      for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== lowerAscii(text.charCodeAt(start + k))) { same = false; break; }
      if (same) return e;
    }
    return this.loose(text.slice(start, end).toLowerCase());
  }

  /** The entry of a word already lower-cased. */
  of(word: string): WordEntry<V> {
    const { slots, mask, entries } = this;
    let slot = wordHash(word) & mask;
    for (let probe = 0; probe < MAX_PROBE; probe++, slot = (slot + 1) & mask) {
      const at = slots[slot]!;
      if (at === 0) return this.add(word, slot);
      const e = entries[at - 1]!;
      if (e.word === word) return e;
    }
    return this.loose(word);
  }

  /** Whether it holds `max` entries or more (it still takes more: its owner empties it, see above). */
  get full(): boolean {
    return this.entries.length >= this.max;
  }

  private add(word: string, slot: number): WordEntry<V> {
    const e: WordEntry<V> = { word, value: this.make(word), id: this.entries.length };
    this.entries.push(e);
    this.slots[slot] = this.entries.length;
    if (2 * this.entries.length > this.slots.length) this.grow();
    return e;
  }

  /** Twice the slots, every entry placed again (an entry that finds no slot within MAX_PROBE is dropped from the slots, still numbered). */
  private grow(): void {
    const size = this.slots.length * 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    this.entries.forEach((e, i) => {
      let slot = wordHash(e.word) & mask;
      for (let probe = 0; probe < MAX_PROBE; probe++, slot = (slot + 1) & mask) {
        if (slots[slot] === 0) { slots[slot] = i + 1; return; }
      }
    });
    this.slots = slots;
    this.mask = mask;
  }

  private loose(word: string): WordEntry<V> {
    return { word, value: this.make(word), id: -1 };
  }

  clear(): void {
    if (this.entries.length === 0) return;
    this.slots.fill(0);
    this.entries = [];
    this.pairs?.clear();
  }
}

/** Values of pairs of stored words (WordTable entries), by their numbers; emptied with the words' table. */
export class PairTable<W, V> {
  private firsts = new Int32Array(FIRST_SIZE);
  private seconds = new Int32Array(FIRST_SIZE);
  /** Value number + 1 by slot, 0 for an empty slot. */
  private at = new Int32Array(FIRST_SIZE);
  private mask = FIRST_SIZE - 1;
  private values: V[] = [];

  /** `make`: the value of a pair of words. `max`: entries held at most. */
  constructor(private readonly max: number, private readonly make: (first: WordEntry<W>, second: WordEntry<W>) => V) {}

  /** The value of the pair `first` `second`, made the first time. */
  get(first: WordEntry<W>, second: WordEntry<W>): V {
    const a = first.id;
    const b = second.id;
    if (a < 0 || b < 0) return this.make(first, second);
    const { firsts, seconds, at, mask } = this;
    let slot = pairHash(a, b) & mask;
    for (let probe = 0; probe < MAX_PROBE; probe++, slot = (slot + 1) & mask) {
      const i = at[slot]!;
      if (i === 0) {
        if (this.values.length >= this.max) { this.clear(); return this.make(first, second); }
        const v = this.make(first, second);
        this.values.push(v);
        at[slot] = this.values.length;
        firsts[slot] = a;
        seconds[slot] = b;
        if (2 * this.values.length > at.length) this.grow();
        return v;
      }
      if (firsts[slot] === a && seconds[slot] === b) return this.values[i - 1]!;
    }
    return this.make(first, second);
  }

  private grow(): void {
    const size = this.at.length * 2;
    const firsts = new Int32Array(size);
    const seconds = new Int32Array(size);
    const at = new Int32Array(size);
    const mask = size - 1;
    for (let old = 0; old < this.at.length; old++) {
      const i = this.at[old]!;
      if (i === 0) continue;
      const a = this.firsts[old]!;
      const b = this.seconds[old]!;
      let slot = pairHash(a, b) & mask;
      for (let probe = 0; probe < MAX_PROBE; probe++, slot = (slot + 1) & mask) {
        if (at[slot] === 0) { at[slot] = i; firsts[slot] = a; seconds[slot] = b; break; }
      }
    }
    this.firsts = firsts;
    this.seconds = seconds;
    this.at = at;
    this.mask = mask;
  }

  clear(): void {
    if (this.values.length === 0) return;
    this.at.fill(0);
    this.values = [];
  }
}
