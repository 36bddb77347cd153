import type { ListingCheck } from '../../../schema';
import { judged, missingWhy, msg, num, plural, type RuleEnv, unknown } from '../check';
import { HEURISTIC, NORMS, SOURCES } from '../norms';

/**
 * Ratings: the star rating and the ratings count in bands (norms.ts), and on Taobao, Tmall
 * and JD the shop's scores. These are outcomes, not copy: when the read has no value the
 * check is unknown whatever the reason, never a zero.
 */

function ratingCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.reviews.rating';
  const source = SOURCES.zonGuru;
  const { rating, reviewCount } = env.product;
  const pass = NORMS.ratingPass.toFixed(1);
  const warn = NORMS.ratingWarn.toFixed(1);
  if (reviewCount === 0) return unknown(rule, msg('未评分：还没有评分。', 'Not judged: no ratings yet.'), { value: '0 ratings', source });
  if (rating === undefined) return unknown(rule, missingWhy(env, 'rating', msg('星级评分', 'the star rating')), { source });
  const status = rating >= NORMS.ratingPass ? 'pass' : rating >= NORMS.ratingWarn ? 'warn' : 'fail';
  const message =
    status === 'pass'
      ? msg(`评分 ${rating}★，不低于 ${pass}★。`, `Rated ${rating}★ — ${pass}★ or more.`)
      : status === 'warn'
        ? msg(`评分 ${rating}★，在 ${warn}–${pass}★ 之间：能进“4 星及以上”筛选，但低于 ${pass}★。`, `Rated ${rating}★ — within ${warn}–${pass}★: inside the "4 stars & up" filter, under ${pass}★.`)
        : msg(`评分 ${rating}★，低于 ${warn}★，进不了“4 星及以上”筛选。`, `Rated ${rating}★ — under ${warn}★, outside the "4 stars & up" filter.`);
  return judged(env, rule, status, message, {
    value: `${rating}★`,
    fix: msg('读差评找出主要问题（质量、尺码、描述不符），改产品或改描述。', 'Read the critical reviews for the main complaint (quality, size, not as described) and fix the product or the copy.'),
    source,
  });
}

function countCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.reviews.count';
  const source = SOURCES.zonGuru;
  const n = env.product.reviewCount;
  const { reviewsPass: pass, reviewsWarn: warn } = NORMS;
  if (n === undefined) return unknown(rule, missingWhy(env, 'reviewCount', msg('评价数', 'the ratings count')), { source });
  const status = n >= pass ? 'pass' : n >= warn ? 'warn' : 'fail';
  const message =
    status === 'pass'
      ? msg(`${num(n)} 条评价，不少于 ${pass} 条。`, `${num(n)} ratings — ${pass} or more.`)
      : msg(`只有 ${num(n)} 条评价，少于 ${status === 'warn' ? pass : warn} 条。`, `Only ${num(n)} rating${n === 1 ? '' : 's'} — under ${status === 'warn' ? pass : warn}.`);
  return judged(env, rule, status, message, {
    value: plural(n, 'rating'),
    fix:
      env.marketplace === 'amazon'
        ? msg('通过 Vine 计划或“请求评论”按钮积累真实评价。', 'Build genuine reviews through Vine or the Request a Review button.')
        : msg('靠真实成交和售后积累评价，不要刷单或好评返现。', 'Build reviews from real orders and good after-sales; no fake orders or paid-for praise.'),
    source,
  });
}

/** A shop score's share of its scale (Taobao DSR out of 5, JD out of 10). */
const share = (score: number, max?: number) => score / (max ?? (score <= 5 ? 5 : score <= 10 ? 10 : 100));

function shopScoresCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.reviews.shop-scores';
  const shop = env.product.shop;
  const scores = shop?.scores ?? [];
  if (scores.length === 0) {
    if (shop?.selfOperated) return unknown(rule, msg('未评分：自营店铺不显示店铺评分。', 'Not judged: a marketplace-run (self-operated) shop shows no shop scores.'), { source: HEURISTIC });
    return unknown(rule, missingWhy(env, 'shop', msg('店铺评分', 'the shop scores')), { source: HEURISTIC });
  }
  // Per score: below the category (低于同行) warns, a low share of the scale warns or fails.
  const graded = scores.map((s) => {
    const r = share(s.score, s.max);
    const below = /低|lower|below/i.test(s.vsIndustry ?? '');
    const status = r < NORMS.shopScoreWarn ? 'fail' : below || r < NORMS.shopScorePass ? 'warn' : 'pass';
    return { s, status };
  });
  const status = graded.some((g) => g.status === 'fail') ? 'fail' : graded.some((g) => g.status === 'warn') ? 'warn' : 'pass';
  const list = (sep: string) => graded.map(({ s }) => `${s.name} ${s.score}${s.max ? `/${s.max}` : ''}${s.vsIndustry ? ` ${s.vsIndustry}` : ''}`).join(sep);
  const weak = graded.filter((g) => g.status !== 'pass').map(({ s }) => s.name);
  const message =
    status === 'pass'
      ? msg(`店铺评分 ${list('，')}，都不低于同行。`, `Shop scores ${list(', ')} — none below the category.`)
      : msg(`店铺评分 ${list('，')}：${weak.join('、')}偏低或低于同行。`, `Shop scores ${list(', ')} — ${weak.join(', ')} low or below the category.`);
  return judged(env, rule, status, message, {
    value: list(' · '),
    fix: msg(`先改善${weak.join('、')}：描述与实物一致、客服响应、发货速度。`, `Work on ${weak.join(', ')}: copy that matches the item, service response, shipping speed.`),
    source: HEURISTIC,
  });
}

export function reviewChecks(env: RuleEnv): ListingCheck[] {
  const out: ListingCheck[] = [];
  if (env.weights['listing.reviews.rating'] !== undefined) out.push(ratingCheck(env));
  if (env.weights['listing.reviews.count'] !== undefined) out.push(countCheck(env));
  if (env.weights['listing.reviews.shop-scores'] !== undefined) out.push(shopScoresCheck(env));
  return out;
}
