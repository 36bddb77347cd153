import type { Bilingual, ListingCheck, PromotionKind } from '../../../schema';
import { cannotJudge, judged, missingWhy, msg, type RuleEnv, unknown } from '../check';
import { HEURISTIC } from '../norms';

/**
 * Offer and delivery (all heuristic: no marketplace publishes a weight for them).
 * - offer: a coupon, deal, 满减 or marked-down price shown. For a competitor audit it is a
 *   plus (it converts and shows on search tiles) and a sign of price pressure; none warns,
 *   never fails, because full price is a valid choice.
 * - delivery: marketplace fulfilment (Prime / FBA, 京东物流 / 自营) passes on Amazon and JD;
 *   free shipping alone warns there; Taobao/Tmall are judged on 包邮.
 * - badges (Amazon, JD): Amazon's Choice, Best Seller, 自营, PLUS… shown on the page.
 */

const KIND: Record<PromotionKind, Bilingual> = {
  coupon: msg('优惠券', 'coupon'),
  deal: msg('限时秒杀', 'deal'),
  threshold: msg('满减', 'spend-and-save'),
  gift: msg('赠品', 'gift'),
  'subscribe-save': msg('订阅省', 'Subscribe & Save'),
  discount: msg('直降', 'discount'),
  programme: msg('平台活动', 'programme'),
  other: msg('其他优惠', 'other offer'),
};

interface Shown { kind: PromotionKind; text: string }

/** Promotions, plus the older `coupons` list and a struck-through price where the reader kept them apart. */
function shownOffers(env: RuleEnv): Shown[] {
  const p = env.product;
  const out: Shown[] = (p.promotions ?? []).map((x) => ({ kind: x.kind, text: x.text }));
  if (!out.some((x) => x.kind === 'coupon' || x.kind === 'threshold')) for (const c of p.coupons ?? []) out.push({ kind: 'coupon', text: c.text });
  if (!out.some((x) => x.kind === 'discount') && p.listPrice && p.price && p.listPrice.currency === p.price.currency && p.listPrice.amount > p.price.amount) {
    out.push({ kind: 'discount', text: `${p.listPrice.amount} → ${p.price.amount} ${p.price.currency}` });
  }
  return out;
}

function offerCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.promotions.offer';
  if (cannotJudge(env, ['promotions', 'coupons'])) return unknown(rule, missingWhy(env, ['promotions', 'coupons'], msg('促销信息', 'the promotions')), { source: HEURISTIC });
  const offers = shownOffers(env);
  if (offers.length === 0) {
    return judged(env, rule, 'warn', msg('没有优惠券、秒杀、满减或划线价。', 'No coupon, deal, spend-and-save or marked-down price shown.'), {
      value: 'none',
      source: HEURISTIC,
      fix: msg('考虑设置优惠券或限时折扣：搜索结果里会显示优惠标签。', 'Consider a coupon or a limited-time deal: search tiles show the offer badge.'),
    });
  }
  const zh = offers.slice(0, 4).map((o) => `${KIND[o.kind].zh}（${o.text}）`).join('、');
  const en = offers.slice(0, 4).map((o) => `${KIND[o.kind].en} (${o.text})`).join(', ');
  const more = offers.length > 4 ? offers.length - 4 : 0;
  return judged(env, rule, 'pass', msg(`页面有 ${offers.length} 个优惠：${zh}${more ? ` 等` : ''}。`, `${offers.length} offer${offers.length === 1 ? '' : 's'} shown: ${en}${more ? ` and ${more} more` : ''}.`), {
    value: offers.map((o) => o.kind).join(' · '),
    source: HEURISTIC,
  });
}

function deliveryCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.promotions.delivery';
  if (env.boxOnly) return unknown(rule, missingWhy(env, 'delivery', msg('配送信息', 'the delivery details')), { source: HEURISTIC });
  const p = env.product;
  const d = p.delivery;
  const badges = new Set((p.badges ?? []).map((b) => b.kind));
  const cn = env.marketplace !== 'amazon';
  const byMarketplace = d?.fulfilledBy === 'marketplace' || d?.prime === true || badges.has('prime') || (env.marketplace === 'jd' && (p.shop?.selfOperated === true || badges.has('jd-self-operated')));
  const parts = [d?.fulfilmentText, d?.promise].filter((x): x is string => Boolean(x));
  if (d?.freeShipping && !parts.some((x) => /free|包邮|免运费/i.test(x))) parts.push(cn ? '包邮' : 'free delivery');
  const value = [...new Set(parts)].join(' · ') || (byMarketplace ? 'marketplace fulfilled' : 'none');
  if (!d && !byMarketplace) return unknown(rule, missingWhy(env, 'delivery', msg('配送信息', 'the delivery details')), { source: HEURISTIC });
  if (env.marketplace === 'taobao' || env.marketplace === 'tmall') {
    if (d?.freeShipping || byMarketplace) return judged(env, rule, 'pass', msg(`${d?.freeShipping ? '包邮' : '平台配送'}（${value}）。`, `${d?.freeShipping ? 'Free shipping (包邮)' : 'Marketplace delivery'} (${value}).`), { value, source: HEURISTIC });
    return judged(env, rule, 'warn', msg(`不包邮（${value}）。`, `Postage charged, no 包邮 (${value}).`), { value, source: HEURISTIC, fix: msg('设置包邮或满额包邮。', 'Offer free shipping, or free above a spend.') });
  }
  const name = env.marketplace === 'amazon' ? msg('Prime / 亚马逊配送', 'Prime / fulfilled by Amazon') : msg('京东物流 / 自营', 'JD Logistics / self-operated');
  if (byMarketplace) return judged(env, rule, 'pass', msg(`${name.zh}（${value}）。`, `${name.en} (${value}).`), { value, source: HEURISTIC });
  const fix = env.marketplace === 'amazon' ? msg('改用 FBA 配送以获得 Prime 标志。', 'Move to FBA to get the Prime badge.') : msg('入仓京东物流，享受次日达标识。', 'Ship through JD Logistics for its fast-delivery label.');
  if (d?.freeShipping) return judged(env, rule, 'warn', msg(`免运费，但不是${name.zh}（${value}）。`, `Free delivery, but not ${name.en} (${value}).`), { value, source: HEURISTIC, fix });
  if (d?.fulfilledBy === 'seller') return judged(env, rule, 'fail', msg(`卖家自配送，也没有显示免运费（${value}）。`, `Seller-shipped, and no free delivery shown (${value}).`), { value, source: HEURISTIC, fix });
  // The page names neither who ships nor free delivery: the marketplace's signal is absent, not proven bad.
  return judged(env, rule, 'warn', msg(`页面没有显示${name.zh}或免运费（${value}）。`, `Neither ${name.en} nor free delivery shown (${value}).`), { value, source: HEURISTIC, fix });
}

function badgesCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.promotions.badges';
  if (cannotJudge(env, 'badges')) return unknown(rule, missingWhy(env, 'badges', msg('商品标识', 'the badges')), { source: HEURISTIC });
  // Prime is a delivery promise, judged above.
  const shown = (env.product.badges ?? []).filter((b) => b.kind !== 'prime');
  if (shown.length === 0) {
    return judged(env, rule, 'warn', msg('没有商品标识（如 Amazon\'s Choice、Best Seller、自营）。', 'No badge shown (Amazon\'s Choice, Best Seller, self-operated…).'), {
      value: 'none',
      source: HEURISTIC,
      fix: msg('标识来自销量、评分和配送表现，先把这些做好。', 'Badges follow sales, ratings and delivery; work on those.'),
    });
  }
  const texts = shown.map((b) => b.text).join(' · ');
  return judged(env, rule, 'pass', msg(`有标识：${texts}。`, `Badges shown: ${texts}.`), { value: texts, source: HEURISTIC });
}

export function promotionChecks(env: RuleEnv): ListingCheck[] {
  const all = { 'listing.promotions.offer': offerCheck, 'listing.promotions.delivery': deliveryCheck, 'listing.promotions.badges': badgesCheck } as const;
  return (Object.keys(all) as (keyof typeof all)[]).filter((r) => env.weights[r] !== undefined).map((r) => all[r](env));
}
