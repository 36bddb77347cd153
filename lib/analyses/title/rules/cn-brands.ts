import type { TitleCheck } from '../../../schema';
import { msg, type Finding, findingsCheck } from './checks';
import { matchers, WORD_LISTS } from './lists';
import { nameKey, removeSpans, within } from './text';
import type { RuleInput } from './types';
import type { WordEntry } from './word-list';

/**
 * Other brands' names in a Taobao/Tmall/JD title (滥用关键词 (3)(4); JD short title: no
 * unauthorised brands). Heuristics, in order:
 *  - the listing's own brand (any of its names, or the names of its brands.json group) is fine;
 *  - a compatibility phrase is fine: 适用/适配/兼容/用于 just before, 专用/通用 just after (适用苹果手机壳);
 *  - next to a comparison word (媲美, 同款, 平替… within 4 characters) it fails even when the
 *    own brand is unknown (媲美LV);
 *  - otherwise, with the own brand known, another brand takes its entry's severity;
 *    with it unknown, one brand is taken to be the seller's own and two or more warn.
 */

const TAOBAO = 'https://wodefinance.com/Trademarkregistration/axffvqgsdh.html';
const JD = 'https://www.musicheng.com/news/i527930.html';

const COMPAT_BEFORE = ['适用', '适配', '兼容', '用于', '适合', 'for '];
const COMPAT_AFTER = ['专用', '通用', '适用'];
const NEAR = 4;

/** Every name of a brand's group, as nameKeys: owning one name owns the group. */
const GROUP_KEYS = new Map<WordEntry, ReadonlySet<string>>();
{
  const byGroup = new Map<string, Set<string>>();
  for (const e of WORD_LISTS.brands.entries) {
    const g = e.group ?? e.term;
    const keys = byGroup.get(g) ?? new Set<string>();
    for (const s of [e.term, ...(e.forms ?? [])]) keys.add(nameKey(s));
    byGroup.set(g, keys);
  }
  for (const e of WORD_LISTS.brands.entries) GROUP_KEYS.set(e, byGroup.get(e.group ?? e.term)!);
}

export function otherBrands(rule: 'taobao.other-brands' | 'jd.other-brands', input: RuleInput): TitleCheck {
  const { text, folded, brandKeys, brandSpans } = input;
  const markers = matchers.comparisonMarkers.match(text, folded);
  const mentions = [];
  for (const m of matchers.brands.match(text, folded)) {
    const own = within(m.start, m.end, brandSpans) || brandKeys.some((k) => GROUP_KEYS.get(m.entry)!.has(k));
    if (own) continue;
    const before = folded.slice(Math.max(0, m.start - 5), m.start);
    const after = folded.slice(m.end, m.end + 3);
    if (COMPAT_BEFORE.some((w) => before.includes(w)) || COMPAT_AFTER.some((w) => after.startsWith(w))) continue;
    const compared = markers.find((k) => (k.end <= m.start && m.start - k.end <= NEAR) || (k.start >= m.end && k.start - m.end <= NEAR));
    mentions.push({ m, compared });
  }
  const groups = new Set(mentions.map(({ m }) => m.entry.group ?? m.entry.term));
  const findings: Finding[] = [];
  for (const { m, compared } of mentions) {
    const base = { start: m.start, end: m.end, text: m.text, ...(m.entry.hint ? { hint: m.entry.hint } : {}) };
    if (compared) findings.push({ ...base, severity: 'fail', why: msg(`与其他品牌比较（“${compared.text}”）`, `compared with another brand ("${compared.text}")`) });
    else if (input.brand) findings.push({ ...base, severity: m.entry.severity, why: msg(`不是本商品的品牌“${input.brand}”`, `not this listing's brand "${input.brand}"`) });
    else if (groups.size > 1) findings.push({ ...base, severity: 'warn', why: msg('标题中出现多个品牌，只能写本商品的品牌', 'several brands named; only the listing\'s own may appear') });
  }
  return findingsCheck(rule, findings, {
    lead: msg('含其他品牌名（滥用关键词）——', 'Other brands\' names (keyword abuse) — '),
    pass: msg(input.brand ? '没有其他品牌名。' : '没有其他品牌名或品牌比较（未提供本商品品牌）。', input.brand ? 'No other brands\' names.' : 'No other brands or brand comparisons (own brand not given).'),
    source: rule === 'jd.other-brands' ? JD : TAOBAO,
    fix: (found) => ({ message: msg('删除其他品牌名；配件可写“适用于 XX”。', 'Remove other brands; accessories may say "适用于 XX" (compatible with).'), replacement: removeSpans(text, found.filter((f) => f.severity === 'fail')) }),
  });
}
