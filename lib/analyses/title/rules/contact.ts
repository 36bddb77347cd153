import type { TitleCheck } from '../../../schema';
import { msg, type Finding, findingsCheck } from './checks';
import type { RuleInput } from './types';

/**
 * Contact details in listing text: Amazon detail pages may not carry phone numbers, e-mail
 * or web addresses (itemID=200390640); JD's short title may not carry contact information
 * either (QQ, WeChat, phone).
 */

const AMAZON_SOURCE = 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200390640&language=en_US';
const JD_SOURCE = 'https://luxiaobai.com/yunyin/jingdong/44013.html';

const PATTERNS: ReadonlyArray<{ re: RegExp; why: ReturnType<typeof msg> }> = [
  { re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, why: msg('电子邮箱', 'e-mail address') },
  { re: /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|net|org|cn|shop|store)\b(?!\.)/gi, why: msg('网址', 'web address') },
  // +1 (555) 123-4567 · 555-123-4567 · 400-123-4567 · 138 1234 5678 (digits grouped like a phone number)
  { re: /(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{3,4}[\s.-])\d{3,4}[\s.-]\d{4}(?![\w.])|(?<!\d)1[3-9]\d{9}(?!\d)/g, why: msg('电话号码', 'phone number') },
  // 微信/V信 + id; Latin markers need a colon or 号 (or a space and an id with digits) after them,
  // so the model VX2468 is not an id; QQ glued to 5–11 digits is.
  { re: /(?:微信|V信|威信)\s*[:：号]?\s*[\w-]{5,}|\b(?:QQ|VX|wechat|weixin)(?:\s*[:：号]\s*[\w-]{5,}|\s+(?=[\w-]*\d)[\w-]{5,})|\bQQ\d{5,11}\b/gi, why: msg('QQ 或微信号', 'QQ or WeChat id') },
];

export function contactCheck(rule: 'amazon.contact' | 'jd.contact', { text }: RuleInput): TitleCheck {
  const findings: Finding[] = [];
  for (const { re, why } of PATTERNS) {
    for (const m of text.matchAll(re)) findings.push({ start: m.index, end: m.index + m[0].length, text: m[0], severity: 'fail', why });
  }
  return findingsCheck(rule, findings, {
    lead: msg('含联系方式——', 'Contact details — '),
    pass: msg('没有电话、邮箱、网址等联系方式。', 'No phone numbers, e-mail or web addresses.'),
    source: rule === 'amazon.contact' ? AMAZON_SOURCE : JD_SOURCE,
    fix: () => ({ message: msg('删除联系方式；买家通过平台消息联系卖家。', 'Remove them; buyers reach sellers through the marketplace\'s messages.') }),
  });
}

export const amazonContact = (input: RuleInput) => contactCheck('amazon.contact', input);
export const jdContact = (input: RuleInput) => contactCheck('jd.contact', input);
