import type { Bilingual, TitleCheck } from '../../../schema';
import { msg, type Finding, findingsCheck } from './checks';
import { matchers } from './lists';
import { removeSpans, within } from './text';
import type { RuleInput } from './types';
import type { WordMatch } from './word-list';

/**
 * `cn.absolute-terms`: Advertising Law Art. 9(3) absolute terms (极限词) in Taobao, Tmall and
 * JD titles; product titles count as advertising. The SAMR 2023 guide exempts some uses;
 * the ones we can see turn a fail into a warn that names the exemption:
 *  (e) the term is inside the brand or the model given in the context (品牌“最生活”);
 *  (b) it compares the seller's own products: 本店/我店/本品牌… just before it (本店最新款);
 *  (g) a dated fact: a year (2023…) within LIMITS.cnFactWindowChars before a ranking or
 *      first/price term (2023年天猫销量第一) — the seller must still be able to prove it.
 * Usage tips (c) (最佳食用期) are entries of their own in the word list.
 */

const LAW = 'https://www.51dongshi.net/wzztf/rdrvc/rdrvceres';
const SAMR = 'https://junhe.com/legal-updates/2095';

const OWN_SHOP = ['本店', '我店', '店内', '本品牌', '自家', '本系列', '本公司'];
const YEAR = /(?:19|20)\d{2}/;
const FACT_FAMILIES = new Set(['rank', 'first', 'price']);

const WHY = msg('绝对化用语，违反《广告法》第九条，可罚 20 万–100 万元', 'absolute term banned by Advertising Law Art. 9 (fines RMB 200,000–1,000,000)');
const WHY_SOFT = msg('可能被认定为绝对化用语', 'may be read as an absolute term');

function exemption(input: RuleInput, m: WordMatch): Bilingual | null {
  if (within(m.start, m.end, input.brandSpans)) return msg('属于品牌名，若为注册商标可豁免（总局指南 e）', 'part of the brand; exempt if a registered trademark (SAMR guide (e))');
  if (within(m.start, m.end, input.modelSpans)) return msg('属于型号名称，可豁免（总局指南 e）', 'part of the model name; exempt (SAMR guide (e))');
  const before = input.folded.slice(Math.max(0, m.start - 6), m.start);
  if (OWN_SHOP.some((w) => before.includes(w))) return msg('只与本店自家商品比较，可豁免（总局指南 b）', 'compares only your own products; exempt (SAMR guide (b))');
  if (FACT_FAMILIES.has(m.entry.family ?? '') && YEAR.test(input.folded.slice(Math.max(0, m.start - input.limits.cnFactWindowChars), m.start))) {
    return msg('带时间限定的事实陈述，须能提供证明（总局指南 g）', 'a dated fact; exempt only with proof (SAMR guide (g))');
  }
  return null;
}

export function cnAbsoluteTerms(input: RuleInput): TitleCheck {
  const findings: Finding[] = matchers.cnAbsolute.match(input.text, input.folded).map((m): Finding => {
    const exempt = exemption(input, m);
    const why = m.entry.severity === 'fail' ? WHY : WHY_SOFT;
    // An exemption we could see replaces the entry's generic hint.
    if (exempt) return { start: m.start, end: m.end, text: m.text, severity: 'warn', why: msg(`${why.zh}；但${exempt.zh}`, `${why.en}; but ${exempt.en}`) };
    return { start: m.start, end: m.end, text: m.text, severity: m.entry.severity, why, ...(m.entry.hint ? { hint: m.entry.hint } : {}) };
  });
  return findingsCheck('cn.absolute-terms', findings, {
    lead: msg('含绝对化用语（极限词）——', 'Absolute terms (极限词) — '),
    pass: msg('没有绝对化用语（最、第一、顶级、国家级…）。', 'No absolute terms (最, 第一, 顶级, 国家级…).'),
    source: findings.some((f) => f.why.en.includes('SAMR')) ? SAMR : LAW,
    fix: (found) => ({
      message: msg('删除绝对化用语，改写成可核实的具体事实（材质、参数、销量数字及时间范围）。', 'Remove them; state verifiable specifics instead (material, specs, sales figures with period).'),
      replacement: removeSpans(input.text, found.filter((f) => f.severity === 'fail')),
    }),
  });
}
