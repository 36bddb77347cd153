import acronyms from '../words/amazon-acronyms.json';
import bulletPlaceholders from '../words/amazon-bullet-placeholders.json';
import claimVerbs from '../words/amazon-claim-verbs.json';
import claims from '../words/amazon-claims.json';
import functionWords from '../words/amazon-function-words.json';
import promo from '../words/amazon-promo.json';
import searchTerms from '../words/amazon-search-terms.json';
import stopWords from '../words/amazon-stop-words.json';
import subjective from '../words/amazon-subjective.json';
import brands from '../words/brands.json';
import cnAbsolute from '../words/cn-absolute-terms.json';
import comparisonMarkers from '../words/cn-comparison-markers.json';
import jdPromo from '../words/jd-promo.json';
import taobaoAbuse from '../words/taobao-keyword-abuse.json';
import { compileWordList, type WordListFile } from './word-list';

/**
 * The word lists, each compiled once at module load into one matcher. The JSON files are
 * data with a source per entry; tests/analyses/title/word-lists.test.ts validates them.
 */

export const WORD_LISTS = {
  'amazon-promo': promo as WordListFile,
  'amazon-subjective': subjective as WordListFile,
  'amazon-claims': claims as WordListFile,
  'amazon-claim-verbs': claimVerbs as WordListFile,
  'amazon-search-terms': searchTerms as WordListFile,
  'amazon-stop-words': stopWords as WordListFile,
  'amazon-bullet-placeholders': bulletPlaceholders as WordListFile,
  brands: brands as WordListFile,
  'cn-absolute-terms': cnAbsolute as WordListFile,
  'cn-comparison-markers': comparisonMarkers as WordListFile,
  'jd-promo': jdPromo as WordListFile,
  'taobao-keyword-abuse': taobaoAbuse as WordListFile,
};

/** Exemption lists (no severity): words a rule lets through. */
export interface TermListFile {
  description: string;
  entries: { term: string; source: string; language?: string; notes?: string }[];
}
export const TERM_LISTS = {
  'amazon-function-words': functionWords as TermListFile,
  'amazon-acronyms': acronyms as TermListFile,
};

export const matchers = {
  promo: compileWordList(WORD_LISTS['amazon-promo']),
  subjective: compileWordList(WORD_LISTS['amazon-subjective']),
  claims: compileWordList(WORD_LISTS['amazon-claims']),
  claimVerbs: compileWordList(WORD_LISTS['amazon-claim-verbs']),
  searchTerms: compileWordList(WORD_LISTS['amazon-search-terms']),
  stopWords: compileWordList(WORD_LISTS['amazon-stop-words']),
  bulletPlaceholders: compileWordList(WORD_LISTS['amazon-bullet-placeholders']),
  brands: compileWordList(WORD_LISTS.brands),
  cnAbsolute: compileWordList(WORD_LISTS['cn-absolute-terms']),
  comparisonMarkers: compileWordList(WORD_LISTS['cn-comparison-markers']),
  jdPromo: compileWordList(WORD_LISTS['jd-promo']),
  taobaoAbuse: compileWordList(WORD_LISTS['taobao-keyword-abuse']),
};

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(TERM_LISTS['amazon-function-words'].entries.map((e) => e.term.toLowerCase()));
export const ACRONYMS: ReadonlySet<string> = new Set(TERM_LISTS['amazon-acronyms'].entries.map((e) => e.term.toLowerCase()));
