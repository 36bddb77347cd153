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

/** `de-DE` → `de`; unknown or unsupported → undefined. */
export function baseLang(locale: string | undefined): FabeLang | undefined {
  const l = locale?.toLowerCase().split(/[-_]/)[0];
  return (FABE_LANGS as readonly string[]).includes(l ?? '') ? (l as FabeLang) : l === 'ja' ? 'zh' : undefined;
}

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
