import type { TitleCheck } from '../../../schema';
import { LIMITS } from '../limits';
import { countWords } from './amazon-words';
import { makeCheck, msg } from './checks';
import { matchers } from './lists';
import { quoteList, tidy } from './text';
import type { RuleInput } from './types';

/**
 * Search-term housekeeping (§1.3, guidance: warns): each word once, singular or plural not
 * both, no punctuation, no stop words. Each wastes bytes rather than breaking a rule.
 */

const SOURCE = LIMITS.amazonSearchTermsBytes.source;
const STOP_SOURCE = 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=23501&language=en_US&ref=efph_23501_relt_52821';

export function searchTermsRepeated({ text, tokens }: RuleInput): TitleCheck {
  // Function words are the stop-word check's business; brands the brand check's.
  const repeats = [...countWords(tokens, undefined).values()].filter((list) => list.length > 1);
  if (repeats.length === 0) return makeCheck('amazon.search-terms.repeated', 'pass', msg('每个词只出现一次。', 'Each word appears once.'), { source: SOURCE });
  const names = quoteList(repeats.map((l) => [...new Set(l.map((t) => t.text.toLowerCase()))].join('/')));
  // Keep the first occurrence of each word, drop the later ones.
  const drop = repeats.flatMap((l) => l.slice(1));
  let replacement = '';
  let at = 0;
  for (const t of [...drop].sort((a, b) => a.start - b.start)) {
    replacement += text.slice(at, t.start);
    at = t.end;
  }
  return makeCheck(
    'amazon.search-terms.repeated',
    'warn',
    msg(`重复的词：${names.zh}。搜索词中每个词写一次就够了，单数或复数只写一种。`, `Repeated words: ${names.en}. Each word needs to appear once, singular or plural, not both.`),
    { spans: repeats.flat(), source: SOURCE, fix: { message: msg('每个词只保留一次。', 'Keep each word once.'), replacement: tidy(replacement + text.slice(at)) } },
  );
}

/** Punctuation other than the hyphen and apostrophe inside words, and a decimal point between digits. */
const PUNCT = /(?<!\d)[.](?!\d)|[,;:!?|/\\"()[\]{}<>+&*#~，。；：、]/g;

export function searchTermsPunctuation({ text }: RuleInput): TitleCheck {
  const spans = [...text.matchAll(PUNCT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (spans.length === 0) return makeCheck('amazon.search-terms.punctuation', 'pass', msg('没有多余的标点。', 'No punctuation.'), { source: SOURCE });
  let replacement = '';
  let at = 0;
  for (const s of spans) {
    replacement += `${text.slice(at, s.start)} `;
    at = s.end;
  }
  const list = quoteList([...new Set(spans.map((s) => text.slice(s.start, s.end)))]);
  return makeCheck(
    'amazon.search-terms.punctuation',
    'warn',
    msg(`搜索词不需要标点：${list.zh}，用空格分隔即可，省下的字节可以写更多词。`, `Search terms need no punctuation: ${list.en}; separate words with spaces and spend the bytes on words.`),
    { spans, source: SOURCE, fix: { message: msg('把标点换成空格。', 'Replace the punctuation with spaces.'), replacement: tidy(replacement + text.slice(at)) } },
  );
}

export function searchTermsStopWords({ text, folded }: RuleInput): TitleCheck {
  const found = matchers.stopWords.match(text, folded);
  if (found.length === 0) return makeCheck('amazon.search-terms.stop-words', 'pass', msg('没有停用词。', 'No stop words.'), { source: STOP_SOURCE });
  let replacement = '';
  let at = 0;
  for (const m of found) {
    replacement += text.slice(at, m.start);
    at = m.end;
  }
  const list = quoteList([...new Set(found.map((m) => m.text.toLowerCase()))]);
  return makeCheck(
    'amazon.search-terms.stop-words',
    'warn',
    msg(`停用词 ${list.zh} 不需要写，亚马逊会忽略它们，只会占用字节。`, `Stop words ${list.en} are not needed; Amazon ignores them and they use bytes.`),
    { spans: found, source: STOP_SOURCE, fix: { message: msg('删除停用词。', 'Remove the stop words.'), replacement: tidy(replacement + text.slice(at)) } },
  );
}
