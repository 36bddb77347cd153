import type { ListingCheck } from '../../../schema';
import { charCount } from '../../title/tokens';
import { cannotJudge, judged, missingWhy, msg, num, plural, type RuleEnv, unknown } from '../check';
import { HEURISTIC, NORMS, SOURCES } from '../norms';

/**
 * Amazon: the product description's length (> 1000 characters, SellerClass); A+ content
 * hides the text description (Amazon help), so with A+ shown the rule passes. Taobao,
 * Tmall and JD describe with images (judged under rich content); their text part is the
 * 商品参数 list, judged by its row count (heuristic: attributes feed the filters).
 */

function lengthCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.description.length';
  const { descriptionPass: pass, descriptionWarn: warn } = NORMS;
  const rc = env.product.richContent;
  if (rc && (rc.kinds.includes('a-plus') || rc.kinds.includes('a-plus-premium'))) {
    return judged(env, rule, 'pass', msg('有 A+ 内容，亚马逊用它代替文字描述。', 'A+ content is shown, which Amazon displays instead of the text description.'), { value: 'A+', source: SOURCES.aPlusHidesDescription });
  }
  const text = env.product.description?.trim();
  const fix = msg(`把描述写到 ${num(pass)} 个字符以上：用途、规格、包装清单、保养。`, `Write a description of ${num(pass)}+ characters: uses, specs, what is in the box, care.`);
  if (!text) {
    if (cannotJudge(env, 'description')) return unknown(rule, missingWhy(env, 'description', msg('商品描述', 'the product description')), { source: SOURCES.sellerClass });
    return judged(env, rule, 'fail', msg('没有商品描述，也没有 A+ 内容。', 'No product description and no A+ content.'), { value: '0 characters', fix, source: SOURCES.sellerClass });
  }
  const n = charCount(text);
  const status = n >= pass ? 'pass' : n >= warn ? 'warn' : 'fail';
  const message =
    status === 'pass'
      ? msg(`描述 ${num(n)} 个字符，达到建议的 ${num(pass)} 以上。`, `Description of ${num(n)} characters — ${num(pass)}+ suggested.`)
      : msg(`描述只有 ${num(n)} 个字符，建议 ${num(pass)} 以上。`, `Description of only ${num(n)} characters — ${num(pass)}+ suggested.`);
  return judged(env, rule, status, message, { value: `${num(n)} characters`, fix, source: SOURCES.sellerClass });
}

function specsCheck(env: RuleEnv): ListingCheck {
  const rule = 'listing.description.specs';
  const { specsPass: pass, specsWarn: warn } = NORMS;
  const rows = env.product.specs ? Object.keys(env.product.specs).length : 0;
  const fix = msg(`把类目属性填完整（至少 ${pass} 项）：材质、规格、适用人群、产地等。`, `Fill in the category attributes (${pass}+ rows): material, size, audience, origin and so on.`);
  if (rows === 0) {
    if (cannotJudge(env, 'specs')) return unknown(rule, missingWhy(env, 'specs', msg('商品参数', 'the attribute list (商品参数)')), { source: HEURISTIC });
    return judged(env, rule, 'fail', msg('页面没有商品参数。', 'The page shows no attribute list (商品参数).'), { value: '0 rows', fix, source: HEURISTIC });
  }
  const status = rows >= pass ? 'pass' : rows >= warn ? 'warn' : 'fail';
  const message =
    status === 'pass'
      ? msg(`商品参数 ${rows} 项，达到建议的 ${pass} 项以上。`, `${rows} attribute rows — ${pass}+ suggested.`)
      : msg(`商品参数只有 ${rows} 项，建议 ${pass} 项以上。`, `Only ${rows} attribute rows — ${pass}+ suggested.`);
  return judged(env, rule, status, message, { value: plural(rows, 'row'), fix, source: HEURISTIC });
}

export function descriptionChecks(env: RuleEnv): ListingCheck[] {
  const out: ListingCheck[] = [];
  const box = (rule: 'listing.description.length' | 'listing.description.specs') => unknown(rule, missingWhy(env, rule.endsWith('specs') ? 'specs' : 'description', msg('商品描述', 'the description')), { source: rule.endsWith('specs') ? HEURISTIC : SOURCES.sellerClass });
  if (env.weights['listing.description.length'] !== undefined) out.push(env.boxOnly ? box('listing.description.length') : lengthCheck(env));
  if (env.weights['listing.description.specs'] !== undefined) out.push(env.boxOnly ? box('listing.description.specs') : specsCheck(env));
  return out;
}
