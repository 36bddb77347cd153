import { stem } from '../title/keywords/stemming';
import { isAsciiAlnum, isAsciiLetter } from './char-code';
import { Memo, MEMO_SIZE } from './memo';
import { PairTable, WordTable, type WordEntry } from './word-table';
import { CN_STOP_CHARS, CN_STOP_WORDS, STOP_WORDS, SYNONYMS, WEAK_WORDS } from './theme-words';

/**
 * Theme keys: what a statement is about, as comparable keys. Latin-script text gives its
 * content words (stemmed: "batteries" = "battery") and pairs of adjacent content words
 * ("stainless steel", "battery life"); Chinese gives the 2–4 character n-grams of its Han
 * runs that hold no function character (不锈钢, 保温, 电池). Each key is then mapped
 * through the synonym groups (theme-words.ts), so "waterproof", "wasserdicht" and 防水
 * are one theme. `surface` keeps a readable form for display.
 */

export interface ThemeKey {
  key: string;
  surface: string;
  /** Words in the key (1 or 2) or Han characters (2–4): longer keys are more specific. */
  size: number;
}

const LATIN_RUN = /[\p{Script=Latin}][\p{Script=Latin}\d'’-]*[\p{Script=Latin}\d]|[\p{Script=Latin}]/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

const norm = (w: string) => stem(w.toLowerCase().replace(/’/g, "'"));

/** Synonym surface (normalised) → the group's name (its first entry). */
const SYNONYM_KEY = new Map<string, string>();
for (const group of SYNONYMS) {
  for (const s of group) SYNONYM_KEY.set(/\p{Script=Han}/u.test(s) ? s : s.split(/\s+/).map(norm).join(' '), group[0]!);
}

const GROUP_KEYS: ReadonlySet<string> = new Set(SYNONYMS.map((g) => g[0]!));

/** Whether a key names a synonym group (its display form is then the key itself). */
export const isGroupKey = (key: string) => GROUP_KEYS.has(key);

/**
 * Keys already worked out (memo.ts): a listing repeats its words, and stemming plus the
 * synonym lookup was a good share of a 1,000-statement table.
 */
const KEY_OF = new Memo<string>(4 * MEMO_SIZE);

function computeKey(surface: string): string {
  const n = /\p{Script=Han}/u.test(surface) ? surface : surface.split(/\s+/).map(norm).join(' ');
  return SYNONYM_KEY.get(n) ?? n;
}

/** The theme key of one surface form (a word, a pair of words or a Chinese n-gram). */
export function canonicalKey(surface: string): string {
  return KEY_OF.get(surface, () => computeKey(surface));
}

/** A key from a normal form: the synonym group it belongs to, else itself. */
function keyOfNorm(n: string): string {
  return SYNONYM_KEY.get(n) ?? n;
}

/**
 * What collect needs of one lower-cased Latin word, worked out once per word (word-table.ts:
 * a listing repeats its words): its norm (for the pairs it is in) and its key as a word of
 * its own, undefined for a weak word (it counts in pairs only). A word that is no content
 * word (short, a stop word, a number) is NOT_CONTENT. This is canonicalKey's value for the
 * word (a Latin word holds no white space and no Han: its key is its norm's), and for a
 * pair of words keyOfNorm of their two norms joined by one space.
 */
interface WordInfo {
  norm: string;
  key: string | undefined;
}
const NOT_CONTENT: WordInfo = { norm: '', key: undefined };

function computeWordInfo(word: string): WordInfo {
  if (!isContent(word)) return NOT_CONTENT;
  // norm(word) for a word already lower-cased (lower-casing again changes nothing): the
  // copy and the pattern are skipped when there is no ’ to replace.
  const n = stem(word.includes('’') ? word.replace(/’/g, "'") : word);
  return { norm: n, key: WEAK_WORDS.has(word) ? undefined : keyOfNorm(n) };
}

/** A pair of adjacent content words: its surface ("battery life") and its key. */
interface PairInfo {
  surface: string;
  key: string;
}

const PAIRS = new PairTable<WordInfo, PairInfo>(4 * MEMO_SIZE, computePair);
const WORDS = new WordTable<WordInfo>(4 * MEMO_SIZE, computeWordInfo, PAIRS);

function computePair(first: WordEntry<WordInfo>, second: WordEntry<WordInfo>): PairInfo {
  const surface = `${first.word} ${second.word}`;
  // Most words are their own norm: then the pair is its own normal form too.
  const a = first.value.norm;
  const b = second.value.norm;
  return { surface, key: keyOfNorm(a === first.word && b === second.word ? surface : `${a} ${b}`) };
}

/** A Han n-gram is its own normal form: its key is one synonym lookup, cheaper than a memo's. */
const hanKey = (gram: string) => SYNONYM_KEY.get(gram) ?? gram;
/** The code units that are a synonym entry on their own (a one-unit SYNONYM_KEY key). */
const SYNONYM_UNITS = new Set([...SYNONYM_KEY.keys()].filter((k) => k.length === 1).map((k) => k.charCodeAt(0)));

const startsWithDigit = (w: string) => { const c = w.charCodeAt(0); return c >= 0x30 && c <= 0x39; };
const isContent = (w: string) => w.length >= 3 && !STOP_WORDS.has(w) && !startsWithDigit(w);

/** The characters of SEPARATOR_BETWEEN (a class of single BMP characters), looked up by code unit. */
export const SEPARATOR_CODES: ReadonlySet<number> = new Set([...',.;:!?()[]{}|/，。；：！？、（）【】'].map((c) => c.charCodeAt(0)));
function separatorBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SEPARATOR_CODES.has(text.charCodeAt(i))) return true;
  return false;
}

/** The function characters of CN_STOP_CHARS (a class of single BMP characters), by code unit. */
export const CN_STOP_CODES: ReadonlySet<number> = new Set([...CN_STOP_CHARS.source.slice(1, -1)].map((c) => c.charCodeAt(0)));

const NON_ASCII = /[^\x00-\x7f]/;
/** No longer n-gram can be a Chinese stop word (they are all two characters): the set is not asked. */
const LONGEST_CN_STOP_WORD = Math.max(...[...CN_STOP_WORDS].map((w) => w.length));

/**
 * The LATIN_RUN matches of a text whose only Latin-script characters are ASCII (an ASCII
 * text, or a plain one: see plainKind), read off the character codes: there the pattern is
 * `[A-Za-z][A-Za-z0-9'’-]*[A-Za-z0-9]|[A-Za-z]`, so a match is a letter and the run of
 * letters, digits, ' ’ and - after it, cut back to its last letter or digit; the next match
 * is searched from its end.
 */
export function asciiLatinRuns(text: string, run: (start: number, end: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isAsciiLetter(text.charCodeAt(i))) { i++; continue; }
    let end = i + 1;
    let j = i + 1;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (isAsciiAlnum(c)) end = j + 1;
      else if (c !== 0x27 && c !== 0x2d && c !== 0x2019) break;
    }
    run(i, end);
    i = end;
  }
}

/**
 * Non-ASCII code units below U+3040 that are not Latin script (punctuation, symbols,
 * dingbats: ’ “ ” – — … • ✔ × °), found with the pattern's own property so the two agree;
 * with the Han ideographs and the fullwidth punctuation they make a text "plain": its words
 * are ASCII, and asciiLatinRuns reads them as LATIN_RUN does. Reviews and bullets are
 * mostly ASCII with a few of these (an apostrophe ’ is enough to leave the ASCII path),
 * and the pattern made a match, a copy and a lower-cased copy per word.
 */
const NOT_LATIN_BELOW_3040 = new Uint8Array(0x3040);
const NOT_LATIN_FULLWIDTH = new Uint8Array(0x66);
{
  const latin = /\p{Script=Latin}/u;
  for (let c = 0x80; c < 0x3040; c++) if (!latin.test(String.fromCharCode(c))) NOT_LATIN_BELOW_3040[c] = 1;
  // Fullwidth forms up to U+FF65 (punctuation; the fullwidth letters are Latin).
  for (let c = 0xff00; c <= 0xff65; c++) if (!latin.test(String.fromCharCode(c))) NOT_LATIN_FULLWIDTH[c - 0xff00] = 1;
}
/** What kind of text plainKind found. */
export const NOT_PLAIN = 0;
const PLAIN = 1;
const PLAIN_WITH_HAN = 2;
const isPlainHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/** Whether every non-ASCII character of `text` is plain (above), and whether one is Han. */
export function plainKind(text: string): number {
  let kind = PLAIN;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (isPlainHan(c)) kind = PLAIN_WITH_HAN;
    else if (c < 0x3040 ? NOT_LATIN_BELOW_3040[c] === 0 : c < 0xff00 || c > 0xff65 || NOT_LATIN_FULLWIDTH[c - 0xff00] === 0) return NOT_PLAIN;
  }
  return kind;
}

/**
 * Calls `add` with every surface form of `text`, its size and its key, in order (themeKeys
 * keeps the first per key). The key is canonicalKey(surface), worked out here by the
 * surface's kind (keyOfNorm, hanKey).
 */
function collect(text: string, add: (surface: string, size: number, key: string) => void): void {
  // Emptied between texts only: the word entries held while a text is read must stay valid.
  if (WORDS.full) WORDS.clear();
  let prev: WordEntry<WordInfo> | undefined;
  let prevEnd = 0;
  const word = (entry: WordEntry<WordInfo>, start: number, end: number) => {
    const info = entry.value;
    if (info === NOT_CONTENT) { prev = undefined; return; }
    if (info.key !== undefined) add(entry.word, 1, info.key);
    if (prev !== undefined && !separatorBetween(text, prevEnd, start)) {
      const pair = PAIRS.get(prev, entry);
      add(pair.surface, 2, pair.key);
    }
    prev = entry;
    prevEnd = end;
  };
  const kind = NON_ASCII.test(text) ? plainKind(text) : PLAIN;
  if (kind === NOT_PLAIN) {
    LATIN_RUN.lastIndex = 0;
    for (let m = LATIN_RUN.exec(text); m; m = LATIN_RUN.exec(text)) word(WORDS.of(m[0].toLowerCase()), m.index, m.index + m[0].length);
  } else {
    asciiLatinRuns(text, (start, end) => word(WORDS.ascii(text, start, end), start, end));
    if (kind === PLAIN) return;
  }
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
    const run = m[0];
    // Which code units are function characters, looked up once per run rather than once
    // per n-gram (every n-gram holding one is skipped; they are all single BMP characters).
    if (stopScratch.length < run.length) stopScratch = new Uint8Array(run.length * 2);
    const stop = stopScratch;
    for (let i = 0; i < run.length; i++) stop[i] = CN_STOP_CODES.has(run.charCodeAt(i)) ? 1 : 0;
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= run.length; i++) {
        let hasStop = false;
        for (let k = i; k < i + n; k++) if (stop[k]) { hasStop = true; break; }
        if (hasStop) continue;
        const g = run.slice(i, i + n);
        if (n <= LONGEST_CN_STOP_WORD && CN_STOP_WORDS.has(g)) continue;
        add(g, n, hanKey(g));
      }
    }
    // A single Han character only counts when it is a synonym entry of its own (棉, 轻).
    // By code unit: `for (const ch of run)` made a string of every character (a Han
    // character is no cached one-character string); one is made only for an entry.
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < run.length && (run.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        const ch = run.slice(i, ++i + 1);
        if (SYNONYM_KEY.has(ch)) add(ch, 1, hanKey(ch));
      } else if (SYNONYM_UNITS.has(c)) {
        const ch = run[i]!;
        add(ch, 1, hanKey(ch));
      }
    }
  }
}

/** The Han runs' function-character marks (collect): one buffer for every run, read only below its length. */
let stopScratch = new Uint8Array(64);

export function themeKeys(text: string): ThemeKey[] {
  const out = new Map<string, ThemeKey>();
  collect(text, (surface, size, key) => {
    if (!out.has(key)) out.set(key, { key, surface, size });
  });
  return [...out.values()];
}

/** themeKeys as keys and their surfaces, in the same order (chains.ts reads only these). */
export interface KeyList {
  readonly keys: readonly string[];
  readonly surfaces: readonly string[];
}

/**
 * themeKeys without the intermediate objects, as two arrays made at their size: a Map per
 * statement grew (a new table at 4, 8, 16… keys) to about a kilobyte for twenty keys. A key
 * already added for this text is told by its stamp in SEEN, one map for every text (a new
 * key adds to it; the keys of a page come back on every read).
 */
export function themeKeyList(text: string): KeyList {
  if (++stamp > 0x3fffffff || SEEN.size > 1 << 16) { SEEN.clear(); stamp = 1; }
  count = 0;
  collect(text, addKey);
  return { keys: KEYS_AT.slice(0, count), surfaces: SURFACES_AT.slice(0, count) };
}

const SEEN = new Map<string, number>();
let stamp = 0;
const KEYS_AT: string[] = [];
const SURFACES_AT: string[] = [];
let count = 0;
function addKey(surface: string, _size: number, key: string): void {
  if (SEEN.get(key) === stamp) return;
  SEEN.set(key, stamp);
  KEYS_AT[count] = key;
  SURFACES_AT[count++] = surface;
}
