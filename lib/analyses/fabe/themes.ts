import { stem } from '../title/keywords/stemming';
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
const SEPARATOR_BETWEEN = /[,.;:!?()\[\]{}|/，。；：！？、（）【】]/u;

const norm = (w: string) => stem(w.toLowerCase().replace(/’/g, "'"));

/** Synonym surface (normalised) → the group's name (its first entry). */
const SYNONYM_KEY = new Map<string, string>();
for (const group of SYNONYMS) {
  for (const s of group) SYNONYM_KEY.set(/\p{Script=Han}/u.test(s) ? s : s.split(/\s+/).map(norm).join(' '), group[0]!);
}

/** Whether a key names a synonym group (its display form is then the key itself). */
export const isGroupKey = (key: string) => SYNONYMS.some((g) => g[0] === key);

/** The theme key of one surface form (a word, a pair of words or a Chinese n-gram). */
export function canonicalKey(surface: string): string {
  const n = /\p{Script=Han}/u.test(surface) ? surface : surface.split(/\s+/).map(norm).join(' ');
  return SYNONYM_KEY.get(n) ?? n;
}

const isContent = (w: string) => w.length >= 3 && !STOP_WORDS.has(w) && !/^\d/.test(w);

export function themeKeys(text: string): ThemeKey[] {
  const out = new Map<string, ThemeKey>();
  const add = (surface: string, size: number) => {
    const key = canonicalKey(surface);
    if (!out.has(key)) out.set(key, { key, surface, size });
  };
  let prev: { word: string; end: number } | undefined;
  for (const m of text.matchAll(LATIN_RUN)) {
    const word = m[0].toLowerCase();
    if (!isContent(word)) { prev = undefined; continue; }
    if (!WEAK_WORDS.has(word)) add(word, 1);
    if (prev && !SEPARATOR_BETWEEN.test(text.slice(prev.end, m.index))) add(`${prev.word} ${word}`, 2);
    prev = { word, end: m.index + m[0].length };
  }
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= run.length; i++) {
        const g = run.slice(i, i + n);
        if (CN_STOP_CHARS.test(g) || CN_STOP_WORDS.has(g)) continue;
        add(g, n);
      }
    }
    // A single Han character only counts when it is a synonym entry of its own (棉, 轻).
    for (const ch of run) if (SYNONYM_KEY.has(ch)) add(ch, 1);
  }
  return [...out.values()];
}
