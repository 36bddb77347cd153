import type { TitleCheck } from '../../../schema';
import { LIMITS } from '../limits';
import { charCount } from '../tokens';
import { makeCheck, msg } from './checks';
import { codePointOffset, excerpt } from './text';
import type { RuleInput } from './types';

/** Amazon title length (A1, the opt-in 2026 75-character cap) and the mobile front (§1.2). */

export function amazonLength({ text, limits, config }: RuleInput): TitleCheck {
  const chars = charCount(text);
  const max = limits.amazonTitleChars;
  const source = LIMITS.amazonTitleChars.source;
  if (chars === 0 || !text.trim()) {
    return makeCheck('amazon.length', 'fail', msg('标题为空。', 'The title is empty.'), {
      source,
      fix: { message: msg('写出品牌和商品是什么（如“hiking boots”）。', 'Write the brand and what the product is (e.g. "hiking boots").') },
    });
  }
  if (chars > max) {
    const start = codePointOffset(text, max);
    const over = chars - max;
    return makeCheck(
      'amazon.length',
      'fail',
      msg(
        `标题有 ${chars} 个字符，超过亚马逊 ${max} 个字符的上限（含空格）${over} 个；超出部分从“${excerpt(text, start)}”开始。`,
        `The title has ${chars} characters, ${over} over Amazon's ${max}-character limit (spaces included); the excess starts at "${excerpt(text, start)}".`,
      ),
      { spans: [{ start, end: text.length }], source, fix: { message: msg(`删去至少 ${over} 个字符，保留品牌、商品名称和关键属性。`, `Cut at least ${over} characters; keep the brand, the product type and key attributes.`) } },
    );
  }
  const option = limits.amazonTitleOptionChars;
  if (config.amazonTitle75 && chars > option) {
    const start = codePointOffset(text, option);
    return makeCheck(
      'amazon.length',
      'warn',
      msg(
        `标题有 ${chars} 个字符，超过 2026 年报道的 ${option} 个字符新上限（您已开启该选项）；从“${excerpt(text, start)}”起的内容可能被亚马逊改写，可移到 125 字符的“商品亮点”中。`,
        `The title has ${chars} characters, over the ${option}-character cap reported for 2026 (you opted in); from "${excerpt(text, start)}" on, Amazon may rewrite it. Move the rest to the 125-character item highlights.`,
      ),
      { spans: [{ start, end: text.length }], source: LIMITS.amazonTitleOptionChars.source, fix: { message: msg(`缩短 ${chars - option} 个字符。`, `Cut ${chars - option} characters.`) } },
    );
  }
  const cap = config.amazonTitle75 ? option : max;
  return makeCheck('amazon.length', 'pass', msg(`标题 ${chars} 个字符，未超过 ${cap} 个字符的上限。`, `The title has ${chars} characters, within the ${cap}-character limit.`), { source });
}

/**
 * Mobile search shows about the first 80 characters. The product's identity is its target
 * keywords: warn when the main keyword (the first given) or most of them start after the cut.
 * Without keywords the check only shows what mobile buyers see.
 */
export function amazonMobileFront({ text, limits, keywords, coverage }: RuleInput): TitleCheck {
  const front = limits.amazonMobileFrontChars;
  const source = LIMITS.amazonMobileFrontChars.source;
  const chars = charCount(text);
  if (chars <= front) {
    return makeCheck('amazon.mobile-front', 'pass', msg(`整个标题（${chars} 个字符）都在手机端显示的前 ${front} 个字符内。`, `The whole title (${chars} characters) fits in the ~${front} characters mobile search shows.`), { source });
  }
  const cut = codePointOffset(text, front);
  const shown = text.slice(0, cut);
  const present = (coverage ?? []).filter((c) => c.present && c.spans.length > 0);
  const firstAt = (c: (typeof present)[number]) => Math.min(...c.spans.map((s) => s.start));
  const late = present.filter((c) => firstAt(c) >= cut);
  const primary = keywords.length > 0 ? late.find((c) => c.keyword === keywords[0]) : undefined;
  if (primary || (present.length > 0 && late.length * 2 > present.length)) {
    const names = late.map((c) => `“${c.keyword}”`).join('、');
    const namesEn = late.map((c) => `"${c.keyword}"`).join(', ');
    return makeCheck(
      'amazon.mobile-front',
      'warn',
      msg(
        `手机端搜索结果大约只显示前 ${front} 个字符（到“…${excerpt(shown, Math.max(0, shown.length - 16))}”为止），${names} 在这之后，买家看不到。`,
        `Mobile search shows about the first ${front} characters (up to "…${excerpt(shown, Math.max(0, shown.length - 16))}"); ${namesEn} come after that, out of buyers' sight.`,
      ),
      {
        spans: late.map((c) => c.spans.find((s) => s.start >= cut)!),
        source,
        fix: { message: msg('把主关键词移到标题前部（品牌之后）。', 'Move the main keyword to the front of the title, right after the brand.') },
      },
    );
  }
  return makeCheck('amazon.mobile-front', 'pass', msg(`手机端大约只显示前 ${front} 个字符：“${shown}”。`, `Mobile search shows about the first ${front} characters: "${shown}".`), { source });
}
