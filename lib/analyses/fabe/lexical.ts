import { codeAt } from './char-code';

/**
 * Lexical features: the words a statement uses. Latin-script words lower-cased (`w:soft`)
 * and adjacent word pairs (`w2:so far`), every run of digits as one token `0` (a spec's
 * number is a shape, not a word); Han characters (`h:软`) and adjacent pairs (`h2:柔软`).
 * Punctuation ends a pair chain, so no pair spans two clauses.
 *
 * Why: the cue families (cues/) carry what the definitions say about a few hundred words
 * per language; the labelled set shows many more words that lean one way (how reviewers
 * tell what happened, how spec rows and contents lists are worded). The model weighs these
 * with a stronger pull towards 0 than the families (tests/fabe/train.ts), so a word only
 * counts where the labelled pages agree on it.
 */

const A = 97;
const Z = 122;
const ZERO = 48;
const NINE = 57;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const LETTER = /[\p{L}\p{M}]/u;

/** CJK Unified Ideographs, extension A and compatibility ideographs (BMP). */
const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isDigit = (c: number) => c >= ZERO && c <= NINE;
/** A letter of a word: ASCII a–z (the text is lower-cased), or any non-Han letter or mark beyond Latin-1's symbols. */
function isLetter(c: number, s: string, i: number): boolean {
  if (c >= A && c <= Z) return true;
  if (c < 0xc0 || isHan(c)) return false;
  return LETTER.test(s[i]!);
}

/** Where the word starting with the letter at `i` ends: letters, and an apostrophe between letters ("don't", "l’eau"). */
function wordEnd(s: string, i: number): number {
  const n = s.length;
  let j = i + 1;
  while (j < n) {
    const d = codeAt(s, j);
    if (isLetter(d, s, j)) j++;
    else if ((d === APOSTROPHE || d === RIGHT_QUOTE) && j + 1 < n && isLetter(codeAt(s, j + 1), s, j + 1)) j += 2;
    else break;
  }
  return j;
}

/** Where the run of digits starting at `i` ends. */
function digitsEnd(s: string, i: number): number {
  const n = s.length;
  let j = i + 1;
  while (j < n && isDigit(codeAt(s, j))) j++;
  return j;
}

/** Appends the lexical feature names of `text` to `on`. */
export function pushLexical(text: string, on: string[]): void {
  const s = text.toLowerCase();
  const n = s.length;
  let prev = '';
  let prevHan = '';
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isHan(c)) {
      const h = s[i]!;
      on.push(`h:${h}`);
      if (prevHan) on.push(`h2:${prevHan}${h}`);
      prevHan = h;
      prev = '';
      i++;
      continue;
    }
    let word: string | undefined;
    if (isDigit(c)) {
      word = '0';
      i = digitsEnd(s, i);
    } else if (isLetter(c, s, i)) {
      const j = wordEnd(s, i);
      word = s.slice(i, j);
      i = j;
    }
    if (word !== undefined) {
      on.push(`w:${word}`);
      if (prev) on.push(`w2:${prev} ${word}`);
      prev = word;
      prevHan = '';
      continue;
    }
    // Spaces keep a pair chain going; any other character ends it.
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) { prev = ''; prevHan = ''; }
    i++;
  }
}

export const isLexical = (feature: string): boolean => feature.startsWith('w:') || feature.startsWith('w2:') || feature.startsWith('h:') || feature.startsWith('h2:');

/*
 * The same features as hashes, for the classifier's hot path: pushLexical builds a string per
 * word and per pair (about 25 a statement) and each is then hashed again by the weight
 * lookup; this walk computes the 32-bit FNV-1a hash of every name it would have built, code
 * unit by code unit, with no string made. `hashName(name)` gives the same number for a
 * name, so a model's word weights are found by hash (lexicalTable). Two different names with
 * the same 32-bit hash would share a weight; with a few thousand weighted words the chance
 * that any word of a statement hits a stranger's weight is about 1 in 10⁵ per statement.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const step = (h: number, c: number) => Math.imul(h ^ c, FNV_PRIME);
const stepAll = (h: number, s: string) => { for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i)); return h; };

/** FNV-1a (32 bit, over UTF-16 code units) of a feature name. */
export const hashName = (name: string): number => stepAll(FNV_OFFSET, name) >>> 0;

const H_W = stepAll(FNV_OFFSET, 'w:');
const H_W2 = stepAll(FNV_OFFSET, 'w2:');
const H_H = stepAll(FNV_OFFSET, 'h:');
const H_H2 = stepAll(FNV_OFFSET, 'h2:');

/**
 * One lexical feature found in a text: its name's hash and where its words sit in the
 * lower-cased text (`start`–`end`; a pair's first word starts at `start`), so the name can be
 * rebuilt for the one feature an explanation quotes.
 */
export interface LexicalHits {
  count: number;
  hash: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
}

let buffers: LexicalHits = { count: 0, hash: new Uint32Array(256), start: new Uint32Array(256), end: new Uint32Array(256) };

function grow(): void {
  const n = buffers.hash.length * 2;
  const next = { count: buffers.count, hash: new Uint32Array(n), start: new Uint32Array(n), end: new Uint32Array(n) };
  next.hash.set(buffers.hash);
  next.start.set(buffers.start);
  next.end.set(buffers.end);
  buffers = next;
}

function hit(hash: number, start: number, end: number): void {
  if (buffers.count === buffers.hash.length) grow();
  const k = buffers.count++;
  buffers.hash[k] = hash >>> 0;
  buffers.start[k] = start;
  buffers.end[k] = end;
}

/**
 * The lexical features of `text` as hashes, in the order pushLexical names them. Returns a
 * shared buffer, valid until the next call; `lower` is `text.toLowerCase()`, which the caller
 * keeps to rebuild a name (lexicalNameAt).
 */
export function lexicalHashes(lower: string): LexicalHits {
  buffers.count = 0;
  const s = lower;
  const n = s.length;
  let hasPrev = false;
  let prevHan = -1;
  let prevHanAt = 0;
  let pairFrom = 0;
  /** Hash of `w2:<previous word> `, to be continued with the next word. */
  let pairHead = 0;
  let i = 0;
  while (i < n) {
    const c = codeAt(s, i);
    if (isHan(c)) {
      hit(step(H_H, c), i, i + 1);
      if (prevHan >= 0) hit(step(step(H_H2, prevHan), c), prevHanAt, i + 1);
      prevHan = c;
      prevHanAt = i;
      hasPrev = false;
      i++;
      continue;
    }
    let from = -1;
    let uni = 0;
    let pair = 0;
    let head = 0;
    if (isDigit(c)) {
      from = i;
      // Every run of digits is the word "0".
      uni = step(H_W, ZERO);
      pair = step(pairHead, ZERO);
      head = step(H_W2, ZERO);
      i = digitsEnd(s, i);
    } else if (isLetter(c, s, i)) {
      from = i;
      const j = wordEnd(s, i);
      uni = H_W;
      pair = pairHead;
      head = H_W2;
      for (let k = i; k < j; k++) {
        const d = codeAt(s, k);
        uni = step(uni, d);
        pair = step(pair, d);
        head = step(head, d);
      }
      i = j;
    }
    if (from >= 0) {
      hit(uni, from, i);
      if (hasPrev) hit(pair, pairFrom, i);
      hasPrev = true;
      pairFrom = from;
      pairHead = step(head, 32);
      prevHan = -1;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) { hasPrev = false; prevHan = -1; }
    i++;
  }
  return buffers;
}

/**
 * The name of a hit of lexicalHashes, rebuilt from the text (for an explanation, once per
 * statement): `w:` or `h:` when it spans one word or character, else the pair.
 */
export function lexicalNameAt(lower: string, start: number, end: number): string {
  const piece = lower.slice(start, end);
  // A pair of characters may have spaces between them ("中 文" → h2:中文).
  if (isHan(piece.charCodeAt(0))) return piece.length === 1 ? `h:${piece}` : `h2:${piece[0]}${piece[piece.length - 1]}`;
  const names: string[] = [];
  pushLexical(piece, names);
  // The piece is one word, or a pair of words with only spaces between them.
  return names[names.length - 1]!;
}
