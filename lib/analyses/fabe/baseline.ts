import type { Classification } from './classify';

/**
 * The BASELINE the evaluation compares against: the cue table of domain-rules.md §3
 * alone, its 中文 and English columns word for word. The parts are tried in the table's
 * order F, A, B, E; the first part with any matching cue wins, with that cue; no cue →
 * none. No structure, no weights, no other languages: what a reader of the table would
 * build first. Compiled once.
 */

const TABLE: readonly [Classification['part'], readonly string[]][] = [
  ['F', ['采用', '选用', '材质', '面料', '内胆', '工艺', '配备', '搭载', '内置', '规格', '尺寸', '容量', '重量', '型号', 'made of', 'made from', 'features', 'equipped with', 'built-in', 'material', 'dimensions', 'capacity']],
  ['A', ['更', '相比', '高于', '提升', '增强', '不易', '防', '耐', '快速', '持久', '轻便', '可以', '能够', 'more', 'less', 'faster', 'longer-lasting', 'stronger', 'lighter', 'compared to', 'resistant', 'allows', 'enables']],
  ['B', ['您', '你', '让您', '帮您', '轻松', '省时', '省心', '放心', '告别', '不再', '再也不用', '随时随地', '享受', 'you', 'your', 'lets you', 'helps you', 'easy', 'effortless', 'save time', 'save money', 'no more', 'never again', 'peace of mind', 'enjoy']],
  ['E', ['实测', '检测', '报告', 'SGS', '认证', '专利', '获奖', '国家标准', '销量', '月销', '好评', '评价数', '复购率', '明星推荐', '专家推荐', 'tested', 'lab', 'certified', 'FDA-registered', 'UL', 'CE', 'patent', 'award', 'reviews', 'rating', 'sold', 'customers', 'clinically']],
];

/** The table's patterns that are not single words: "number+unit" (its units), "比…更", "-er than". */
const PATTERNS: Partial<Record<Classification['part'], string[]>> = {
  F: [String.raw`\d+(?:[.,]\d+)?\s?(?:mm|g|ml|mAh|W|层|片)(?![\p{Script=Latin}])`],
  A: ['比[^，。；,.;]{0,12}更', String.raw`\b\p{Script=Latin}{2,}er\s+than\b`],
};

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (t: string) => (/^[\p{Script=Latin}]/u.test(t) ? String.raw`(?<![\p{Script=Latin}])${esc(t)}(?![\p{Script=Latin}])` : esc(t));

const COMPILED = TABLE.map(([part, terms]) => ({
  part,
  re: new RegExp([...terms.map(word), ...(PATTERNS[part] ?? [])].join('|'), 'iu'),
}));

export function classifyByCues(text: string, _lang?: string): Classification {
  for (const { part, re } of COMPILED) {
    const m = re.exec(text);
    if (m) return { part, confidence: 1, cue: `“${m[0]}” (domain-rules §3 cue table)` };
  }
  return { part: 'none', confidence: 1 };
}
