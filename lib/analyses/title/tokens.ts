/**
 * Word tokens with their positions, shared by the title rules (repeated words, ALL CAPS)
 * and keyword coverage. Latin words and numbers are split at spaces, punctuation and
 * hyphens; a run of Chinese characters is one token (it has no spaces to split on —
 * keyword matching inside it is substring-based, see keywords.ts).
 */

export type TokenScript = 'latin' | 'number' | 'han' | 'other';

export interface Token {
  /** As written. */
  text: string;
  /** NFKC (full-width → ASCII) and lower-cased, for comparisons. */
  norm: string;
  /** UTF-16 offsets into the input, end exclusive. */
  start: number;
  end: number;
  script: TokenScript;
}

const TOKEN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+(?:['’](?:(?!\p{Script=Han})[\p{L}\p{M}])+)*)/gu;
const DIGITS = /^\p{N}+$/u;
const LATIN = /\p{Script=Latin}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const norm = raw.normalize('NFKC').toLowerCase();
    const script: TokenScript = m[1] ? 'han' : DIGITS.test(norm) ? 'number' : LATIN.test(norm) ? 'latin' : 'other';
    out.push({ text: raw, norm, start, end: start + raw.length, script });
  }
  return out;
}

/** Code points, as Amazon counts title length. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** UTF-8 bytes, as Amazon counts the search-terms field. */
export function utf8Bytes(text: string): number {
  // Counted, not encoded: no allocation per keystroke.
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Chinese (any non-ASCII) counted as 2 and ASCII as 1, as Taobao and JD count titles. */
export function cnBytes(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! <= 0xff ? 1 : 2;
  return n;
}
