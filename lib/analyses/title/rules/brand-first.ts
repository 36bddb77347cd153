import type { TitleCheck } from '../../../schema';
import { makeCheck, msg, type Status } from './checks';
import { excerpt, matchNameAt } from './text';
import type { RuleInput } from './types';
import type { RuleId } from './weights';

/**
 * The brand leads the title. Amazon: style guidance (warn). JD: the back-end brand must be
 * the first word or publishing is blocked (fail). JD short title: 品牌名+产品词+规格 (warn).
 * Skipped (no check) when the brand is unknown.
 */

const AMAZON = 'https://amalyze.com/resources/guides/listing/amazon-listing-pdp-title';
const JD = 'http://m.gtc8.cn/news/i300399.html';
const JD_SHORT = 'https://luxiaobai.com/yunyin/jingdong/44013.html';

const LEADING = /^[\s\u3000]*/;

/** End offset of the brand when the text starts with one of its names, else -1. */
export function brandAtStart(input: RuleInput): number {
  const start = LEADING.exec(input.folded)![0].length;
  for (const key of input.brandKeys) {
    const end = matchNameAt(input.folded, start, key);
    if (end > 0) return end;
  }
  return -1;
}

function brandFirst(rule: RuleId, input: RuleInput, failStatus: Status, source: string, noun = msg('标题', 'title')): TitleCheck | null {
  if (!input.brand?.trim() || input.brandKeys.length === 0) return null;
  const brand = input.brand.trim();
  if (brandAtStart(input) > 0) {
    return makeCheck(rule, 'pass', msg(`品牌“${brand}”在最前面。`, `The brand "${brand}" comes first.`), { source });
  }
  const first = input.brandSpans[0];
  const opening = excerpt(input.text.trimStart(), 0, undefined, 16);
  const where = first
    ? msg(`品牌出现在第 ${first.start + 1} 个字符处，而不是开头`, `the brand appears at character ${first.start + 1}, not at the start`)
    : msg(`${noun.zh}中没有写品牌`, `the ${noun.en} does not name the brand`);
  return makeCheck(
    rule,
    failStatus,
    msg(`${noun.zh}以“${opening}”开头，${where.zh}；应以品牌“${brand}”开头。`, `The ${noun.en} starts with "${opening}"; ${where.en}. It should start with the brand "${brand}".`),
    {
      ...(first ? { spans: [first] } : {}),
      source,
      fix: { message: msg(`把“${brand}”放到标题最前面。`, `Put "${brand}" at the very start.`) },
    },
  );
}

export const amazonBrandFirst = (input: RuleInput) => brandFirst('amazon.brand-first', input, 'warn', AMAZON);
export const jdBrandFirst = (input: RuleInput) => brandFirst('jd.brand-first', input, 'fail', JD);
export const jdShortTitleBrand = (input: RuleInput) => brandFirst('jd.short-title.brand', input, 'warn', JD_SHORT, msg('短标题', 'short title'));
