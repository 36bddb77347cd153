import type { TitleCheck } from '../../../schema';
import { LIMITS } from '../limits';
import { charCount } from '../tokens';
import { emojiCheck } from './amazon-chars';
import { makeCheck, msg, type Finding, findingsCheck } from './checks';
import { matchers } from './lists';
import { codePointOffset, removeSpans } from './text';
import type { RuleInput } from './types';

/** One Amazon bullet (§1.4): Amazon edits or removes non-compliant bullets since 2024-08-15. */

const SOURCE = 'https://goatconsulting.com/amazon-policy/amazon-product-detail-page-rules-violation-policy-compliance';

export function bulletLength({ text, limits }: RuleInput): TitleCheck {
  const chars = charCount(text.trim());
  const min = limits.amazonBulletMinChars;
  const max = limits.amazonBulletMaxChars;
  const source = LIMITS.amazonBulletMaxChars.source;
  if (chars >= min && chars <= max) {
    return makeCheck('amazon.bullet.length', 'pass', msg(`这一条 ${chars} 个字符，在 ${min}–${max} 之间。`, `This bullet has ${chars} characters, within ${min}–${max}.`), { source });
  }
  const short = chars < min;
  return makeCheck(
    'amazon.bullet.length',
    'warn',
    short
      ? msg(`这一条只有 ${chars} 个字符，少于报道的下限 ${min}（第三方数据，未经亚马逊证实）。`, `This bullet has only ${chars} characters, under the reported minimum of ${min} (third-party figure, unverified).`)
      : msg(`这一条有 ${chars} 个字符，超过报道的上限 ${max}（第三方数据，未经亚马逊证实）。`, `This bullet has ${chars} characters, over the reported maximum of ${max} (third-party figure, unverified).`),
    { source, ...(short ? {} : { spans: [{ start: codePointOffset(text, max), end: text.length }] }), fix: { message: short ? msg('写出一个完整的卖点。', 'Write out a whole selling point.') : msg('拆成两条或删减。', 'Split it in two or trim it.') } },
  );
}

/** ™ ® € … † ‡ ¢ £ ¥ © ± ~ are banned; â only as the debris of mis-encoded text (â€™), not inside French words. */
const SPECIAL = /[™®€…†‡¢£¥©±~]|â(?![a-zà-ÿ])/giu;

export function bulletSpecialChars({ text }: RuleInput): TitleCheck {
  const findings: Finding[] = [...text.matchAll(SPECIAL)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], severity: 'fail' as const, why: msg('五点描述禁用的特殊字符', 'special character banned in bullets') }));
  return findingsCheck('amazon.bullet.special-chars', findings, {
    lead: msg('含禁用的特殊字符——', 'Banned special characters — '),
    pass: msg('没有禁用的特殊字符（™ ® € … † ‡ ¢ £ ¥ © ± ~）。', 'No banned special characters (™ ® € … † ‡ ¢ £ ¥ © ± ~).'),
    source: SOURCE,
    fix: (found) => ({ message: msg('删除这些字符；需要时用文字代替（如 “approx.” 代替 ~）。', 'Remove them; use words where needed ("approx." for ~).'), replacement: removeSpans(text, found) }),
  });
}

export const bulletEmoji = (input: RuleInput) => emojiCheck('amazon.bullet.emoji', input, 'fail', SOURCE);

const ASIN = /\bB0[0-9A-Z]{8}\b/gi;

export function bulletAsin({ text }: RuleInput): TitleCheck {
  const findings: Finding[] = [...text.matchAll(ASIN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], severity: 'fail' as const, why: msg('ASIN 编号', 'ASIN') }));
  return findingsCheck('amazon.bullet.asin', findings, {
    lead: msg('五点描述中不能有 ASIN——', 'No ASINs in bullets — '),
    pass: msg('没有 ASIN。', 'No ASINs.'),
    source: SOURCE,
    fix: (found) => ({ message: msg('删除 ASIN。', 'Remove the ASIN.'), replacement: removeSpans(text, found) }),
  });
}

export function bulletPlaceholder({ text, folded }: RuleInput): TitleCheck {
  const findings: Finding[] = matchers.bulletPlaceholders.match(text, folded).map((m) => ({ start: m.start, end: m.end, text: m.text, severity: m.entry.severity, why: msg('占位文字', 'placeholder text') }));
  return findingsCheck('amazon.bullet.placeholder', findings, {
    lead: msg('含占位文字——', 'Placeholder text — '),
    pass: msg('没有占位文字（N/A、TBD…）。', 'No placeholder text (N/A, TBD…).'),
    source: SOURCE,
    fix: () => ({ message: msg('写出真实内容，或删除这一条。', 'Write the real content, or remove the bullet.') }),
  });
}
