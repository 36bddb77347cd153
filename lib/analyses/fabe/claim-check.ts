import type { Bilingual } from '../../schema';
import { matchers } from '../title/rules/lists';
import { fold, type WordMatch, type WordMatcher } from '../title/rules/word-list';
import { Memo, MEMO_SIZE } from './memo';

/**
 * The title rules' word lists (lib/analyses/title/words, compiled once in rules/lists.ts)
 * applied to evidence and to 一句话卖点 drafts: restricted claims (FDA approved, clinically
 * proven, kills germs…), Advertising Law absolute terms (销量第一, 最…, 国家级…), subjective
 * superlatives, promotion and keyword-abuse wording. No list is copied here.
 */

export interface ClaimFinding {
  text: string;
  severity: 'fail' | 'warn';
  warning: Bilingual;
}

const LISTS: readonly [WordMatcher, Bilingual][] = [
  [matchers.claims, { zh: '受限宣称，须有可核查的文件', en: 'restricted claim: needs a document you can produce' }],
  [matchers.cnAbsolute, { zh: '绝对化用语（《广告法》第九条）', en: 'absolute term (China Advertising Law Art. 9)' }],
  [matchers.subjective, { zh: '主观或夸大用语，需有客观依据', en: 'subjective or superlative wording that needs objective proof' }],
  [matchers.promo, { zh: '促销或时效性用语', en: 'promotional or time-sensitive wording' }],
  [matchers.jdPromo, { zh: '促销或赠品用语', en: 'promotion or gift wording' }],
  [matchers.taobaoAbuse, { zh: '仿冒、比较或赠品类用语', en: 'replica, comparison or gift wording' }],
];

const toFinding = (m: WordMatch, why: Bilingual): ClaimFinding => ({
  text: m.text,
  severity: m.entry.severity,
  warning: m.entry.hint
    ? { zh: `“${m.text}”：${why.zh}。${m.entry.hint.zh}`, en: `“${m.text}”: ${why.en}. ${m.entry.hint.en}` }
    : { zh: `“${m.text}”：${why.zh}`, en: `“${m.text}”: ${why.en}` },
});

/**
 * Findings already worked out (memo.ts): six word lists over a folded copy cost some 25 µs
 * for a 200-character statement, and the same text is checked again for a second statement
 * with it, for every chain its evidence backs (chains.ts: hasFail), and on every read.
 */
const FINDINGS = new Memo<readonly ClaimFinding[]>(MEMO_SIZE);

/** Every banned or restricted term of the title lists in `text` (shared with the memo: never written to). */
export function claimFindings(text: string): readonly ClaimFinding[] {
  return FINDINGS.get(text, () => findClaims(text));
}

function findClaims(text: string): ClaimFinding[] {
  const folded = fold(text);
  const out: ClaimFinding[] = [];
  for (const [matcher, why] of LISTS) for (const m of matcher.match(text, folded)) out.push(toFinding(m, why));
  return out;
}

/** A document the claim can be checked against: a report or certificate number, a standard's code. */
const DOCUMENT = /(?:no\.?|nr\.?|n°|编号|号|#)\s*[A-Z0-9-]{4,}|\b(?:EN|ISO|IEC|ASTM|GB(?:\/T)?|DIN|UL|ANSI)\s?\d{2,}|\b[A-Z]{2,}\d{4,}\b|\d{6,}/iu;

export const NO_DOCUMENT: Bilingual = {
  zh: '认证或检测宣称未给出证书/报告编号，买家和平台无法核查（证据须可核查）',
  en: 'a certification or test claim without a certificate or report number cannot be checked (evidence must be verifiable)',
};

export const citesDocument = (text: string) => DOCUMENT.test(text);
