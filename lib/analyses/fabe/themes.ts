import { stem } from '../title/keywords/stemming';
import { Memo, MEMO_SIZE } from './memo';
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

const isContent = (w: string) => w.length >= 3 && !STOP_WORDS.has(w) && !/^\d/.test(w);

/** Calls `add` with every surface form of `text` and its size, in order (themeKeys keeps the first per key). */
function collect(text: string, add: (surface: string, size: number) => void): void {
  let prevWord: string | undefined;
  let prevEnd = 0;
  LATIN_RUN.lastIndex = 0;
  for (let m = LATIN_RUN.exec(text); m; m = LATIN_RUN.exec(text)) {
    const word = m[0].toLowerCase();
    if (!isContent(word)) { prevWord = undefined; continue; }
    if (!WEAK_WORDS.has(word)) add(word, 1);
    if (prevWord !== undefined && !SEPARATOR_BETWEEN.test(text.slice(prevEnd, m.index))) add(`${prevWord} ${word}`, 2);
    prevWord = word;
    prevEnd = m.index + m[0].length;
  }
  HAN_RUN.lastIndex = 0;
  for (let m = HAN_RUN.exec(text); m; m = HAN_RUN.exec(text)) {
    const run = m[0];
    // Which code units are function characters, looked up once per run rather than once
    // per n-gram (every n-gram holding one is skipped; they are all single BMP characters).
    const stop = new Uint8Array(run.length);
    for (let i = 0; i < run.length; i++) stop[i] = CN_STOP_CHARS.test(run[i]!) ? 1 : 0;
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i + n <= run.length; i++) {
        let hasStop = false;
        for (let k = i; k < i + n; k++) if (stop[k]) { hasStop = true; break; }
        if (hasStop) continue;
        const g = run.slice(i, i + n);
        if (CN_STOP_WORDS.has(g)) continue;
        add(g, n);
      }
    }
    // A single Han character only counts when it is a synonym entry of its own (棉, 轻).
    for (const ch of run) if (SYNONYM_KEY.has(ch)) add(ch, 1);
  }
}

export function themeKeys(text: string): ThemeKey[] {
  const out = new Map<string, ThemeKey>();
  collect(text, (surface, size) => {
    const key = canonicalKey(surface);
    if (!out.has(key)) out.set(key, { key, surface, size });
  });
  return [...out.values()];
}

/** themeKeys as key → surface, without the intermediate objects (chains.ts reads only these). */
export function themeKeyMap(text: string): Map<string, string> {
  const out = new Map<string, string>();
  collect(text, (surface) => {
    const key = canonicalKey(surface);
    if (!out.has(key)) out.set(key, surface);
  });
  return out;
}
