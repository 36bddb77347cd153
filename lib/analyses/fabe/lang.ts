import { isAsciiLetter, isPlainHan } from './char-code';

/**
 * Which language a statement is in: the classifier's lexicons, the segmenter's
 * abbreviations and the drafts' template all depend on it. Reviews on an Amazon.de page
 * are often English and JD pages mix in English specs, so each statement is looked at on
 * its own; the page locale only breaks ties.
 */

export const FABE_LANGS = ['en', 'zh', 'de', 'fr', 'it', 'es'] as const;
export type FabeLang = (typeof FABE_LANGS)[number];

const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/** Frequent function words, each belonging to one language only (so "de", "la", "e" are left out). */
const MARKERS: Record<Exclude<FabeLang, 'zh'>, readonly string[]> = {
  en: ['the', 'and', 'with', 'for', 'is', 'are', 'this', 'you', 'your', 'it', 'of', 'to', 'was', 'not', 'that', 'very', 'my'],
  de: ['und', 'der', 'die', 'das', 'mit', 'für', 'ist', 'nicht', 'ein', 'eine', 'sie', 'auch', 'sehr', 'auf', 'zu', 'ich', 'wird', 'sind', 'dem', 'den'],
  fr: ['et', 'les', 'des', 'pour', 'avec', 'est', 'une', 'le', 'du', 'vous', 'pas', 'très', 'sur', 'qui', 'dans', 'au', 'je', 'aux', 'votre'],
  it: ['il', 'di', 'per', 'con', 'che', 'è', 'gli', 'della', 'sono', 'molto', 'una', 'ho', 'anche', 'alla', 'nel', 'questo', 'lo'],
  es: ['el', 'los', 'para', 'con', 'que', 'es', 'una', 'por', 'las', 'del', 'muy', 'su', 'se', 'lo', 'pero', 'como', 'más', 'y'],
};
const MARKER_LANG = new Map<string, Exclude<FabeLang, 'zh'>[]>();
for (const [lang, words] of Object.entries(MARKERS) as [Exclude<FabeLang, 'zh'>, readonly string[]][]) {
  for (const w of words) MARKER_LANG.set(w, [...(MARKER_LANG.get(w) ?? []), lang]);
}

/** The longest marker word: a longer run of letters cannot vote. */
const MAX_MARKER = Math.max(...Object.values(MARKERS).flat().map((w) => w.length));

/**
 * MARKER_LANG for the ASCII markers, keyed by the word packed into a number (a = 1 … z = 26,
 * five bits a letter; at most six letters fit well within 2^53): detectAscii looks a run up
 * without making a lower-cased copy of it.
 */
const ASCII_MARKER_LANG = new Map<number, Exclude<FabeLang, 'zh'>[]>();
for (const [w, langs] of MARKER_LANG) {
  if (!/^[a-z]+$/.test(w)) continue;
  let key = 0;
  for (let k = 0; k < w.length; k++) key = key * 32 + (w.charCodeAt(k) - 0x60);
  ASCII_MARKER_LANG.set(key, langs);
}

/** `de-DE` → `de`; unknown or unsupported → undefined. */
export function baseLang(locale: string | undefined): FabeLang | undefined {
  // Called for every statement with the page's one locale: the last answer is kept.
  if (locale === lastLocale) return lastBase;
  const l = locale?.toLowerCase().split(/[-_]/)[0];
  lastBase = (FABE_LANGS as readonly string[]).includes(l ?? '') ? (l as FabeLang) : l === 'ja' ? 'zh' : undefined;
  lastLocale = locale;
  return lastBase;
}
let lastLocale: string | undefined;
let lastBase: FabeLang | undefined;

/** Han characters (code points) in `text`, counted by runs: one match per run, not per character. */
function hanCount(text: string): number {
  let n = 0;
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
    const run = m[0];
    n += run.length;
    // A character outside the BMP is two code units and one character.
    for (let i = 0; i < run.length; i++) { const c = run.charCodeAt(i); if (c >= 0xdc00 && c <= 0xdfff) n--; }
  }
  return n;
}

/**
 * The language of one statement. Han characters make up a fifth of the letters → `zh`
 * (Chinese listings carry Latin model names and units). Otherwise the Latin words vote by
 * function word; with no vote the hint (page locale) wins, else English.
 */
export function detectLang(text: string, hint?: string): FabeLang {
  return detectAscii(text, hint) ?? detectAny(text, hint);
}

/**
 * Punctuation the shortcut knows: general punctuation (’ “ ” – — …), CJK punctuation
 * without 々 〆 〇 (U+3005–3007, which are Han), fullwidth punctuation (，：！？（）) —
 * no letters, no case, neither Latin nor Han.
 */
const isPlainPunctuation = (c: number) =>
  (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301f) ||
  (c >= 0xff01 && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65);
/**
 * Symbols the shortcut knows, none of them a letter, cased, Latin or Han: Latin-1's signs
 * (U+0080–U+00BF but ª and º, which are Latin letters; × ÷), arrows, mathematical and
 * technical signs (U+2190–U+23FF), boxes, shapes, miscellaneous symbols and dingbats
 * (U+2500–U+27BF: ✔ ★ ●). Emoji are taken apart, by their high surrogate (readFlat).
 */
const isPlainSymbol = (c: number) =>
  (c <= 0xbf && c !== 0xaa && c !== 0xba) || c === 0xd7 || c === 0xf7 || (c >= 0x2190 && c <= 0x23ff) || (c >= 0x2500 && c <= 0x27bf);
/** Latin-1's letters (à é ß ü ª º …): Latin script, each lower-cased to one code unit. */
const isLatin1Letter = (c: number) => (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 0xaa || c === 0xba;
/** High surrogates of U+1F000–U+1FBFF (emoji, playing cards, pictographs: none a letter, cased, Latin or Han). */
const isEmojiHigh = (c: number) => c >= 0xd83c && c <= 0xd83e;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * detectLang for a text of ASCII, Latin-1, plain Han, plain punctuation and plain symbols
 * only (most statements in the six languages), undefined for any other text. There the
 * general path's steps are plain: the Han characters are counted one by one, the
 * Latin-script runs are the runs of A–Z, a–z and Latin-1's letters, and lower-casing them
 * changes no length; so the runs are read off the character codes, and only runs short
 * enough to be a marker are looked up. Votes are counted in the order each language first
 * got one, as in detectAny's map, so a tie goes the same way.
 */
function detectAscii(text: string, hint?: string): FabeLang | undefined {
  return SHARED_TALLY.read(text) ? SHARED_TALLY.langOf(0, text.length, hint) : undefined;
}

/** The languages that vote (all but zh), by number, in MARKERS' order. */
const VOTING = Object.keys(MARKERS) as Exclude<FabeLang, 'zh'>[];
/** The distinct marker language lists, by number (a run's entry in a LangTally). */
const DISTINCT_LISTS = [...new Set(MARKER_LANG.values())];
/** DISTINCT_LISTS as language numbers, in the same order within each list. */
const MARKER_LISTS: readonly Int8Array[] = DISTINCT_LISTS.map((langs) => Int8Array.from(langs, (l) => VOTING.indexOf(l)));

/**
 * ASCII_MARKER_LANG as an open-addressed table of packed words (a packed word is never 0:
 * letters pack as 1–26) → their list's number: the tally looks up every short run of
 * letters, and a Map lookup per run was a good share of reading a text.
 */
const MARKER_SLOTS = 256;
const MARKER_KEYS = new Int32Array(MARKER_SLOTS);
const MARKER_LIST_OF = new Int32Array(MARKER_SLOTS);
const markerSlot = (key: number) => Math.imul(key, 0x9e3779b1) >>> 24;
{
  for (const [key, langs] of ASCII_MARKER_LANG) {
    let slot = markerSlot(key);
    while (MARKER_KEYS[slot] !== 0) slot = (slot + 1) & (MARKER_SLOTS - 1);
    MARKER_KEYS[slot] = key;
    MARKER_LIST_OF[slot] = DISTINCT_LISTS.indexOf(langs);
  }
}
/** The markers that are not plain ASCII words (für, très, è, más) → their list's number: looked up by name, they are few. */
const OTHER_MARKER_LIST = new Map([...MARKER_LANG].filter(([w]) => !/^[a-z]+$/.test(w)).map(([w, langs]) => [w, DISTINCT_LISTS.indexOf(langs)]));

function markerList(key: number): number {
  for (let slot = markerSlot(key); ; slot = (slot + 1) & (MARKER_SLOTS - 1)) {
    const k = MARKER_KEYS[slot]!;
    if (k === key) return MARKER_LIST_OF[slot]!;
    if (k === 0) return NO_MARKER;
  }
}
/** A run's list when it is plain Han (its length counts Han characters), or a word that is no marker. */
const HAN = -2;
const NO_MARKER = -1;

/**
 * The evidence detectAscii weighs, kept per run so that any stretch of the text can be
 * decided without reading it again: statements.ts reads a bullet or review body once for
 * the language that segments it, then decides each of its sentences from the same runs
 * (a sentence of that text has exactly the runs that lie inside it, when no run crosses
 * its edges). Runs are: runs of ASCII and Latin-1 letters (their marker list or NO_MARKER)
 * and runs of plain Han (HAN); other characters (digits, punctuation, symbols, emoji) carry
 * no evidence.
 * Reused from read to read: the runs are valid until the next `read`.
 */
export class LangTally {
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private lists = new Int32Array(64);
  private count = 0;
  /** langOf's votes per language number, and the languages in the order each first got one (reused). */
  private readonly votes = new Int32Array(VOTING.length);
  private readonly order = new Int8Array(VOTING.length);

  /** Reads `text`'s runs; false (and no runs) when it holds a character the shortcut does not know (detectAscii). */
  read(text: string): boolean {
    return this.readFlat(flatString(text));
  }

  /** `read` of a text already copied by flatString (statements.ts copies a source text once for this and the segmenter). */
  readFlat(text: string): boolean {
    const n = text.length;
    this.count = 0;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        i = isAsciiLetter(c) ? this.readWord(text, i) : i + 1;
        continue;
      }
      if (isPlainHan(c)) {
        const start = i;
        for (i++; i < n && isPlainHan(text.charCodeAt(i)); i++);
        this.push(start, i, HAN);
      } else if (isLatin1Letter(c)) {
        i = this.readLatin1Word(text, i, i);
      } else if (isEmojiHigh(c)) {
        i += i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      } else if (isPlainPunctuation(c) || isPlainSymbol(c)) {
        i++;
      } else {
        this.count = 0;
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the run of Latin letters from `start` and its marker list; returns its end. An
   * ASCII run is packed as it is read (6 letters fill 30 bits: still a small integer).
   */
  private readWord(text: string, start: number): number {
    const n = text.length;
    let key = 0;
    let i = start;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d >= 0x80 || !isAsciiLetter(d)) break;
      if (i - start < MAX_MARKER) key = key * 32 + ((d | 0x20) - 0x60);
    }
    if (i < n && isLatin1Letter(text.charCodeAt(i))) return this.readLatin1Word(text, start, i);
    this.push(start, i, i - start <= MAX_MARKER ? markerList(key) : NO_MARKER);
    return i;
  }

  /** readWord's run once a Latin-1 letter is met at `i`: read on, and looked up by name when short enough. */
  private readLatin1Word(text: string, start: number, i: number): number {
    const n = text.length;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d < 0x80 ? !isAsciiLetter(d) : !isLatin1Letter(d)) break;
    }
    this.push(start, i, i - start <= MAX_MARKER ? OTHER_MARKER_LIST.get(text.slice(start, i).toLowerCase()) ?? NO_MARKER : NO_MARKER);
    return i;
  }

  private push(start: number, end: number, list: number): void {
    if (this.count === this.starts.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.lists = grow(this.lists);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.lists[this.count] = list;
    this.count++;
  }

  /**
   * detectLang of text.slice(from, to) for the text last read, or undefined when a letter
   * run crosses `from` or `to` (the slice would see a shorter word: read it on its own).
   * A Han run that crosses an edge counts the part inside (one character per code unit).
   */
  langOf(from: number, to: number, hint?: string): FabeLang | undefined {
    const { starts, ends, lists, votes, order } = this;
    let han = 0;
    let latinChars = 0;
    let voters = 0;
    // The first run that ends after `from` (runs are in order and do not overlap).
    let lo = 0;
    let hi = this.count;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ends[mid]! <= from) lo = mid + 1; else hi = mid; }
    for (let r = lo; r < this.count && starts[r]! < to; r++) {
      const start = starts[r]!;
      const end = ends[r]!;
      const list = lists[r]!;
      if (list === HAN) { han += Math.min(end, to) - Math.max(start, from); continue; }
      if (start < from || end > to) { for (let k = 0; k < voters; k++) votes[order[k]!] = 0; return undefined; }
      latinChars += end - start;
      if (list === NO_MARKER) continue;
      const langs = MARKER_LISTS[list]!;
      for (let k = 0; k < langs.length; k++) {
        const l = langs[k]!;
        if (votes[l] === 0) order[voters++] = l;
        votes[l]!++;
      }
    }
    const fallback = baseLang(hint);
    let best: FabeLang | undefined;
    let bestVotes = 0;
    let fallbackVotes = 0;
    for (let k = 0; k < voters; k++) {
      const l = order[k]!;
      const v = votes[l]!;
      votes[l] = 0;
      if (v > bestVotes) { best = VOTING[l]; bestVotes = v; }
      if (VOTING[l] === fallback) fallbackVotes = v;
    }
    if (han > 0 && han * 5 >= latinChars) return 'zh';
    if (fallback && fallback !== 'zh' && fallbackVotes >= bestVotes) return fallback;
    return best ?? 'en';
  }
}

/**
 * A copy of `s` held as one flat run of characters, for the loops that read a text by
 * character code (LangTally.read, the segmenter). V8 keeps a
 * long substring as a view into its parent (a sliced string) and a long concatenation as a
 * pair (a cons string); the loop meets all kinds (bullets and review bodies are flat,
 * description paragraphs and sentences sliced, spec rows concatenated) and then read every
 * character several times slower than on flat strings alone. Copying each text first made
 * the statements stage about a quarter faster (1.98-2.04 -> 1.45-1.52 ms CPU on the bench
 * product). Array.join writes its result flat (a template literal or concat would make a
 * pair); strings under 13 code units are always flat. Other engines get a plain copy.
 * (A loop that has met a sliced or cons string stays slow on flat ones too: the segmenter's
 * scan ran 3.5 times slower on flat texts once it had seen the others.)
 */
export function flatString(s: string): string {
  return s.length < 13 ? s : [s.slice(0, 1), s.slice(1)].join('');
}

/** detectAscii's tally (its runs are read and decided within one call). */
const SHARED_TALLY = new LangTally();

/** detectLang for any text (the definition; detectAscii is its shortcut). */
export function detectAny(text: string, hint?: string): FabeLang {
  const han = hanCount(text);
  const words = text.toLowerCase().match(LATIN_WORD) ?? [];
  const latinChars = words.reduce((n, w) => n + w.length, 0);
  if (han > 0 && han * 5 >= latinChars) return 'zh';
  const votes = new Map<string, number>();
  for (const w of words) for (const l of MARKER_LANG.get(w) ?? []) votes.set(l, (votes.get(l) ?? 0) + 1);
  const fallback = baseLang(hint);
  let best: FabeLang | undefined;
  let bestVotes = 0;
  for (const [l, v] of votes) if (v > bestVotes) { best = l as FabeLang; bestVotes = v; }
  // The page's language keeps a tie ("Material: Polyester" on amazon.de stays German).
  if (fallback && fallback !== 'zh' && (votes.get(fallback) ?? 0) >= bestVotes) return fallback;
  return best ?? 'en';
}
