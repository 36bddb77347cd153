import { isAbbreviation } from './abbreviations';
import type { FabeLang } from './lang';

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
 */

export interface Span {
  start: number;
  end: number;
}

const MIN_CLAUSE = 3;
const MIN_HEADING_WORDS = 6;

const HARD_BREAK = /\r?\n|[•●■◆▪★☆✔✅➤►▶]/g;
const LATIN_STOP = /[.!?…]+["'”’»)\]]*(?=\s)/g;
const ALWAYS_STOP = /[。！？；;]+["'”’」』)）]*|[!?！？]+/g;
const CN_COMMA = /，|,(?=\s*\p{Script=Han})|(?<=\p{Script=Han}),/gu;
const SPACED_DASH = /\s[–—-]\s(?=\p{L})/gu;
const LEADING_JUNK = /^[\s\-–—*·>#\d.)）(（①-⑳]*?(?=[\p{L}\p{N}【\[(（"“'])/u;
/** A clause keeps its full stop but not the comma or dash it was cut at. */
const TRAILING_JUNK = /[\s，,、\-–—]/u;
const CONTENT = /[\p{L}\p{N}]/gu;
const LOWER_START = /^\s+\p{Ll}/u;

const ANY_CONTENT = /[\p{L}\p{N}]/u;

/**
 * Characters every match of a pass holds: a text without one is left as it is by that pass,
 * which is then not run (a simple class scans much faster than the patterns, and most
 * texts have no line break, bullet or dash).
 */
const MAY_BREAK = /[\n•●■◆▪★☆✔✅➤►▶]/;
const MAY_DASH = /[–—-]/;
const MAY_STOP = /[。！？；;!?]/;

/** Whether `s` holds at least `min` letters or digits; counts no further than it needs to. */
function hasContent(s: string, min: number): boolean {
  if (min === 1) return ANY_CONTENT.test(s);
  let n = 0;
  CONTENT.lastIndex = 0;
  // test() moves lastIndex as exec() does without a match array (CONTENT never matches empty).
  while (n < min && CONTENT.test(s)) n++;
  CONTENT.lastIndex = 0;
  return n >= min;
}

/** Cut points (end of each piece) inside [start, end) found by `re`. */
function cuts(text: string, re: RegExp, start: number, end: number, keep: (m: RegExpExecArray) => boolean): number[] {
  const out: number[] = [];
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    if (keep(m)) out.push(m.index + m[0].length);
  }
  return out;
}

function splitAt(spans: Span[], text: string, find: (s: Span) => number[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let from = s.start;
    for (const c of find(s)) {
      if (c > from && c < s.end) { out.push({ start: from, end: c }); from = c; }
    }
    out.push({ start: from, end: s.end });
  }
  return out;
}

/** JavaScript's \s: white space and line terminators. */
export function isJsSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * What TOKEN_BEFORE (`(\S+)$`) captured in text.slice(from, to): the last run of non-space
 * characters, '' when the slice ends on a space. Read backwards from the end: the regex
 * tried every start position from the left.
 */
export function tokenBefore(text: string, from: number, to: number): string {
  let k = to;
  while (k > from && !isJsSpace(text.charCodeAt(k - 1))) k--;
  return text.slice(k, to);
}

function latinStopIsBoundary(text: string, m: RegExpExecArray, lang: FabeLang): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
  if (LOWER_START.test(after)) return false;
  if (m[0][0] !== '.') return true;
  const token = tokenBefore(text, Math.max(0, m.index - 20), m.index);
  const word = token.replace(/^[("'“‘[]+/, '');
  if (word === '') return true;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial
  if (lang === 'de' && /^\d+$/.test(word)) return false; // "1. Platz"
  return !isAbbreviation(word, lang);
}

const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** TRAILING_JUNK on one code unit. */
const isTrailingJunk = (c: number) => isJsSpace(c) || c === 0x2c || c === 0x2d || c === 0xff0c || c === 0x3001 || c === 0x2013 || c === 0x2014;

/**
 * Whether text.slice(start, end) holds a letter or digit (ANY_CONTENT): an ASCII letter or
 * digit is found by its code; from the first other non-ASCII character on, the pattern
 * decides (ASCII punctuation and spaces are neither).
 */
function holdsContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return ANY_CONTENT.test(text.slice(i, end));
    if (isAsciiAlnum(c)) return true;
  }
  return false;
}

/**
 * Trims white space and list markers; drops pieces without letters or digits. Most pieces
 * start with a letter or digit, where LEADING_JUNK matches nothing (its lazy run stops at
 * once: a letter or digit is what its look-ahead wants), so the pattern and the copy it
 * reads are left for the others.
 */
function tidy(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (let { start, end } of spans) {
    if (start < end && !isAsciiAlnum(text.charCodeAt(start))) {
      const lead = LEADING_JUNK.exec(text.slice(start, end));
      if (lead) start += lead[0].length;
    }
    while (start < end && isJsSpace(text.charCodeAt(start))) start++;
    while (end > start && isTrailingJunk(text.charCodeAt(end - 1))) end--;
    if (holdsContent(text, start, end)) out.push({ start, end });
  }
  return out;
}

/** Chinese clauses: cut at ， and merge back pieces too short to be a claim. */
function chineseClauses(text: string, span: Span): Span[] {
  const pieces = splitAt([span], text, (s) => cuts(text, CN_COMMA, s.start, s.end, () => true));
  const out: Span[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    const short = !hasContent(text.slice(p.start, p.end), MIN_CLAUSE);
    if (last && (short || !hasContent(text.slice(last.start, last.end), MIN_CLAUSE))) last.end = p.end;
    else out.push({ ...p });
  }
  return out;
}

export function segment(text: string, lang: FabeLang): Span[] {
  if (!text) return [];
  let spans: Span[] = [{ start: 0, end: text.length }];
  if (MAY_BREAK.test(text)) spans = splitAt(spans, text, (s) => cuts(text, HARD_BREAK, s.start, s.end, () => true));
  if (MAY_STOP.test(text)) spans = splitAt(spans, text, (s) => cuts(text, ALWAYS_STOP, s.start, s.end, () => true));
  spans = splitAt(spans, text, (s) => cuts(text, LATIN_STOP, s.start, s.end, (m) => latinStopIsBoundary(text, m, lang)));
  if (MAY_DASH.test(text)) spans = splitAt(spans, text, (s) =>
    cuts(text, SPACED_DASH, s.start, s.end, (m) => text.slice(s.start, m.index).trim().split(/\s+/).length >= MIN_HEADING_WORDS).map((c) => c - 3),
  );
  if (lang === 'zh') spans = spans.flatMap((s) => chineseClauses(text, s));
  return tidy(text, spans);
}

/** The statements' texts, for callers that need no offsets. */
export function segmentTexts(text: string, lang: FabeLang): string[] {
  return segment(text, lang).map((s) => text.slice(s.start, s.end));
}
