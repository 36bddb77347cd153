import type { ListingCheck, RichContent } from '../../../schema';
import { cannotJudge, judged, missingWhy, msg, num, type RuleEnv, unknown } from '../check';
import { HEURISTIC, NORMS, SOURCES } from '../norms';

/**
 * Rich content: Amazon A+ / brand story, the CN 详情 (detail images). Absent with no
 * reader issue means the page shows none: the seller's choice, so it fails.
 */

/** "A+ · 7 modules · 12 images · brand story" (or in Chinese) from what the page marks. */
export function describeRich(rc: RichContent, zh = false): string {
  const parts: string[] = [];
  if (rc.kinds.includes('a-plus-premium')) parts.push(zh ? '高级 A+' : 'Premium A+');
  else if (rc.kinds.includes('a-plus')) parts.push('A+');
  if (rc.kinds.includes('brand-story')) parts.push(zh ? '品牌故事' : 'brand story');
  if (rc.kinds.includes('detail-images')) parts.push(zh ? '详情图' : 'detail images');
  if (rc.kinds.includes('detail-text')) parts.push(zh ? '详情文字' : 'detail text');
  if (rc.modules !== undefined) parts.push(zh ? `${rc.modules} 个模块` : `${rc.modules} modules`);
  if (rc.imageCount !== undefined) parts.push(zh ? `${rc.imageCount} 张图` : `${rc.imageCount} images`);
  if (rc.textLength) parts.push(zh ? `${num(rc.textLength)} 字` : `${num(rc.textLength)} characters`);
  return parts.join(' · ');
}

function aPlusCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.rich-content.a-plus';
  const source = SOURCES.lqs;
  const rc = env.product.richContent;
  if (!rc && cannotJudge(env, 'richContent')) return unknown(rule, missingWhy(env, 'richContent', msg('A+ 内容', 'the A+ content')), { source });
  const fix = msg('完成品牌备案后添加 A+ 内容（图文模块、对比表），再加品牌故事。', 'Add A+ content (image-and-text modules, a comparison chart) through Brand Registry, then a brand story.');
  if (!rc) return judged(env, rule, 'fail', msg('没有 A+ 内容或品牌故事——只有纯文字描述。', 'No A+ content or brand story — plain text description only.'), { value: 'none', fix, source });
  const value = describeRich(rc);
  if (rc.kinds.includes('a-plus') || rc.kinds.includes('a-plus-premium')) {
    return judged(env, rule, 'pass', msg(`有 A+ 内容（${describeRich(rc, true)}）。`, `A+ content shown (${value}).`), { value, source });
  }
  return judged(env, rule, 'warn', msg(`只有${rc.kinds.includes('brand-story') ? '品牌故事' : '普通详情'}，没有 A+ 图文模块（${describeRich(rc, true)}）。`, `Only ${rc.kinds.includes('brand-story') ? 'a brand story' : 'plain detail content'}, no A+ modules (${value}).`), { value, fix, source });
}

function detailCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.rich-content.detail';
  const rc = env.product.richContent;
  const min = NORMS.detailImagesPass;
  if (!rc && cannotJudge(env, 'richContent')) return unknown(rule, missingWhy(env, 'richContent', msg('商品详情', 'the detail section (详情)')), { source: HEURISTIC });
  const fix = msg(`详情页至少放 ${min} 张图：卖点、细节、参数、场景、售后。`, `Build the detail section from ${min}+ images: selling points, close-ups, specs, use, after-sales.`);
  if (!rc) return judged(env, rule, 'fail', msg('页面没有商品详情（详情图或文字）。', 'The page shows no detail section (详情 images or text).'), { value: 'none', fix, source: HEURISTIC });
  const value = describeRich(rc);
  const images = rc.kinds.includes('detail-images') || rc.kinds.includes('a-plus') || rc.kinds.includes('a-plus-premium');
  if (!images) return judged(env, rule, 'warn', msg(`详情只有文字，没有详情图（${describeRich(rc, true)}）。`, `The detail section is text only, no images (${value}).`), { value, fix, source: HEURISTIC });
  if (rc.imageCount !== undefined && rc.imageCount < min) {
    return judged(env, rule, 'warn', msg(`详情只有 ${rc.imageCount} 张图，少于建议的 ${min} 张。`, `Only ${rc.imageCount} detail images, under the ${min} suggested.`), { value, fix, source: HEURISTIC });
  }
  const count = rc.imageCount !== undefined ? `${rc.imageCount} 张` : '';
  return judged(env, rule, 'pass', msg(`有详情图${count ? `（${count}）` : ''}。`, `Detail images shown${rc.imageCount !== undefined ? ` (${rc.imageCount})` : ''}.`), { value, source: HEURISTIC });
}

export function richContentChecks(env: RuleEnv): ListingCheck[] {
  const out: ListingCheck[] = [];
  const box = (rule: 'listing.rich-content.a-plus' | 'listing.rich-content.detail') => unknown(rule, missingWhy(env, 'richContent', msg('详情内容', 'the rich content')), { source: rule.endsWith('a-plus') ? SOURCES.lqs : HEURISTIC });
  if (env.weights['listing.rich-content.a-plus'] !== undefined) out.push(env.boxOnly ? box('listing.rich-content.a-plus') : aPlusCheck(env));
  if (env.weights['listing.rich-content.detail'] !== undefined) out.push(env.boxOnly ? box('listing.rich-content.detail') : detailCheck(env));
  return out;
}
