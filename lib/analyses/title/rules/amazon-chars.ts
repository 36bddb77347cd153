import type { TitleCheck } from '../../../schema';
import { makeCheck, msg, type Finding, findingsCheck } from './checks';
import { decorativeSpans, emojiSpans, markSpans } from './symbols';
import { quoteList, removeSpans, within } from './text';
import type { RuleInput } from './types';

/** Amazon characters: banned (A3), functional-only `~ # < > *` (A3), discouraged marks and emoji (§1.2, §7.3). */

const A3 = 'https://sellercentral-europe.amazon.com/help/hub/reference/external/201100890?locale=hi-IN';
const STYLE_US = 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=YTR6SYGFA5E3EQC&language=en_US';
/** Checked on folded text, so full-width ！ and ？ count too. */
const BANNED = new Set(['!', '$', '?', '_', '{', '}', '^', '¬', '¦']);
const RESTRICTED = new Set(['~', '#', '<', '>', '*']);

export function amazonBannedChars({ text, folded, brandSpans }: RuleInput): TitleCheck {
  const spans = [];
  for (let i = 0; i < folded.length; i++) {
    // A3: characters that are part of a registered brand name are exempt.
    if (BANNED.has(folded[i]!) && !within(i, i + 1, brandSpans)) spans.push({ start: i, end: i + 1 });
  }
  if (spans.length === 0) {
    return makeCheck('amazon.banned-chars', 'pass', msg('没有禁用字符 ! $ ? _ { } ^ ¬ ¦。', 'No banned characters (! $ ? _ { } ^ ¬ ¦).'), { source: A3 });
  }
  const chars = quoteList([...new Set(spans.map((s) => text.slice(s.start, s.end)))]);
  return makeCheck(
    'amazon.banned-chars',
    'fail',
    msg(`标题含亚马逊禁用的字符 ${chars.zh}（共 ${spans.length} 处），2025 年起不合规标题会被改写或降低搜索曝光。`, `The title contains characters Amazon bans: ${chars.en} (${spans.length} in all); since 2025 such titles are rewritten or lose search visibility.`),
    { spans, source: A3, fix: { message: msg('删除这些字符。', 'Remove these characters.'), replacement: removeSpans(text, spans) } },
  );
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => c === undefined || c === ' ';

/**
 * `~ # < > *` are allowed in a functional role: "Style #4301", "<10 lb", "~5 h", "10*20 cm".
 * Decorative use fails: doubled (<< >>, **), standing alone or at the edge of the title, a
 * hashtag, or wrapping a word (*NEW*). Glued inside a name (千恋*万花) it only warns: it may be
 * part of a registered name, which A3 exempts.
 */
function classify(f: string, i: number): 'functional' | 'decorative' | 'glued' {
  const c = f[i]!;
  const prev = f[i - 1];
  const next = f[i + 1];
  const next2 = next === ' ' || next === '=' ? f[i + 2] : next;
  if (prev === c || next === c) return 'decorative';
  if (c === '#') return isDigit(next) ? 'functional' : 'decorative';
  if (c === '<' || c === '>') return isDigit(next2) ? 'functional' : 'decorative';
  const prev2 = prev === ' ' ? f[i - 2] : prev;
  if (isDigit(prev2) || isDigit(next2)) return 'functional';
  if (isSpace(prev) || isSpace(next) || i === 0 || i === f.length - 1) return 'decorative';
  return 'glued';
}

export function amazonSymbols({ text, folded, brandSpans }: RuleInput): TitleCheck {
  const findings: Finding[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (!RESTRICTED.has(folded[i]!) || within(i, i + 1, brandSpans)) continue;
    const kind = classify(folded, i);
    if (kind === 'decorative') findings.push({ start: i, end: i + 1, text: text[i]!, severity: 'fail', why: msg('装饰性用法，只允许功能性用法（如“Style #4301”“<10 lb”）', 'decorative use; only functional use is allowed ("Style #4301", "<10 lb")') });
    else if (kind === 'glued') findings.push({ start: i, end: i + 1, text: text[i]!, severity: 'warn', why: msg('夹在名称中间，只有属于注册品牌名时才豁免', 'inside a name; exempt only when part of a registered brand name') });
  }
  return findingsCheck('amazon.symbols', findings, {
    lead: msg('标题中的符号 ~ # < > * ：', 'Symbols ~ # < > * in the title: '),
    pass: msg('符号 ~ # < > * 没有装饰性用法。', 'No decorative use of ~ # < > *.'),
    source: A3,
    fix: (found) => ({ message: msg('删除装饰性符号。', 'Remove the decorative symbols.'), replacement: removeSpans(text, found.filter((f) => f.severity === 'fail')) }),
  });
}

const LEGACY = /[|;]/g;

/** ™ ® © and decorative symbols (★ 【】) are discouraged (§1.2); `|` and `;` were suppressed by the 2019 rules (A7). */
export function amazonSpecialChars({ text }: RuleInput): TitleCheck {
  const findings: Finding[] = [
    ...markSpans(text).map((s) => ({ ...s, text: text.slice(s.start, s.end), severity: 'warn' as const, why: msg('商标符号，亚马逊不建议在标题中使用', 'trademark sign, discouraged in titles') })),
    ...decorativeSpans(text).map((s) => ({ ...s, text: text.slice(s.start, s.end), severity: 'warn' as const, why: msg('装饰性符号', 'decorative symbol') })),
    ...[...text.matchAll(LEGACY)].map((m) => ({ start: m.index, end: m.index + 1, text: m[0], severity: 'warn' as const, why: msg('2019 年规则中会导致搜索屏蔽的分隔符，改用逗号或短横线', 'separator that the 2019 rules suppressed; use a comma or hyphen') })),
  ];
  return findingsCheck('amazon.special-chars', findings, {
    lead: msg('不建议使用的字符：', 'Discouraged characters: '),
    pass: msg('没有商标符号或装饰性符号。', 'No trademark signs or decorative symbols.'),
    source: STYLE_US,
    fix: (found) => ({ message: msg('删除这些符号，分隔处改用逗号。', 'Remove them; use commas to separate.'), replacement: removeSpans(text, found) }),
  });
}

/** Emoji: warn in titles (§7.3, §1.2 guidance), fail in bullets (banned since 2024-08-15, §1.4). */
export function emojiCheck(rule: 'amazon.emoji' | 'amazon.bullet.emoji', { text }: RuleInput, severity: 'warn' | 'fail', source: string): TitleCheck {
  const spans = emojiSpans(text);
  if (spans.length === 0) return makeCheck(rule, 'pass', msg('没有表情符号。', 'No emoji.'), { source });
  const list = quoteList(spans.map((s) => text.slice(s.start, s.end)));
  return makeCheck(rule, severity, msg(`含表情符号 ${list.zh}，亚马逊不允许在商品信息中使用表情符号。`, `Contains emoji ${list.en}; Amazon does not allow emoji in listing text.`), {
    spans,
    source,
    fix: { message: msg('删除表情符号。', 'Remove the emoji.'), replacement: removeSpans(text, spans) },
  });
}

export const amazonEmoji = (input: RuleInput) => emojiCheck('amazon.emoji', input, 'warn', STYLE_US);
