import { stem } from './stemming';

/**
 * The units keyword matching compares: a Latin word (stemmed), a number, or ONE Chinese
 * or Japanese character. Titles and keywords are cut the same way, so a keyword matches
 * where its units equal consecutive units of the title.
 *
 * - Case and width never matter: each character is NFKC-normalised and lower-cased
 *   (`ＵＳＢ` = `usb`), offsets stay those of the input.
 * - Separators are soft (space, hyphen, dash, &, ·) or hard (, ; | / ( ) 【】、，…).
 *   A phrase may cross a soft one — "USB-C" = "usb c" — but not a hard one, which ends a
 *   clause in a title ("Pillow, Blue" does not contain "pillow blue").
 * - Letters and digits split ("iPhone15" = "iphone 15", "10000mAh" = "10000 mah"); the
 *   split is a word boundary, so "iphone" is found in "iPhone15手机壳".
 * - Numbers keep a decimal point and drop thousands commas ("20,000" = "20000"); any other
 *   comma is a separator ("16,18,20" is three numbers).
 */

export type UnitKind = 'word' | 'number' | 'cjk';
/** What separates a unit from the one before it: nothing, a soft or a hard separator. */
export type Gap = 'none' | 'soft' | 'hard';

export interface Unit {
  /** Comparison key: stemmed word, normalised number, or the character. */
  key: string;
  kind: UnitKind;
  /** UTF-16 offsets into the input, end exclusive. */
  start: number;
  end: number;
  gap: Gap;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
/** Clause separators, after NFKC (full-width ，（｜ have become , ( |). 丨 is a Han character sellers use as a bar. */
const HARD = new Set([...',;|/\\()[]{}<>:!?.', '、', '。', '【', '】', '《', '》', '「', '」', '『', '』', '〔', '〕', '〈', '〉', '丨', '\n', '\r', '\t']);
const APOSTROPHES = new Set(["'", '’']);

type CharClass = 'letter' | 'digit' | 'cjk' | 'soft' | 'hard';

/** Normalised form and class of one code point; ASCII takes the fast path. */
function classify(ch: string): [string, CharClass] {
  const c = ch.charCodeAt(0);
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return [ch, 'letter'];
    if (c >= 0x41 && c <= 0x5a) return [String.fromCharCode(c + 32), 'letter'];
    if (c >= 0x30 && c <= 0x39) return [ch, 'digit'];
    return [ch, HARD.has(ch) ? 'hard' : 'soft'];
  }
  if (ch === '丨') return [ch, 'hard'];
  if (CJK.test(ch)) return [ch, 'cjk'];
  // Only letters and digits are normalised: NFKC would turn ™ into "TM" and ① into "1".
  if (LETTER.test(ch) || DIGIT.test(ch)) {
    const norm = ch.normalize('NFKC').toLowerCase();
    if (CJK.test(norm)) return [norm, 'cjk'];
    return [norm, DIGIT.test(norm[0] ?? '') ? 'digit' : 'letter'];
  }
  const norm = ch.normalize('NFKC');
  return [ch, HARD.has(norm) || HARD.has(ch) ? 'hard' : 'soft'];
}

export function toUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let gap: Gap = 'hard';
  let kind: 'word' | 'number' | null = null;
  let buf = '';
  let start = 0;
  let end = 0;
  const flush = () => {
    if (kind === null) return;
    const key = kind === 'word' ? stem(buf) : numberKey(buf);
    units.push({ key, kind, start, end, gap });
    gap = 'none';
    kind = null;
    buf = '';
  };
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    const [norm, cls] = classify(ch);
    if (cls === 'letter' || cls === 'digit') {
      const want = cls === 'letter' ? 'word' : 'number';
      if (kind !== want) {
        flush();
        kind = want;
        start = i;
      }
      buf += norm;
      end = next;
    } else if (isInner(text, i, ch, kind)) {
      // An apostrophe inside a word (women's) or a point/comma inside a number (9.7, 20,000).
      buf += ch;
      end = next;
    } else {
      flush();
      if (cls === 'cjk') {
        units.push({ key: norm, kind: 'cjk', start: i, end: next, gap });
        gap = 'none';
      } else if (cls === 'hard') gap = 'hard';
      else if (gap === 'none') gap = 'soft';
    }
    i = next;
  }
  flush();
  return units;
}

function isInner(text: string, i: number, ch: string, kind: 'word' | 'number' | null): boolean {
  if (kind === 'word' && APOSTROPHES.has(ch)) {
    // Keep a trailing possessive apostrophe too (kids'), stem() drops it.
    return !isDigit(text.charCodeAt(i + 1));
  }
  if (kind !== 'number') return false;
  if (ch === '.') return isDigit(text.charCodeAt(i + 1));
  // A thousands comma only: exactly three digits follow ("20,000mAh"); "16,18,20" is a list.
  return ch === ',' && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4));
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

const COMMAS = /,/g;

function numberKey(raw: string): string {
  return raw.includes(',') ? raw.replace(COMMAS, '') : raw;
}
