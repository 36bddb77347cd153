import type { TitleCheck } from '../../../schema';
import { msg, type Finding, findingsCheck } from './checks';
import { matchers } from './lists';
import { decorativeSpans, emojiSpans } from './symbols';
import { removeSpans } from './text';
import type { RuleInput } from './types';
import type { WordMatch } from './word-list';

/** Keyword abuse (Taobao list, also applied to JD), JD promotion/gift text, JD short-title symbols. */

const TAOBAO = 'https://ssopdot.com/blog/12796.html';
const JD = 'http://m.gtc8.cn/news/i300399.html';
const JD_SHORT = 'https://luxiaobai.com/yunyin/jingdong/44013.html';

const ABUSE_WHY = {
  counterfeit: msg('仿冒暗示词，会被过滤或处罚', 'replica wording: filtered or penalised'),
  comparison: msg('与其他品牌比较', 'comparison with other brands'),
  gift: msg('赠品或抽奖描述不能写在标题中', 'gift or prize wording does not belong in the title'),
  promo: msg('促销用语不能写在标题中', 'promotion wording does not belong in the title'),
};
const why = (m: WordMatch) => ABUSE_WHY[(m.entry.family ?? 'promo') as keyof typeof ABUSE_WHY] ?? ABUSE_WHY.promo;

const toFinding = (m: WordMatch): Finding => ({ start: m.start, end: m.end, text: m.text, severity: m.entry.severity, why: why(m), ...(m.entry.hint ? { hint: m.entry.hint } : {}) });

export function keywordAbuse(rule: 'taobao.keyword-abuse' | 'jd.keyword-abuse', input: RuleInput): TitleCheck {
  const findings = matchers.taobaoAbuse.match(input.text, input.folded).map(toFinding);
  return findingsCheck(rule, findings, {
    lead: msg('滥用关键词——', 'Keyword abuse — '),
    pass: msg('没有仿冒、比较或赠品类用语。', 'No replica, comparison or gift wording.'),
    source: rule === 'jd.keyword-abuse' ? JD : TAOBAO,
    fix: (found) => ({ message: msg('删除这些词。', 'Remove these words.'), replacement: removeSpans(input.text, found.filter((f) => f.severity === 'fail')) }),
  });
}

export function jdPromo(input: RuleInput): TitleCheck {
  const findings = matchers.jdPromo.match(input.text, input.folded).map(toFinding);
  return findingsCheck('jd.promo', findings, {
    lead: msg('京东商品名称不能含促销或赠品信息——', 'JD product names may not carry promotion or gift text — '),
    pass: msg('没有促销或赠品信息。', 'No promotion or gift text.'),
    source: JD,
    fix: (found) => ({ message: msg('删除促销和赠品信息，改在促销设置或卖点中填写。', 'Remove them; use the promotion settings or selling points instead.'), replacement: removeSpans(input.text, found.filter((f) => f.severity === 'fail')) }),
  });
}

/** Separators used as breaks (only spaces may break a short title); not inside a model number like A/B-1. */
const BREAKS = /[,，|｜;；、!！~～*#@]|(?<![\p{L}\p{N}])[/\-]|[/\-](?![\p{L}\p{N}])/gu;

export function jdShortTitleSymbols({ text }: RuleInput): TitleCheck {
  const findings: Finding[] = [
    ...emojiSpans(text).map((s) => ({ ...s, text: text.slice(s.start, s.end), severity: 'fail' as const, why: msg('表情符号', 'emoji') })),
    ...decorativeSpans(text).map((s) => ({ ...s, text: text.slice(s.start, s.end), severity: 'fail' as const, why: msg('装饰符号', 'decorative symbol') })),
    ...[...text.matchAll(BREAKS)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], severity: 'warn' as const, why: msg('用作分隔的标点，短标题只能用空格断句', 'punctuation used as a break; only spaces may break a short title') })),
  ];
  return findingsCheck('jd.short-title.symbols', findings, {
    lead: msg('短标题不能用装饰符号或表情——', 'No decorative symbols or emoji in the short title — '),
    pass: msg('没有装饰符号或表情。', 'No decorative symbols or emoji.'),
    source: JD_SHORT,
    fix: (found) => ({ message: msg('删除符号，需要断句时用空格。', 'Remove them; use a space where a break is needed.'), replacement: removeSpans(text, found) }),
  });
}
