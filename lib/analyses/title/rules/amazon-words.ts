import type { TitleCheck } from '../../../schema';
import { LIMITS } from '../limits';
import { tokenize, type Token } from '../tokens';
import { makeCheck, msg } from './checks';
import { ACRONYMS, FUNCTION_WORDS } from './lists';
import { quoteList } from './text';
import type { RuleInput } from './types';

/** Amazon word rules: a word at most twice (A4), no ALL CAPS words (§1.2). */

/**
 * Singular and plural count as one word (Alibaba's title diagnosis does the same): a word
 * whose singular (chairs → chair, boxes → box, batteries → battery, housses → housse) is
 * also written in the text joins that word's group. Matching against the words actually
 * present avoids guessing stems: glasses joins glass only when glass is there.
 */
export function singularKey(norm: string, seen: ReadonlySet<string>): string {
  const candidates = [
    norm.endsWith('ies') ? `${norm.slice(0, -3)}y` : '',
    norm.endsWith('es') ? norm.slice(0, -2) : '',
    norm.endsWith('s') ? norm.slice(0, -1) : '',
  ];
  return candidates.find((c) => c.length > 1 && seen.has(c)) ?? norm;
}

export const brandWords = (brand: string | undefined): Set<string> => new Set(brand ? tokenize(brand).map((t) => t.norm) : []);

/** Words that count for repetition: not numbers, not single letters, not function words, not the brand. */
export function countWords(tokens: readonly Token[], brand: string | undefined): Map<string, Token[]> {
  const own = brandWords(brand);
  const words = tokens.filter((t) => t.script !== 'number' && t.script !== 'han' && t.norm.length >= 2 && !FUNCTION_WORDS.has(t.norm) && !own.has(t.norm));
  const seen = new Set(words.map((t) => t.norm));
  const groups = new Map<string, Token[]>();
  for (const t of words) {
    const key = singularKey(t.norm, seen);
    const list = groups.get(key);
    if (list) list.push(t);
    else groups.set(key, [t]);
  }
  return groups;
}

export function amazonRepeatedWord({ tokens, brand, limits }: RuleInput): TitleCheck {
  const max = limits.amazonRepeatMax;
  const source = LIMITS.amazonRepeatMax.source;
  const over = [...countWords(tokens, brand).values()].filter((list) => list.length > max);
  if (over.length === 0) {
    return makeCheck('amazon.repeated-word', 'pass', msg(`没有词出现超过 ${max} 次。`, `No word appears more than ${max} times.`), { source });
  }
  const zh = over.map((l) => `“${l[0]!.text}”${l.length} 次`).join('，');
  const en = over.map((l) => `"${l[0]!.text}" ${l.length} times`).join(', ');
  return makeCheck(
    'amazon.repeated-word',
    'fail',
    msg(`同一个词出现超过 ${max} 次：${zh}（单复数算同一个词）。亚马逊规定同一个词最多出现 ${max} 次，冠词、介词、连词除外。`, `Words repeated more than ${max} times: ${en} (singular and plural count together). Amazon allows a word at most ${max} times; articles, prepositions and conjunctions are exempt.`),
    { spans: over.flat(), source, fix: { message: msg('合并重复的词，例如用一个词加斜杠或逗号列出多个用途。', 'Merge the repeats, e.g. name the word once and list its uses after it.') } },
  );
}

const ROMAN = /^[ivxlcdm]+$/;
const LATIN_ONLY = /^[\p{Script=Latin}'’]+$/u;
const SIZE = /^(?:x{0,4}[sml]|\d?x{1,4}l)$/;
const HAS_DIGIT = /\d/;

/** Words of 4+ capital letters that are not acronyms, sizes, Roman numerals or the brand. */
export function allCapsWords(tokens: readonly Token[], brand: string | undefined, minLetters: number): Token[] {
  const own = brandWords(brand);
  return tokens.filter((t) => {
    if (t.script !== 'latin' || t.text.length < minLetters || HAS_DIGIT.test(t.text) || !LATIN_ONLY.test(t.text)) return false;
    if (t.text !== t.text.toUpperCase() || t.text === t.text.toLowerCase()) return false;
    return !ACRONYMS.has(t.norm) && !own.has(t.norm) && !ROMAN.test(t.norm) && !SIZE.test(t.norm);
  });
}

const titleCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

export function amazonAllCaps({ text, tokens, brand, limits }: RuleInput): TitleCheck {
  const source = LIMITS.amazonAllCapsMinLetters.source;
  const caps = allCapsWords(tokens, brand, limits.amazonAllCapsMinLetters);
  if (caps.length === 0) return makeCheck('amazon.all-caps', 'pass', msg('没有全大写的词。', 'No words in ALL CAPS.'), { source });
  let replacement = '';
  let at = 0;
  for (const t of caps) {
    replacement += text.slice(at, t.start) + titleCase(t.text);
    at = t.end;
  }
  replacement += text.slice(at);
  const list = quoteList([...new Set(caps.map((t) => t.text))]);
  return makeCheck(
    'amazon.all-caps',
    'warn',
    msg(`全大写的词：${list.zh}。亚马逊要求每个词首字母大写，不要整词大写（缩写如 USB、LED 除外）。`, `Words in ALL CAPS: ${list.en}. Amazon asks for a capital first letter only, never all caps (acronyms such as USB or LED are fine).`),
    { spans: caps, source, fix: { message: msg('改为首字母大写；若是品牌名，请在上下文中填写品牌。', 'Capitalise only the first letter; if it is the brand, give the brand in the context.'), replacement } },
  );
}
