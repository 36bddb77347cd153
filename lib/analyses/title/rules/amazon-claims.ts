import type { Bilingual, TitleCheck } from '../../../schema';
import { msg, type Finding, findingsCheck } from './checks';
import { matchers } from './lists';
import type { RuleInput } from './types';
import { forField, type WordMatch } from './word-list';
import { toFinding } from './amazon-wording';

/**
 * `amazon.claims`: restricted claims (§2.2) in titles, bullets and search terms. Two
 * heuristics change an entry's severity: a disease name is a drug claim (fail) when a
 * cure/treat/prevent verb stands up to LIMITS.amazonClaimVerbWindow words before it, or
 * "relief"/"treatment" right after; an environmental word is only a warn when its clause
 * qualifies it with a number, a certification or a standard (FTC Green Guides).
 */

const SOURCE = 'https://trytruli.com/blog-3/amazon-supplement-compliance-listing-policy-fda';

const WHY: Record<string, Bilingual> = {
  pesticide: msg('杀菌/驱虫宣称，亚马逊按农药商品处理，须有 EPA 注册号，否则下架', 'pesticide claim: Amazon treats the product as a pesticide and blocks it without an EPA registration number'),
  'pesticide-safety': msg('“无毒/无害”类安全宣称，在农药商品上被禁止', 'safety claim prohibited on pesticide products'),
  disease: msg('疾病名称，保健品或化妆品提及即属药品宣称', 'disease name: on supplements or cosmetics it is a drug claim'),
  fda: msg('FDA 相关宣称，缺乏文件时商品会被停用', 'FDA wording: listings without documents are deactivated'),
  environmental: msg('笼统的环保宣称，亚马逊禁止，FTC 要求具体、可证明的说法', 'unqualified environmental claim: Amazon bans it and the FTC requires specific, provable wording'),
  guarantee: msg('退款或保证承诺，2024-08-15 起被禁止', 'refund or guarantee promise, banned since 2024-08-15'),
  origin: msg('原产地宣称，须全部或几乎全部在美国制造', 'origin claim: only when all or virtually all of it is made in the US'),
};
const DRUG = msg('宣称能治疗或预防疾病，只有药品可以这样写', 'claims to treat or prevent a disease, which only drugs may do');
const QUALIFIED = msg('已给出限定说明，请确认有证明文件', 'qualified; keep the proof at hand');

const CLAUSE_END = new Set([',', ';', '|', '(', ')', '\n', '，', '；', '。']);
const AFTER_VERB = /^(?:relie|treatment)/i;
const QUALIFIER = /\d\s?%|certif|astm|en\s?13432|\bbpi\b|tüv|ok\s?compost|home\s?compost|industrial(?:ly)?\s?compost/i;

function clause(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && !CLAUSE_END.has(text[a - 1]!)) a--;
  while (b < text.length && !CLAUSE_END.has(text[b]!)) b++;
  return text.slice(a, b);
}

/** Words between two offsets (token count), for the verb window. */
function wordsBetween(input: RuleInput, from: number, to: number): number {
  let n = 0;
  for (const t of input.tokens) if (t.start >= from && t.end <= to) n++;
  return n;
}

function drugVerb(input: RuleInput, d: WordMatch, verbs: readonly WordMatch[]): WordMatch | undefined {
  const window = input.limits.amazonClaimVerbWindow;
  return verbs.find(
    (v) => (v.end <= d.start && wordsBetween(input, v.end, d.start) <= window) || (v.start >= d.end && wordsBetween(input, d.end, v.start) <= 1 && AFTER_VERB.test(v.text)),
  );
}

export function amazonClaims(input: RuleInput): TitleCheck {
  const { text, folded, field } = input;
  const found = forField(matchers.claims.match(text, folded), field);
  const verbs = found.some((m) => m.entry.family === 'disease') ? matchers.claimVerbs.match(text, folded) : [];
  const findings: Finding[] = [];
  for (const m of found) {
    const family = m.entry.family ?? 'disease';
    const f = toFinding(m, WHY[family] ?? WHY.disease!);
    if (family === 'disease') {
      const verb = drugVerb(input, m, verbs);
      if (verb) {
        const start = Math.min(verb.start, m.start);
        const end = Math.max(verb.end, m.end);
        findings.push({ start, end, text: text.slice(start, end), severity: 'fail', why: DRUG });
        continue;
      }
    }
    if (family === 'environmental' && f.severity === 'fail' && QUALIFIER.test(clause(text, m.start, m.end))) {
      findings.push({ ...f, severity: 'warn', why: msg(`${f.why.zh}；${QUALIFIED.zh}`, `${f.why.en}; ${QUALIFIED.en}`) });
      continue;
    }
    findings.push(f);
  }
  return findingsCheck('amazon.claims', findings, {
    lead: msg('含受限宣称——', 'Restricted claims — '),
    pass: msg('没有受限宣称（农药、疾病、FDA、环保、保证）。', 'No restricted claims (pesticide, disease, FDA, environmental, guarantee).'),
    source: SOURCE,
    fix: () => ({ message: msg('删除，或改成有文件支持的具体说法（EPA 注册号、认证编号、具体百分比）。', 'Remove it, or make it specific and documented (EPA number, certificate, exact percentage).') }),
  });
}
