import type { ListingCheck } from '../../../schema';
import { LIMITS, resolveLimits } from '../../title/limits';
import { charCount } from '../../title/tokens';
import { cannotJudge, judged, missingWhy, msg, numbers, plural, type RuleEnv, unknown } from '../check';
import { HEURISTIC, NORMS, SOURCES } from '../norms';
import type { ListingRuleId } from '../weights';
import { bannedClaimsCheck, frontLoadedCheck } from './bullet-content';

/**
 * The Amazon bullets section (§1.4 of domain-rules.md): count, each bullet's length, a
 * front-loaded benefit, no banned claims. Only marketplaces whose weight table lists
 * bullet rules run them (Taobao, Tmall and JD have no bullet points, so never fail here).
 */

const RULES: ListingRuleId[] = ['listing.bullets.count', 'listing.bullets.length', 'listing.bullets.front-loaded', 'listing.bullets.banned-claims'];
const SOURCE: Partial<Record<ListingRuleId, string>> = {
  'listing.bullets.count': `${SOURCES.lqs} ; ${SOURCES.sellerClass}`,
  'listing.bullets.length': LIMITS.amazonBulletMaxChars.source,
  'listing.bullets.front-loaded': HEURISTIC,
  'listing.bullets.banned-claims': SOURCES.bulletPolicy,
};

function countCheck(env: RuleEnv, bullets: readonly string[]): ListingCheck {
  const n = bullets.length;
  const { bulletsPass: pass, bulletsWarn: warn } = NORMS;
  const status = n >= pass ? 'pass' : n >= warn ? 'warn' : 'fail';
  const message =
    n >= pass
      ? msg(`${n} 条五点描述——建议写满 ${pass} 条${n > pass ? '（部分类目可显示更多）' : ''}。`, `${n} bullet points — ${pass} expected${n > pass ? ' (some categories show more)' : ''}.`)
      : n === 0
        ? msg(`没有五点描述——建议写满 ${pass} 条。`, `No bullet points — ${pass} expected.`)
        : msg(`只有 ${n} 条五点描述——建议写满 ${pass} 条。`, `Only ${n} bullet point${n === 1 ? '' : 's'} — ${pass} expected.`);
  return judged(env, 'listing.bullets.count', status, message, {
    value: plural(n, 'bullet'),
    fix: msg(`补足到 ${pass} 条，每条讲一个卖点。`, `Write ${pass} bullets, one selling point each.`),
    source: SOURCE['listing.bullets.count']!,
  });
}

function lengthCheck(env: RuleEnv, bullets: readonly string[]): ListingCheck {
  const limits = resolveLimits(env.config);
  const min = limits.amazonBulletMinChars;
  const max = limits.amazonBulletMaxChars;
  const lengths = bullets.map((b) => charCount(b));
  const out = lengths.flatMap((len, i) => (len < min || len > max ? [i] : []));
  const value = `lengths ${lengths.join(', ')}`;
  const source = SOURCE['listing.bullets.length']!;
  if (out.length === 0) {
    return judged(env, 'listing.bullets.length', 'pass', msg(`每条都在 ${min}–${max} 个字符之间（${lengths.join('、')}）。`, `Every bullet is within ${min}–${max} characters (${lengths.join(', ')}).`), { value, source });
  }
  const which = out.map((i) => `${i + 1}: ${lengths[i]}`).join(', ');
  const whichZh = out.map((i) => `第 ${i + 1} 条 ${lengths[i]} 个`).join('，');
  // Warn only: the limits come from one third party and are unverified (§1.4).
  return judged(
    env,
    'listing.bullets.length',
    'warn',
    msg(`${whichZh}字符，超出报道的 ${min}–${max} 范围（第三方数据，未经亚马逊证实）。`, `Bullet ${which} characters — outside the reported ${min}–${max} (third-party figure, unverified).`),
    { value, source, fix: msg(`把过长的一条拆开或删减，把过短的写成完整的卖点（${numbers(out)}）。`, `Split or trim the long ones and write out the short ones (bullet ${numbers(out)}).`) },
  );
}

/** Every check of the bullets section for this marketplace (none when it has no bullets). */
export function bulletChecks(env: RuleEnv): ListingCheck[] {
  const rules = RULES.filter((r) => env.weights[r] !== undefined);
  if (rules.length === 0) return [];
  const bullets = (env.product.bullets ?? []).map((b) => b.trim()).filter(Boolean);
  if (bullets.length === 0) {
    if (cannotJudge(env, 'bullets')) return rules.map((r) => unknown(r, missingWhy(env, 'bullets', msg('五点描述', 'the bullet points')), { source: SOURCE[r]! }));
    // The page shows no bullets: the whole section is missing, so every check of it fails.
    const none = msg('页面没有五点描述，这一项无从得分。', 'The page shows no bullet points, so this earns nothing.');
    const fix = msg(`写 ${NORMS.bulletsPass} 条五点描述，每条以卖点开头。`, `Write ${NORMS.bulletsPass} bullets, each opening with its benefit.`);
    return rules.map((r) => (r === 'listing.bullets.count' ? countCheck(env, bullets) : judged(env, r, 'fail', none, { value: '0 bullets', fix, source: SOURCE[r]! })));
  }
  const all: Record<string, () => ListingCheck> = {
    'listing.bullets.count': () => countCheck(env, bullets),
    'listing.bullets.length': () => lengthCheck(env, bullets),
    'listing.bullets.front-loaded': () => frontLoadedCheck(env, bullets),
    'listing.bullets.banned-claims': () => bannedClaimsCheck(env, bullets),
  };
  return rules.map((r) => all[r]!());
}
