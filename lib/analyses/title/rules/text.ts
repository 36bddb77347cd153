import type { Span } from '../../../schema';
import { fold, isWordUnit } from './word-list';

/** Small text helpers the rules share: offsets, loose matching of names, mechanical fixes. */

/** UTF-16 offset of the n-th code point (limits are in code points, spans in UTF-16). */
export function codePointOffset(text: string, n: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (count === n) return i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
    count++;
  }
  return text.length;
}

/** A short quote of the text around a span, for messages. */
export function excerpt(text: string, start: number, end = text.length, max = 24): string {
  const piece = text.slice(start, end);
  return piece.length > max ? `${piece.slice(0, max)}…` : piece;
}

const SEP = (c: number) => c === 0x20 || c === 0x2d;

/** A name folded with spaces and hyphens removed: `Sourcing Map` → `sourcingmap`. */
export function nameKey(name: string): string {
  let out = '';
  const f = fold(name.trim());
  for (let i = 0; i < f.length; i++) if (!SEP(f.charCodeAt(i))) out += f[i];
  return out;
}

/**
 * Where `key` (a nameKey) matches the folded text at `pos`, ignoring spaces and hyphens in
 * the text and needing a boundary where the name starts or ends with a Latin letter or digit
 * (so the brand Ace does not match Acer). Returns the end offset, or -1.
 */
export function matchNameAt(folded: string, pos: number, key: string): number {
  if (!key || pos >= folded.length) return -1;
  if (isWordUnit(key.charCodeAt(0)) && pos > 0 && isWordUnit(folded.charCodeAt(pos - 1))) return -1;
  let j = pos;
  for (let k = 0; k < key.length; k++) {
    while (k > 0 && j < folded.length && SEP(folded.charCodeAt(j)) && !SEP(key.charCodeAt(k))) j++;
    if (folded.charCodeAt(j) !== key.charCodeAt(k)) return -1;
    j++;
  }
  if (isWordUnit(key.charCodeAt(key.length - 1)) && j < folded.length && isWordUnit(folded.charCodeAt(j))) return -1;
  return j;
}

/** Every non-overlapping occurrence of any of the names (longest first at each position). */
export function findNames(folded: string, keys: readonly string[]): Span[] {
  const out: Span[] = [];
  if (keys.length === 0) return out;
  for (let i = 0; i < folded.length; ) {
    let end = -1;
    for (const key of keys) {
      if (folded.charCodeAt(i) !== key.charCodeAt(0)) continue;
      end = Math.max(end, matchNameAt(folded, i, key));
    }
    if (end > i) { out.push({ start: i, end }); i = end; } else i++;
  }
  return out;
}

const NAME_PARTS = /[/／（）()【】[\]|｜,，、]+/u;

/** A brand as the names it is written under: `华为（HUAWEI）` → 华为（HUAWEI）, 华为, HUAWEI (as nameKeys, longest first). */
export function nameKeys(name: string | undefined): string[] {
  if (!name?.trim()) return [];
  const keys = new Set([nameKey(name), ...name.split(NAME_PARTS).map(nameKey)]);
  keys.delete('');
  return [...keys].sort((a, b) => b.length - a.length);
}

export const within = (start: number, end: number, spans: readonly Span[]): boolean =>
  spans.some((s) => start >= s.start && end <= s.end);

const MULTI_SPACE = /[ \u3000]{2,}/g;
const SPACE_BEFORE_PUNCT = / +([,.;:，。；：)）\]】])/g;
const EMPTY_BRACKETS = /\(\s*\)|（\s*）|\[\s*\]|【\s*】/g;
const DOUBLE_PUNCT = /([,;，；|])\s*[,;，；|]+/g;
const EDGES = /^[\s,;:|，；、\-–]+|[\s,;:|，；、\-–]+$/g;

/** Tidies the text left after deleting pieces: no doubled spaces, commas or empty brackets. */
export function tidy(text: string): string {
  return text
    .replace(EMPTY_BRACKETS, '')
    .replace(MULTI_SPACE, ' ')
    .replace(SPACE_BEFORE_PUNCT, '$1')
    .replace(DOUBLE_PUNCT, '$1')
    .replace(EDGES, '');
}

/**
 * The text with the spans removed. A removed piece glued between two letters or digits
 * becomes a space (`Cover_Stretch` → `Cover Stretch`), so words do not run together.
 */
export function removeSpans(text: string, spans: readonly Span[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out += text.slice(at, s.start);
    const before = text.charCodeAt(s.start - 1);
    const after = text.charCodeAt(s.end);
    if (isWordUnit(before) && isWordUnit(after)) out += ' ';
    at = s.end;
  }
  return tidy(out + text.slice(at));
}

export const quoteList = (items: readonly string[], max = 6): { zh: string; en: string } => {
  const shown = items.slice(0, max);
  const more = items.length - shown.length;
  return {
    zh: shown.map((t) => `“${t}”`).join('、') + (more > 0 ? ` 等 ${items.length} 个` : ''),
    en: shown.map((t) => `"${t}"`).join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
};
