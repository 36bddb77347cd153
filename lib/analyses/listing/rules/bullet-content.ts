import type { FabePart, ListingCheck, TitleCheck } from '../../../schema';
import { classifyStatement } from '../../fabe/classify';
import { scoreTitle } from '../../title/score-title';
import { judged, msg, numbers, type RuleEnv } from '../check';
import { HEURISTIC, NORMS, SOURCES } from '../norms';

/**
 * What the bullets say: does each open with its benefit, and are any banned claims in them.
 *
 * Front-loaded (heuristic): shoppers skim the first words of each bullet, so a bullet
 * front-loads when it opens with a heading ("【Easy to Clean】", "LEAKPROOF LID: …",
 * "Keeps drinks hot – …": a short lead ended by a colon or dash, or two or more capital
 * words) or when its first clause says what the product does or gains for the buyer
 * (FABE part A or B from classifyStatement). A bullet that opens on a bare fact
 * ("Made of 304 stainless steel") or with no selling point does not.
 */

const BRACKET = /^\s*(?:【[^】]{1,40}】|\[[^\]]{1,40}\]|〖[^〗]{1,40}〗)/u;
const CAPS_RUN = /^\s*([\p{Lu}\d][\p{Lu}\d &/'’+,.-]{3,})/u;
const LEAD_END = /[:：]|\s[-–—]\s|[–—]/u;
// A full stop ends a clause only before a space or the end: "22.5W" and "No.1" stay whole.
const SENTENCE_END = /[.!?](?=\s|$)|[。！？]/u;
const CLAUSE_END = /[.!?](?=\s|$)|[;；。！？]|,\s|，/u;
const MAX_LEAD_WORDS = 8;

/** Opens with a heading: bracketed, two+ capital words, or a short lead ended by a colon or dash. */
export function opensWithHeading(text: string): boolean {
  if (BRACKET.test(text)) return true;
  const caps = CAPS_RUN.exec(text)?.[1]?.trim();
  if (caps && caps.split(/\s+/).filter((w) => /\p{Lu}{2}/u.test(w)).length >= 2) return true;
  const head = text.slice(0, NORMS.frontLoadedLeadMaxChars);
  const end = LEAD_END.exec(head);
  if (!end || end.index < 2) return false;
  const lead = head.slice(0, end.index).trim();
  return lead.length >= 2 && !SENTENCE_END.test(lead) && lead.split(/\s+/).length <= MAX_LEAD_WORDS;
}

const PART_ZH: Record<FabePart, string> = { F: '产品事实', A: '功能', B: '买家利益', E: '证据', none: '无卖点的话' };
const PART_EN: Record<FabePart, string> = { F: 'a plain fact', A: 'what it does', B: 'a gain for the buyer', E: 'proof', none: 'no selling point' };

interface Opening { frontLoaded: boolean; part?: FabePart; clause: string }

function opening(text: string, locale: string): Opening {
  const clause = text.split(CLAUSE_END)[0]!.trim().slice(0, 200);
  if (opensWithHeading(text)) return { frontLoaded: true, clause };
  const { part } = classifyStatement(clause, locale, { origin: 'bullet' });
  return { frontLoaded: part === 'A' || part === 'B', part, clause };
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function frontLoadedCheck(env: RuleEnv, bullets: readonly string[]): ListingCheck {
  const openings = bullets.map((b) => opening(b, env.read.locale));
  const n = bullets.length;
  const misses = openings.flatMap((o, i) => (o.frontLoaded ? [] : [i]));
  const k = n - misses.length;
  const status = misses.length === 0 ? 'pass' : k * 2 >= n ? 'warn' : 'fail';
  const value = `${k} of ${n} front-loaded`;
  if (status === 'pass') {
    return judged(env, 'listing.bullets.front-loaded', status, msg(`${n} 条都以小标题或卖点开头。`, `All ${n} bullets open with a heading or a benefit.`), { value, source: HEURISTIC });
  }
  const zh = misses.map((i) => `第 ${i + 1} 条以${PART_ZH[openings[i]!.part ?? 'none']}开头（“${clip(openings[i]!.clause, 40)}”）`).join('；');
  const en = misses.map((i) => `bullet ${i + 1} opens with ${PART_EN[openings[i]!.part ?? 'none']} ("${clip(openings[i]!.clause, 40)}")`).join('; ');
  return judged(
    env,
    'listing.bullets.front-loaded',
    status,
    msg(clip(`${n} 条中 ${k} 条以小标题或卖点开头；${zh}。`, 1990), clip(`${k} of ${n} bullets open with a heading or a benefit; ${en}.`, 1990)),
    { value, source: HEURISTIC, fix: msg(`第 ${numbers(misses)} 条改成先写买家得到什么（小标题或一句利益），再写参数。`, `Open bullet ${numbers(misses)} with what the buyer gets (a heading or a one-line benefit), then the spec.`) },
  );
}

/** The bullet rules of the title scorer, minus length (judged above for all bullets together). */
function flagged(env: RuleEnv, text: string): TitleCheck[] {
  const score = scoreTitle(text, { marketplace: env.marketplace, field: 'bullet', ...(env.product.brand ? { brand: env.product.brand } : {}), ...(env.config ? { config: env.config } : {}) });
  return score.checks.filter((c) => c.status !== 'pass' && c.rule !== 'amazon.bullet.length' && c.rule !== 'field.unsupported');
}

export function bannedClaimsCheck(env: RuleEnv, bullets: readonly string[]): ListingCheck {
  const found = bullets.map((b) => flagged(env, b));
  const hit = found.flatMap((checks, i) => (checks.length ? [i] : []));
  const value = `${hit.length} of ${bullets.length} bullets flagged`;
  const source = SOURCES.bulletPolicy;
  if (hit.length === 0) {
    return judged(env, 'listing.bullets.banned-claims', 'pass', msg('五点描述里没有受限宣称、促销用语、联系方式、禁用字符或占位文字。', 'No restricted claims, promotional wording, contact details, banned characters or placeholders in the bullets.'), { value, source });
  }
  const all = found.flat();
  const status = all.some((c) => c.status === 'fail') ? 'fail' : 'warn';
  const zh = hit.map((i) => `第 ${i + 1} 条：${found[i]!.map((c) => c.message.zh).join(' ')}`).join('；');
  const en = hit.map((i) => `bullet ${i + 1}: ${found[i]!.map((c) => c.message.en).join(' ')}`).join('; ');
  const fixZh = [...new Set(all.map((c) => c.fix?.message.zh).filter(Boolean))].join(' ');
  const fixEn = [...new Set(all.map((c) => c.fix?.message.en).filter(Boolean))].join(' ');
  return judged(env, 'listing.bullets.banned-claims', status, msg(clip(zh, 1990), clip(en.charAt(0).toUpperCase() + en.slice(1), 1990)), {
    value,
    source,
    fix: msg(clip(`第 ${numbers(hit)} 条：${fixZh}`, 1990), clip(`Bullet ${numbers(hit)}: ${fixEn}`, 1990)),
  });
}
