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

/** Han characters the shortcut knows: the CJK Unified Ideographs block up to U+9FEF (every one assigned and Han since Unicode 11). */
const isPlainHan = (c: number) => c >= 0x4e00 && c <= 0x9fef;
/**
 * Punctuation the shortcut knows: general punctuation (’ “ ” – — …), CJK punctuation
 * without 々 〆 〇 (U+3005–3007, which are Han), fullwidth punctuation (，：！？（）) —
 * no letters, no case, neither Latin nor Han.
 */
const isPlainPunctuation = (c: number) =>
  (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x3014 && c <= 0x301f) ||
  (c >= 0xff01 && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65);

/**
 * detectLang for a text of ASCII, plain Han and plain punctuation only (most English and
 * Chinese statements), undefined for any other text. There the general path's steps are
 * plain: the Han characters are counted one by one, the Latin-script runs are the runs of
 * A–Z and a–z, and lower-casing them is ASCII lower-casing; so the runs are read off the
 * character codes, and only runs short enough to be a marker are looked up. Votes are
 * counted in the order each language first got one, as in detectAny's map, so a tie goes
 * the same way.
 */
/** detectAscii's votes: the languages in the order they first got one, and their counts (reused, not made per call). */
const VOTED: Exclude<FabeLang, 'zh'>[] = [];
const COUNTS = new Int32Array(Object.keys(MARKERS).length);

function detectAscii(text: string, hint?: string): FabeLang | undefined {
  const n = text.length;
  let han = 0;
  let latinChars = 0;
  VOTED.length = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (isPlainHan(c)) han++;
      else if (!isPlainPunctuation(c)) return undefined;
      i++;
      continue;
    }
    const lower = c | 0x20;
    if (lower < 0x61 || lower > 0x7a) { i++; continue; }
    const start = i;
    for (i++; i < n; i++) { const d = text.charCodeAt(i) | 0x20; if (d < 0x61 || d > 0x7a) break; }
    latinChars += i - start;
    if (i - start > MAX_MARKER) continue;
    let key = 0;
    for (let k = start; k < i; k++) key = key * 32 + ((text.charCodeAt(k) | 0x20) - 0x60);
    const langs = ASCII_MARKER_LANG.get(key);
    if (!langs) continue;
    for (const l of langs) {
      const k = VOTED.indexOf(l);
      if (k < 0) { COUNTS[VOTED.length] = 1; VOTED.push(l); } else COUNTS[k]!++;
    }
  }
  if (han > 0 && han * 5 >= latinChars) return 'zh';
  const fallback = baseLang(hint);
  let best: FabeLang | undefined;
  let bestVotes = 0;
  let fallbackVotes = 0;
  for (let k = 0; k < VOTED.length; k++) {
    const v = COUNTS[k]!;
    if (v > bestVotes) { best = VOTED[k]; bestVotes = v; }
    if (VOTED[k] === fallback) fallbackVotes = v;
  }
  if (fallback && fallback !== 'zh' && fallbackVotes >= bestVotes) return fallback;
  return best ?? 'en';
}

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
