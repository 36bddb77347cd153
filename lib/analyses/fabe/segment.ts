import { isAbbreviation, MAX_ABBREVIATION } from './abbreviations';
import { isAsciiAlnum, isAsciiLetter, isPlainHan } from './char-code';
import { flatString, type FabeLang } from './lang';

/**
 * Splits a source text (a bullet, a description, a review body) into statements, keeping
 * UTF-16 offsets into that text so the UI can point at them.
 *
 * - Line breaks and list markers (• ● ■ ◆ ▪ ★) always end a statement.
 * - `. ! ? …` end a sentence before white space and a non-lower-case letter, unless the
 *   word before the stop is an abbreviation of the language (abbreviations.ts), an
 *   initial, or (German) an ordinal number. Decimal points and commas ("1.5 l", "1,5 l")
 *   are never followed by a space, so they never split.
 * - `; ；` and the CJK stops `。！？` always end a statement.
 * - Chinese `，` ends a clause when both sides are full claims (at least MIN_CLAUSE
 *   characters of content): "采用304不锈钢内胆，保温12小时" is a Feature then an Advantage,
 *   while "这款，很好" stays one. `、` joins list items and never splits.
 * - A spaced dash (" – ", " — ") between two clauses splits, unless the left side is a
 *   short heading ("ALL-IN-ONE DESIGN – …"); headings ending in ":" or in 【】 stay attached
 *   to their sentence.
 *
 * The segmenter was first written as regex passes over the pieces of the pass before
 * (tests/fabe/reference-statements.ts keeps it as the definition). It is now one scan over
 * the character codes that cuts at line breaks, markers and always-stops and notes where
 * the other passes can match (full stops, dashes, commas); those passes then look at the
 * noted places only, piece by piece as the regexes did (a regex pass started again at each
 * piece's start, which decides what a stop run straddling a cut matches). Each pattern is
 * spelled out where it is matched by hand.
 */

export interface Span {
  start: number;
  end: number;
}

const MIN_CLAUSE = 3;
const MIN_HEADING_WORDS = 6;

/** Offsets in a reused Int32Array: the cut points of a pass and the places the scan noted. */
class Offsets {
  at = new Int32Array(64);
  length = 0;

  push(offset: number): void {
    if (this.length === this.at.length) {
      const grown = new Int32Array(this.at.length * 2);
      grown.set(this.at);
      this.at = grown;
    }
    this.at[this.length++] = offset;
  }
}

/**
 * The pieces between passes, as their start offsets (a piece ends where the next starts,
 * the last at the text's end: the passes only add cuts until the tidy). Two lists, each
 * pass reading one and writing the other.
 */
let pieces = new Offsets();
let nextPieces = new Offsets();
/** Where LATIN_STOP, SPACED_DASH and CN_COMMA can match: their `.!?…`, their dash, their comma. */
const STOPS = new Offsets();
const DASHES = new Offsets();
const COMMAS = new Offsets();

/** JavaScript's \s: white space and line terminators. */
export function isJsSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}


/** HARD_BREAK `\r?\n|[•●■◆▪★☆✔✅➤►▶]`: a piece ends after one (the \r of \r\n is in the piece). */
const isBreak = (c: number) =>
  c === 0x0a || c === 0x2022 || c === 0x25cf || c === 0x25a0 || c === 0x25c6 || c === 0x25aa || c === 0x2605 || c === 0x2606 ||
  c === 0x2714 || c === 0x2705 || c === 0x27a4 || c === 0x25ba || c === 0x25b6;
/** ALWAYS_STOP `[。！？；;]+["'”’」』)）]*|[!?！？]+`: its first alternative's stops, its closers, its second alternative's stops. */
const isCjkStop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x3b;
const isCjkCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === 0x29 || c === 0xff09;
const isBang = (c: number) => c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f;
/** LATIN_STOP `[.!?…]+["'”’»)\]]*(?=\s)`: its stops and its closers. */
const isLatinStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
const isLatinCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;
/** SPACED_DASH `\s[–—-]\s(?=\p{L})`: its dashes. */
const isDash = (c: number) => c === 0x2d || c === 0x2013 || c === 0x2014;
/** TRAILING_JUNK `[\s，,、\-–—]`: a clause keeps its full stop but not the comma or dash it was cut at. */
const isTrailingJunk = (c: number) => isJsSpace(c) || c === 0x2c || c === 0x2d || c === 0xff0c || c === 0x3001 || c === 0x2013 || c === 0x2014;

/** The code point at `i` of text.slice(0, end) (a pair cut by `end` is its lone high surrogate). */
function codePointIn(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /^\p{Lu}$/u;
const HAN = /\p{Script=Han}/u;
/** Tests on one code point: ASCII and plain Han by their codes, any other by its pattern. */
const isLetter = (cp: number) => (cp < 0x80 ? isAsciiLetter(cp) : isPlainHan(cp) || LETTER.test(String.fromCodePoint(cp)));
const isLetterOrDigit = (cp: number) => (cp < 0x80 ? isAsciiAlnum(cp) : isPlainHan(cp) || LETTER_OR_DIGIT.test(String.fromCodePoint(cp)));
const isLower = (cp: number) => (cp < 0x80 ? cp >= 0x61 && cp <= 0x7a : LOWER.test(String.fromCodePoint(cp)));
const isHan = (cp: number) => (cp < 0x80 ? false : isPlainHan(cp) || HAN.test(String.fromCodePoint(cp)));

const CONTENT = /[\p{L}\p{N}]/gu;

/**
 * Whether text.slice(start, end) holds at least `min` letters or digits (`[\p{L}\p{N}]`,
 * by code point); counts no further than it needs to. ASCII and plain Han are counted by
 * their codes; from the first other non-ASCII character on, the pattern counts.
 */
function hasContent(text: string, start: number, end: number, min: number): boolean {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && !isPlainHan(c)) {
      const rest = text.slice(i, end);
      CONTENT.lastIndex = 0;
      // test() moves lastIndex as exec() does without a match array (CONTENT never matches empty).
      while (n < min && CONTENT.test(rest)) n++;
      CONTENT.lastIndex = 0;
      return n >= min;
    }
    if ((c >= 0x80 || isAsciiAlnum(c)) && ++n >= min) return true;
  }
  return false;
}

/**
 * What TOKEN_BEFORE (`(\S+)$`) captured in text.slice(from, to): the last run of non-space
 * characters, '' when the slice ends on a space. Read backwards from the end: the regex
 * tried every start position from the left.
 */
export function tokenBefore(text: string, from: number, to: number): string {
  return text.slice(tokenStart(text, from, to), to);
}

function tokenStart(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && !isJsSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

/** What a character can be to a pattern (bits): the scan reads these from a table for ASCII. */
const BREAK = 1;
const LATIN_STOP = 2;
const DASH = 4;
const COMMA = 8;
const CJK_STOP = 16;
const BANG = 32;

function roleOf(c: number): number {
  return (isBreak(c) ? BREAK : 0) | (isLatinStop(c) ? LATIN_STOP : 0) | (isDash(c) ? DASH : 0) | (c === 0x2c || c === 0xff0c ? COMMA : 0) |
    (isCjkStop(c) ? CJK_STOP : 0) | (isBang(c) ? BANG : 0);
}
const ASCII_ROLES = Uint8Array.from({ length: 0x80 }, (_, c) => roleOf(c));
/** Every non-ASCII character with a role lies in U+2013–U+27A4, is 。 or lies in U+FF01–U+FF1F. */
const mayHaveRole = (c: number) => (c >= 0x2013 && c <= 0x27a4) || c === 0x3002 || (c >= 0xff01 && c <= 0xff1f);

/**
 * The one scan: cuts after line breaks, markers and ALWAYS_STOP's matches into `pieces`
 * (the first two passes: none of their matches can hold a break or marker, so scanning the
 * whole text finds what scanning each line found), and notes the candidates of the others.
 */
function scan(text: string): void {
  const n = text.length;
  pieces.length = 0;
  pieces.push(0);
  STOPS.length = 0;
  DASHES.length = 0;
  COMMAS.length = 0;
  let stopEnd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const role = c < 0x80 ? ASCII_ROLES[c]! : mayHaveRole(c) ? roleOf(c) : 0;
    if (role === 0) continue;
    if (role === BREAK) { if (i + 1 < n) pieces.push(i + 1); continue; }
    if (role & LATIN_STOP) STOPS.push(i);
    else if (role & DASH) DASHES.push(i);
    else if (role & COMMA) COMMAS.push(i);
    if (i < stopEnd || (role & (CJK_STOP | BANG)) === 0) continue;
    let j = i;
    if (role & CJK_STOP) {
      while (j < n && isCjkStop(text.charCodeAt(j))) j++;
      while (j < n && isCjkCloser(text.charCodeAt(j))) j++;
    } else {
      while (j < n && isBang(text.charCodeAt(j))) j++;
    }
    stopEnd = j;
    if (j < n) pieces.push(j);
  }
}

/** The end of piece `k` of `list`. */
const pieceEnd = (list: Offsets, k: number, n: number) => (k + 1 < list.length ? list.at[k + 1]! : n);

/** Swaps the piece lists after a pass wrote `nextPieces`. */
function swapPieces(): void {
  const done = nextPieces;
  nextPieces = pieces;
  pieces = done;
}

/**
 * The LATIN_STOP pass: in each piece, a run of `.!?…`, then closers, then white space; cut
 * after the closers when latinStopIsBoundary. A run that fails the look-ahead fails from
 * each of its stops, and closers cannot start a match, so the next try is past both.
 */
function cutLatinStops(text: string, lang: FabeLang): void {
  const n = text.length;
  const stops = STOPS.at;
  const count = STOPS.length;
  nextPieces.length = 0;
  let p = 0;
  for (let k = 0; k < pieces.length; k++) {
    const a = pieces.at[k]!;
    const b = pieceEnd(pieces, k, n);
    nextPieces.push(a);
    // The regex started again at the piece's start: a match of the piece before may have run past it.
    while (p > 0 && stops[p - 1]! >= a) p--;
    while (p < count && stops[p]! < a) p++;
    while (p < count && stops[p]! < b) {
      const s = stops[p]!;
      let e = s + 1;
      while (e < n && isLatinStop(text.charCodeAt(e))) e++;
      while (e < n && isLatinCloser(text.charCodeAt(e))) e++;
      if (e < b && isJsSpace(text.charCodeAt(e)) && latinStopIsBoundary(text, s, e, lang)) nextPieces.push(e);
      while (p < count && stops[p]! < e) p++;
    }
  }
  swapPieces();
}

/** The boundary test of a LATIN_STOP match text.slice(s, e) (e is followed by white space). */
function latinStopIsBoundary(text: string, s: number, e: number, lang: FabeLang): boolean {
  if (followedByLower(text, e)) return false;
  if (text.charCodeAt(s) !== 0x2e) return true;
  // The word before the stop: the token of the 20 characters before it, without leading ( " ' “ ‘ [.
  let w = tokenStart(text, Math.max(0, s - 20), s);
  while (w < s && isWordOpener(text.charCodeAt(w))) w++;
  if (w === s) return true;
  const length = s - w;
  if (length <= 2 && isInitial(text, w, s)) return false;
  if (lang === 'de' && isDigits(text, w, s)) return false; // "1. Platz"
  // Lower-casing never shortens a string, so a longer word is no abbreviation.
  return length > MAX_ABBREVIATION || !isAbbreviation(text.slice(w, s), lang);
}

const isWordOpener = (c: number) => c === 0x28 || c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x5b;

/** LOWER_START `^\s+\p{Ll}` on text.slice(e, e + 3), where text[e] is white space. */
function followedByLower(text: string, e: number): boolean {
  const end = Math.min(text.length, e + 3);
  for (let i = e + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isJsSpace(c)) return isLower(codePointIn(text, i, end));
  }
  return false;
}

/** `^\p{Lu}$` on text.slice(w, s): one upper-case letter (an initial: "J. Smith"). */
function isInitial(text: string, w: number, s: number): boolean {
  const c = text.charCodeAt(w);
  if (s - w === 1 && c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER.test(text.slice(w, s));
}

/** `^\d+$` on text.slice(w, s). */
function isDigits(text: string, w: number, s: number): boolean {
  for (let i = w; i < s; i++) { const c = text.charCodeAt(i); if (c < 0x30 || c > 0x39) return false; }
  return true;
}

/**
 * The SPACED_DASH pass: in each piece, white space, a dash, white space and a letter; the
 * piece is cut before the first white space unless fewer than MIN_HEADING_WORDS words
 * lead up to it from the piece's start (a heading).
 */
function cutSpacedDashes(text: string): void {
  const n = text.length;
  const dashes = DASHES.at;
  const count = DASHES.length;
  nextPieces.length = 0;
  let p = 0;
  for (let k = 0; k < pieces.length; k++) {
    const a = pieces.at[k]!;
    const b = pieceEnd(pieces, k, n);
    nextPieces.push(a);
    while (p > 0 && dashes[p - 1]! - 1 >= a) p--;
    // `next`: the regex's lastIndex; a match is three characters long.
    let next = a;
    for (; p < count && dashes[p]! - 1 < b; p++) {
      const m = dashes[p]! - 1;
      if (m < next) continue;
      if (!isJsSpace(text.charCodeAt(m)) || m + 2 >= n || !isJsSpace(text.charCodeAt(m + 2)) || !isLetter(text.codePointAt(m + 3) ?? -1)) continue;
      next = m + 3;
      if (m > a && countsWords(text, a, m, MIN_HEADING_WORDS)) nextPieces.push(m);
    }
  }
  swapPieces();
}

/** Whether text.slice(start, end) holds `min` words (runs of non-space characters), min ≥ 2 (split(/\s+/) of a blank string still gave one). */
function countsWords(text: string, start: number, end: number, min: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = isJsSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words >= min) return true;
    inWord = !space;
  }
  return false;
}

/**
 * Chinese clauses: each piece cut after CN_COMMA (`，|,(?=\s*\p{Script=Han})|(?<=\p{Script=Han}),`),
 * and a clause too short to be a claim merged with the one before (or the one before into it).
 */
function cutChineseClauses(text: string): void {
  const n = text.length;
  const commas = COMMAS.at;
  const count = COMMAS.length;
  nextPieces.length = 0;
  let p = 0;
  for (let k = 0; k < pieces.length; k++) {
    const a = pieces.at[k]!;
    const b = pieceEnd(pieces, k, n);
    nextPieces.push(a);
    let clause = a; // where the clause being built starts
    let piece = a; // where the piece being read starts
    for (; p < count && commas[p]! < b; p++) {
      const q = commas[p]!;
      if (q + 1 >= b || !isClauseComma(text, q)) continue;
      if (piece !== a && startsClause(text, clause, piece, q + 1)) { nextPieces.push(piece); clause = piece; }
      piece = q + 1;
    }
    if (piece !== a && startsClause(text, clause, piece, b)) nextPieces.push(piece);
  }
  swapPieces();
}

/** Whether the piece [piece, end) starts a clause after the one from `clause`: both hold MIN_CLAUSE letters or digits. */
const startsClause = (text: string, clause: number, piece: number, end: number) =>
  hasContent(text, piece, end, MIN_CLAUSE) && hasContent(text, clause, piece, MIN_CLAUSE);

/** Whether CN_COMMA matches at `q` (a comma): ， always, `,` next to Han (white space between it and the Han after it). */
function isClauseComma(text: string, q: number): boolean {
  if (text.charCodeAt(q) === 0xff0c) return true;
  let j = q + 1;
  while (j < text.length && isJsSpace(text.charCodeAt(j))) j++;
  if (j < text.length && isHan(text.codePointAt(j)!)) return true;
  if (q === 0) return false;
  const low = text.charCodeAt(q - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && q >= 2 && text.charCodeAt(q - 2) >= 0xd800 && text.charCodeAt(q - 2) <= 0xdbff;
  return isHan(pair ? text.codePointAt(q - 2)! : low);
}

/** LEADING_JUNK's look-ahead `[\p{L}\p{N}【\[(（"“']` at `k` of text.slice(0, end). */
const opensStatement = (text: string, k: number, end: number) => {
  const c = text.charCodeAt(k);
  return c === 0x3010 || c === 0x5b || c === 0x28 || c === 0xff08 || c === 0x22 || c === 0x201c || c === 0x27 || isLetterOrDigit(codePointIn(text, k, end));
};

/** LEADING_JUNK's run `[\s\-–—*·>#\d.)）(（①-⑳]`. */
const isLeadingJunk = (c: number) =>
  isJsSpace(c) || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2a || c === 0xb7 || c === 0x3e || c === 0x23 || (c >= 0x30 && c <= 0x39) ||
  c === 0x2e || c === 0x29 || c === 0xff09 || c === 0x28 || c === 0xff08 || (c >= 0x2460 && c <= 0x2473);

/**
 * Where text.slice(start, end) starts once LEADING_JUNK (`^[junk]*?(?=[opener])`) is cut:
 * the first opener after junk only, or `start` when something else comes first.
 */
function afterLeadingJunk(text: string, start: number, end: number): number {
  for (let k = start; k < end; k++) {
    if (opensStatement(text, k, end)) return k;
    if (!isLeadingJunk(text.charCodeAt(k))) return start;
  }
  return start;
}

/** Trims white space and list markers; drops pieces without letters or digits. */
function tidy(text: string): Span[] {
  const n = text.length;
  const out: Span[] = [];
  for (let k = 0; k < pieces.length; k++) {
    let start = afterLeadingJunk(text, pieces.at[k]!, pieceEnd(pieces, k, n));
    let end = pieceEnd(pieces, k, n);
    while (start < end && isJsSpace(text.charCodeAt(start))) start++;
    while (end > start && isTrailingJunk(text.charCodeAt(end - 1))) end--;
    if (hasContent(text, start, end, 1)) out.push({ start, end });
  }
  return out;
}

export function segment(text: string, lang: FabeLang): Span[] {
  return text ? segmentFlat(flatString(text), lang) : [];
}

/** `segment` of a non-empty text already copied by flatString (the scan reads every character code). */
export function segmentFlat(text: string, lang: FabeLang): Span[] {
  scan(text);
  if (STOPS.length) cutLatinStops(text, lang);
  if (DASHES.length) cutSpacedDashes(text);
  if (lang === 'zh' && COMMAS.length) cutChineseClauses(text);
  return tidy(text);
}

/** The statements' texts, for callers that need no offsets. */
export function segmentTexts(text: string, lang: FabeLang): string[] {
  return segment(text, lang).map((s) => text.slice(s.start, s.end));
}
