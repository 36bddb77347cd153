import type { ListingCheck, Marketplace, TitleCheck, TitleScore } from '../../../schema';
import { LIMITS } from '../../title/limits';
import { scoreTitle } from '../../title/score-title';
import { judged, missingWhy, msg, type RuleEnv, unknown } from '../check';

/**
 * `listing.title.score`: the title scorer's result folded into one check. It earns
 * weight × score / 100 (so a 72/100 title earns 72% of the section), and says how many
 * title checks need work; the TitleScore itself goes into ListingScore.title for detail.
 * Status: pass at 80+ with no failing title check, warn at 50+, else fail (heuristic bands).
 */

const MAIN_SOURCE: Record<Marketplace, string> = {
  amazon: LIMITS.amazonTitleChars.source,
  taobao: LIMITS.taobaoTitleCnBytes.source,
  tmall: LIMITS.tmallTitleWarnCnBytes.source,
  jd: LIMITS.jdTitleCnBytes.source,
};
const PASS_SCORE = 80;
const WARN_SCORE = 50;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const MAX_TEXT = 2000;
const bound = (s: string) => clip(s, MAX_TEXT);

/**
 * The title scorer's result kept within TitleScoreSchema's bounds: on a very long title
 * (pages allow 20,000 characters) a check's message or whole-text `replacement` can exceed
 * 2,000 characters, which would make the ListingScore invalid. A replacement that long is
 * dropped (a cut one would be wrong), messages are cut.
 */
function bounded(score: TitleScore): TitleScore {
  return {
    ...score,
    checks: score.checks.map((c) => {
      const out: TitleCheck = { ...c, message: { zh: bound(c.message.zh), en: bound(c.message.en) } };
      if (c.fix) {
        const { replacement, message } = c.fix;
        out.fix = { message: { zh: bound(message.zh), en: bound(message.en) }, ...(replacement !== undefined && replacement.length <= MAX_TEXT ? { replacement } : {}) };
      }
      return out;
    }),
  };
}

/** Failing checks first, then the heaviest warnings: the order a seller should fix them in. */
function toFix(checks: readonly TitleCheck[]): TitleCheck[] {
  const rank = (c: TitleCheck) => (c.status === 'fail' ? 0 : 1);
  return checks.filter((c) => c.status !== 'pass').sort((a, b) => rank(a) - rank(b) || b.weight - a.weight);
}

export function titleCheck(env: RuleEnv): { check: ListingCheck; title?: TitleScore } {
  const rule = 'listing.title.score';
  const text = env.product.title?.trim();
  if (!text) return { check: unknown(rule, missingWhy(env, 'title', msg('标题', 'the title')), { source: MAIN_SOURCE[env.marketplace] }) };
  const title = bounded(scoreTitle(text, {
    marketplace: env.marketplace,
    ...(env.product.brand ? { brand: env.product.brand } : {}),
    ...(env.keywords.length ? { keywords: env.keywords } : {}),
    ...(env.config ? { config: env.config } : {}),
  }));
  const fixes = toFix(title.checks);
  const failing = fixes.some((c) => c.status === 'fail');
  const status = title.score >= PASS_SCORE && !failing ? 'pass' : title.score >= WARN_SCORE ? 'warn' : 'fail';
  const n = fixes.length;
  const message =
    n === 0
      ? msg(`标题得分 ${title.score}/100——所有标题检查都通过。`, `Title scores ${title.score}/100 — every title check passes.`)
      : msg(`标题得分 ${title.score}/100——有 ${n} 项需要修改（${fixes.map((c) => c.rule).join('、')}）。`, `Title scores ${title.score}/100 — ${n} check${n === 1 ? '' : 's'} to fix (${fixes.map((c) => c.rule).join(', ')}).`);
  const top = fixes.slice(0, 3);
  const fix = msg(
    clip(top.map((c) => `${c.rule}：${c.fix?.message.zh ?? c.message.zh}`).join(' '), 1900),
    clip(top.map((c) => `${c.rule}: ${c.fix?.message.en ?? c.message.en}`).join(' '), 1900),
  );
  const size = env.marketplace === 'amazon' ? `${title.stats.chars} characters` : `${title.stats.cnBytes} bytes`;
  const weight = env.weights[rule] ?? 0;
  const check = judged(env, rule, status, message, { value: `${title.score}/100 · ${size}`, fix, source: MAIN_SOURCE[env.marketplace], earned: (weight * title.score) / 100 });
  return { check, title };
}
