import type { Bilingual, TitleCheck } from '../../../schema';
import { msg, type Finding, findingsCheck } from './checks';
import { matchers } from './lists';
import { removeSpans } from './text';
import type { RuleInput } from './types';
import { forField, type WordMatch } from './word-list';

/** `amazon.promo`: promotional, price, availability and subjective wording (A2, §1.2, §1.4). */

const A2 = 'https://sellercentral-europe.amazon.com/help/hub/reference/external/201100890?locale=hi-IN';

const WHY_PROMO = msg('促销、价格或时效性用语', 'promotional, price or time-sensitive wording');
const WHY_SUBJECTIVE = msg('主观或夸大用语，需有客观依据', 'subjective or superlative wording that needs objective proof');

/** Prices written into the text: "€19.99", "USD 20", "30% off". ($ is a banned character already.) */
const PRICE = /(?:[£€¥₹]|\bUS\$|\b(?:USD|EUR|GBP|INR|JPY)\b)\s?\d|\b\d+\s?%\s?off\b/gi;

export function toFinding(m: WordMatch, why: Bilingual): Finding {
  return { start: m.start, end: m.end, text: m.text, severity: m.entry.severity, why, ...(m.entry.hint ? { hint: m.entry.hint } : {}) };
}

export function amazonPromo({ text, folded, field }: RuleInput): TitleCheck {
  const findings: Finding[] = [
    ...forField(matchers.promo.match(text, folded), field).map((m) => toFinding(m, WHY_PROMO)),
    ...forField(matchers.subjective.match(text, folded), field).map((m) => toFinding(m, WHY_SUBJECTIVE)),
  ];
  if (field === 'title') {
    for (const m of text.matchAll(PRICE)) findings.push({ start: m.index, end: m.index + m[0].length, text: m[0], severity: 'fail', why: msg('标题中不能写价格或折扣', 'no price or discount in the title') });
  }
  const where = field === 'bullet' ? msg('五点描述', 'bullet') : msg('标题', 'title');
  return findingsCheck('amazon.promo', findings, {
    lead: msg(`${where.zh}含促销或主观用语——`, `The ${where.en} has promotional or subjective wording — `),
    pass: msg(`${where.zh}没有促销或主观用语。`, `No promotional or subjective wording in the ${where.en}.`),
    source: A2,
    fix: (found) => ({
      message: msg('删除这些用语，改写成客观的商品事实（材质、尺寸、用途）。', 'Remove them; describe objective facts instead (material, size, use).'),
      replacement: removeSpans(text, found.filter((f) => f.severity === 'fail')),
    }),
  });
}
