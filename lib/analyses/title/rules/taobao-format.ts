import type { TitleCheck } from '../../../schema';
import { makeCheck, msg, type Finding, findingsCheck } from './checks';
import { decorativeSpans, emojiSpans, isCjk } from './symbols';
import { excerpt, tidy } from './text';
import type { RuleInput } from './types';

/**
 * Taobao/Tmall title formatting. Spaces: the search engine segments Chinese itself, so a
 * space between Chinese characters only costs a byte (a full-width space two); a space that
 * keeps "iPhone 14" apart is useful. Symbols: emoji, ★ 【】, half-width < > and runs like
 * ** are not allowed or are meaningless (help-page copies, unverified): warn only.
 */

const SPACES_SOURCE = 'https://www.lihui01.cn/job_book/what-is-the-taobao-baby-title-combination-formula-do-i-need-to-add-spaces.html';
const SYMBOLS_SOURCE = 'https://aisoutu.com.cn/a/2891349';

const isSpace = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;

export function taobaoSpaces({ text }: RuleInput): TitleCheck {
  const wasted: { start: number; end: number; keepOne: boolean }[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isSpace(text.charCodeAt(i))) { i++; continue; }
    let j = i;
    let wide = false;
    while (j < text.length && isSpace(text.charCodeAt(j))) { wide ||= text.charCodeAt(j) !== 0x20; j++; }
    const edge = i === 0 || j === text.length;
    const betweenChinese = !edge && isCjk(text.charCodeAt(i - 1)) && isCjk(text.charCodeAt(j));
    if (edge || betweenChinese) wasted.push({ start: i, end: j, keepOne: false });
    else if (wide || j - i > 1) wasted.push({ start: i, end: j, keepOne: true });
    i = j;
  }
  if (wasted.length === 0) {
    return makeCheck('taobao.spaces', 'pass', msg('没有浪费字节的空格。', 'No spaces wasting bytes.'), { source: SPACES_SOURCE });
  }
  let replacement = '';
  let at = 0;
  for (const w of wasted) {
    replacement += text.slice(at, w.start) + (w.keepOne ? ' ' : '');
    at = w.end;
  }
  const first = wasted[0]!;
  const example = excerpt(text, Math.max(0, first.start - 3), Math.min(text.length, first.end + 3), 12);
  return makeCheck(
    'taobao.spaces',
    'warn',
    msg(`${wasted.length} 处空格浪费字节（如“${example}”）：汉字之间的空格、首尾空格、全角或连续空格。淘宝会自动分词，空格只在隔开“iPhone 14”这类词时有用。`, `${wasted.length} space(s) waste bytes (e.g. "${example}"): between Chinese characters, at the ends, full-width or doubled. Taobao segments Chinese itself; a space only helps to keep tokens like "iPhone 14" apart.`),
    { spans: wasted, source: SPACES_SOURCE, fix: { message: msg('删除这些空格，省下的字节可以写属性词。', 'Remove them and spend the bytes on attribute words.'), replacement: tidy(replacement + text.slice(at)) } },
  );
}

/** Runs of two or more ASCII symbols (** ## ~~ !!), and half-width < >. */
const ASCII_SYMBOLS = /[*#~!@$%^&+=|\\]{2,}|[<>]/g;

export function taobaoSymbols({ text }: RuleInput): TitleCheck {
  const findings: Finding[] = [
    ...emojiSpans(text).map((s) => ({ ...s, text: text.slice(s.start, s.end), severity: 'warn' as const, why: msg('表情符号，标题中不允许', 'emoji, not allowed in titles') })),
    ...decorativeSpans(text).map((s) => ({ ...s, text: text.slice(s.start, s.end), severity: 'warn' as const, why: msg('装饰符号，占用字节且不参与搜索', 'decorative symbol: costs bytes, never searched') })),
    ...[...text.matchAll(ASCII_SYMBOLS)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], severity: 'warn' as const, why: msg('无意义的符号', 'meaningless symbols') })),
  ];
  return findingsCheck('taobao.symbols', findings, {
    lead: msg('不建议使用的符号——', 'Symbols to avoid — '),
    pass: msg('没有表情或装饰符号。', 'No emoji or decorative symbols.'),
    source: SYMBOLS_SOURCE,
    fix: () => ({ message: msg('删除这些符号。', 'Remove these symbols.') }),
  });
}
