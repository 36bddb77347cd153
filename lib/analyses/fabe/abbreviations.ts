import type { FabeLang } from './lang';

/**
 * Abbreviations that end in a full stop without ending the sentence, per language (the
 * token before the stop, lower-cased, inner dots kept: "z.b", "p.ej"). A stop after one of
 * them, after a single capital (an initial: "J. Smith") or before a lower-case letter is
 * not a sentence boundary.
 */
const COMMON = ['etc', 'vs', 'ca', 'max', 'min', 'no', 'nr', 'vol', 'approx', 'incl', 'fig', 'tel', 'art', 'ref', 'mod', 'std'];

const BY_LANG: Record<FabeLang, readonly string[]> = {
  en: ['e.g', 'i.e', 'eg', 'ie', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'nos', 'ed', 'eds', 'co', 'inc', 'ltd', 'corp', 'dept', 'est', 'oz', 'lb', 'lbs', 'ft', 'in', 'sq', 'u.s', 'u.k', 'a.m', 'p.m', 'pp', 'p', 'approx', 'qty', 'pcs', 'pc', 'wt', 'dia', 'hr', 'hrs', 'mins', 'yr', 'yrs'],
  de: ['z.b', 'zb', 'bzw', 'inkl', 'usw', 'u.a', 'd.h', 'evtl', 'ggf', 'bspw', 'vgl', 'zzgl', 'gem', 'mind', 'str', 'abb', 'jh', 'allg', 'bzgl', 'ggü', 'lt', 'o.ä', 'u.v.m', 'sog', 'stk', 'ausg', 'aufl', 'hrsg', 'dr', 'prof', 's'],
  fr: ['p.ex', 'ex', 'env', 'cf', 'm', 'mme', 'mlle', 'n°', 'éd', 'av', 'apr', 'j.-c', 'dim', 'réf', 'qté', 'pp', 'p', 'chap', 'coll'],
  it: ['ecc', 'es', 'sig', 'sigg', 'dott', 'pag', 'pagg', 'n', 'cfr', 'ed', 'p.es', 'dim', 'rif', 'pz', 'pp', 'p', 'cap', 'prof'],
  es: ['p.ej', 'ej', 'sr', 'sra', 'srta', 'dr', 'dra', 'núm', 'aprox', 'máx', 'mín', 'pág', 'págs', 'ud', 'uds', 'ee.uu', 'cap', 'pp', 'p', 'prof', 'dcha', 'izq', 'pza', 'pzas'],
  zh: [],
};

const SETS = new Map<FabeLang, ReadonlySet<string>>(
  (Object.keys(BY_LANG) as FabeLang[]).map((l) => [l, new Set([...COMMON, ...BY_LANG[l]])]),
);

export function isAbbreviation(token: string, lang: FabeLang): boolean {
  const t = token.toLowerCase();
  return (SETS.get(lang) ?? SETS.get('en')!).has(t);
}

/** The longest abbreviation (code units): a longer token is none (lower-casing never shortens one). */
export const MAX_ABBREVIATION = Math.max(...[...SETS.values()].flatMap((set) => [...set].map((w) => w.length)));
