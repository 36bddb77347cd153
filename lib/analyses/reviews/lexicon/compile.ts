import type { Aspect, ReturnReason } from '../../../schema';
import type { FabeLang } from '../../fabe/lang';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import type { LexiconData } from './types';
import { ZH } from './zh';

/**
 * The lexicons compiled once, at module load, into lookup tables: single words (exact),
 * word prefixes (`bequem*`), fixed phrases indexed by their first word, and for Chinese
 * one map of character strings matched longest first. Nothing here builds a RegExp per
 * call; the few patterns below are module constants.
 */

export type ReviewLang = FabeLang;

/** What one matched word or phrase does in a sentence. */
export interface Roles {
  /** Aspects it names, with the judgement it carries itself (0 = names only, −0.5 = a presence complaint). */
  aspects?: { aspect: Aspect; polarity: number; presence?: true }[];
  /** A general judgement (−1…1), when it names no aspect. */
  polarity?: number;
  negator?: true;
  intensifier?: true;
  hedge?: true;
  excess?: true;
  dimension?: true;
  contrast?: true;
  concessive?: true;
  uncertain?: true;
  returns?: true;
  reasons?: ReturnReason[];
}

/** Flags copied from the lexicon lists onto Roles. */
type Flag = 'negator' | 'intensifier' | 'hedge' | 'excess' | 'dimension' | 'contrast' | 'concessive' | 'uncertain' | 'returns';
const FLAG_LISTS: readonly [keyof LexiconData, Flag][] = [
  ['negators', 'negator'], ['intensifiers', 'intensifier'], ['hedges', 'hedge'], ['excess', 'excess'], ['dimensions', 'dimension'],
  ['contrast', 'contrast'], ['concessive', 'concessive'], ['uncertain', 'uncertain'], ['returns', 'returns'],
];

interface Phrase {
  words: string[];
  /** The last word is a prefix (`word*`). */
  prefixLast: boolean;
  roles: Roles;
}

export interface CompiledLexicon {
  lang: ReviewLang;
  exact: Map<string, Roles>;
  prefix: Map<string, Roles>;
  minPrefix: number;
  /** Phrases of two or more words by their first word, longest first. */
  phrases: Map<string, Phrase[]>;
  /** Chinese: every entry by its characters; `maxHan` is the longest. */
  han: Map<string, Roles>;
  maxHan: number;
}

const HAN = /\p{Script=Han}/u;
const COMBINING = /\p{M}+/gu;
/** Words (letters and digits, inner apostrophes) and single punctuation marks. */
const TOKEN = /\p{Script=Han}+|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|[.!?…。！？,;:，；：()（）\[\]【】~～]|\s[-–—]\s/gu;
/** French and Italian elisions split off their word: n'est → n' + est, l'odore → l' + odore. */
const ELISION = /^(qu|lorsqu|puisqu|jusqu|[ldjnsctm]|un|dell|all|dall|nell|sull|quell|quest|c|d)'(.+)$/;

/** Lower case, ’ → ', accents and other marks folded, ß → ss: the same for lexicon and text. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘`´]/g, "'").normalize('NFD').replace(COMBINING, '').replace(/ß/g, 'ss');
}

/** A folded text's tokens: Han runs, words (elisions split for fr/it) and punctuation. */
export function tokenize(folded: string, lang: ReviewLang): string[] {
  const out: string[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const t = m[0];
    if ((lang === 'fr' || lang === 'it') && t.includes("'")) {
      const e = ELISION.exec(t);
      if (e) { out.push(`${e[1]}'`, e[2]!); continue; }
    }
    out.push(t.trim() === '' ? t : t.trim());
  }
  return out;
}

function merge(into: Roles, add: Roles): void {
  if (add.aspects) {
    into.aspects ??= [];
    for (const a of add.aspects) {
      const same = into.aspects.find((x) => x.aspect === a.aspect);
      if (!same) into.aspects.push({ ...a });
      else if (Math.abs(a.polarity) > Math.abs(same.polarity)) { same.polarity = a.polarity; if (a.presence) same.presence = true; else delete same.presence; }
    }
  }
  if (add.polarity !== undefined && into.polarity === undefined) into.polarity = add.polarity;
  for (const [, flag] of FLAG_LISTS) if (add[flag]) into[flag] = true;
  if (add.reasons) into.reasons = [...new Set([...(into.reasons ?? []), ...add.reasons])];
}

/** `term~` → weight 0.5 and the bare term. */
function weighed(term: string): [string, number] {
  return term.endsWith('~') ? [term.slice(0, -1), 0.5] : [term, 1];
}

function compile(data: LexiconData, lang: ReviewLang): CompiledLexicon {
  const c: CompiledLexicon = { lang, exact: new Map(), prefix: new Map(), minPrefix: 99, phrases: new Map(), han: new Map(), maxHan: 0 };
  const add = (raw: string, roles: Roles) => {
    const term = fold(raw.trim());
    if (HAN.test(term)) {
      // A Chinese entry: its characters, as they are.
      const key = term.replace(/\s+/g, '');
      const r = c.han.get(key) ?? {};
      merge(r, roles);
      c.han.set(key, r);
      c.maxHan = Math.max(c.maxHan, [...key].length);
      return;
    }
    const words = tokenize(term, lang).filter((w) => /[\p{L}\p{N}*']/u.test(w));
    if (term.endsWith('*') && words.length) words[words.length - 1] = `${words[words.length - 1]}*`;
    if (words.length === 0) return;
    const prefixLast = words[words.length - 1]!.endsWith('*');
    if (prefixLast) words[words.length - 1] = words[words.length - 1]!.slice(0, -1);
    if (words.length === 1) {
      const table = prefixLast ? c.prefix : c.exact;
      const r = table.get(words[0]!) ?? {};
      merge(r, roles);
      table.set(words[0]!, r);
      if (prefixLast) c.minPrefix = Math.min(c.minPrefix, words[0]!.length);
      return;
    }
    const list = c.phrases.get(words[0]!) ?? [];
    const same = list.find((p) => p.prefixLast === prefixLast && p.words.join(' ') === words.join(' '));
    if (same) merge(same.roles, roles);
    else list.push({ words, prefixLast, roles: { ...roles, ...(roles.aspects ? { aspects: roles.aspects.map((a) => ({ ...a })) } : {}) } });
    list.sort((a, b) => b.words.length - a.words.length);
    c.phrases.set(words[0]!, list);
  };

  for (const [aspect, words] of Object.entries(data.aspects) as [Aspect, NonNullable<LexiconData['aspects'][Aspect]>][]) {
    const lists: [readonly string[] | undefined, number][] = [[words.terms, 0], [words.pos, 1], [words.neg, -1], [words.presence, -0.5]];
    for (const [list, sign] of lists) for (const raw of list ?? []) {
      const [term, w] = weighed(raw);
      add(term, { aspects: [{ aspect, polarity: sign * w, ...(list === words.presence ? { presence: true as const } : {}) }] });
    }
  }
  for (const raw of data.positive) { const [t, w] = weighed(raw); add(t, { polarity: w }); }
  for (const raw of data.negative) { const [t, w] = weighed(raw); add(t, { polarity: -w }); }
  for (const raw of data.neutralPhrases) add(raw, {});
  for (const [list, flag] of FLAG_LISTS) for (const raw of data[list] as readonly string[]) add(weighed(raw)[0], { [flag]: true });
  // A cue that names a return reason is a complaint ("fake", 发错货) — except a change of mind.
  for (const [reason, cues] of Object.entries(data.reasons) as [ReturnReason, readonly string[]][]) {
    for (const raw of cues) add(weighed(raw)[0], { reasons: [reason], ...(reason === 'changed-mind' ? {} : { polarity: -1 }) });
  }
  return c;
}

export const LEXICONS: Readonly<Record<ReviewLang, CompiledLexicon>> = {
  en: compile(EN, 'en'),
  zh: compile(ZH, 'zh'),
  de: compile(DE, 'de'),
  fr: compile(FR, 'fr'),
  it: compile(IT, 'it'),
  es: compile(ES, 'es'),
};
