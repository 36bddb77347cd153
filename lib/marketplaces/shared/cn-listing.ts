import type { Badge, BadgeKind, Delivery, OptionGroup, Variations } from '../../schema';
import { collapse } from './dom';
import { parseCount } from './numbers';
import { toAsciiDigits } from './numbers';

/**
 * Listing parts Taobao, Tmall and JD word alike: badge wordings, delivery lines, 问大家 /
 * 商品问答 counts and the variations summary built from the SKU option groups. Pure text
 * → value; the adapters decide which elements' text is asked.
 */

/** Badge wordings, most specific first; a badge is a short label, so the whole text must match. */
const BADGE_WORDS: ReadonlyArray<[BadgeKind, RegExp]> = [
  ['jd-self-operated', /^(京东)?自营$/],
  ['jd-plus', /^PLUS(会员)?(价|专享价?)?$/i],
  ['billion-subsidy', /^百亿补贴$/],
  ['tmall-flagship', /^(天猫)?(官方)?旗舰店$|^品牌直销$/],
  ['tmall', /^天猫(超市|国际)?$/i],
  ['official', /^官方(认证|正品|直营|立减)?$/],
  ['other', /^(金牌卖家|品牌馆|京东超市|京东国际|全球购|企业店铺|天猫好物|新品)$/],
];

/** A badge from a short label text or an icon's alt/title; undefined for other text. */
export function cnBadge(raw: string): Badge | undefined {
  const text = collapse(raw);
  if (!text || text.length > 20) return undefined;
  for (const [kind, re] of BADGE_WORDS) if (re.test(text)) return { kind, text };
  return undefined;
}

/** Repeats (same kind and text) dropped; undefined for none, so `badges` stays absent. */
export function uniqueBadges(list: readonly (Badge | undefined)[]): Badge[] | undefined {
  const seen = new Set<string>();
  const out = list.filter((b): b is Badge => !!b && !seen.has(`${b.kind}|${b.text}`) && !!seen.add(`${b.kind}|${b.text}`));
  return out.length ? out.slice(0, 30) : undefined;
}

const PROMISE = /(预计\s*\S{0,24}?送达|\d{1,2}[:：]\d{2}前(完成)?下单[，,]?\s*(预计)?\s*\S{0,24}?送达|(当日|次日|隔日)达|(卖家)?承诺\s*\d+\s*(小时|天)内发货|\d+\s*(小时|天)内发货|付款后\s*\d+\s*(小时|天)内发货|今日发货|现货速发)/;
const MARKETPLACE_SHIPS = /京东物流|京东配送|由\s*京东\s*(从\s*\S{1,20}\s*)?发货|京东快递|天猫直送|菜鸟(直送|仓|配送)?|官方物流|猫超直送/;
/** `由 索音数码专营店 从 广东东莞市 发货` (2016–20 JD POP), 商家发货, Taobao's 卖家承诺…发货. */
const SELLER_SHIPS = /商家发货|由\s*[^，,。；;\s]{1,40}\s*(从\s*\S{1,20}\s*)?发货|卖家承诺\s*\d+\s*(小时|天)内发货|第三方卖家发货/;
const FREE = /包邮|免运费|免邮|运费\s*[:：]?\s*(¥|￥)?\s*0(\.0+)?(元|\b)|卖家承担运费/;
const FEE = /(快递|运费|EMS|平邮|物流)\s*[:：]?\s*(¥|￥)\s*\d|运费\s*[:：]?\s*\d+(\.\d+)?\s*元/;
/** 满99包邮, 2件起包邮: conditional free shipping is not free shipping for this offer. */
const CONDITIONAL_FREE = /满\s*\d+(\.\d+)?\s*(元|件)?\s*(包邮|免运费|免邮)|\d+\s*件起?包邮|以上(订单)?免运费/;

/**
 * Delivery facts from the lines of a delivery block, in page order: the promise as shown, 包邮 /
 * a fee, and who ships (京东物流 / 天猫直送 → marketplace, 商家发货 / 卖家承诺…发货 → seller).
 * Undefined when the lines say none of these.
 */
export function cnDelivery(lines: readonly string[]): Delivery | undefined {
  const out: Delivery = {};
  for (const raw of lines) {
    const line = collapse(raw);
    if (!line) continue;
    const ascii = toAsciiDigits(line);
    const promise = PROMISE.exec(ascii);
    if (promise && !out.promise) out.promise = line.slice(promise.index, promise.index + promise[0].length).trim();
    if (out.freeShipping === undefined && !CONDITIONAL_FREE.test(ascii)) {
      if (FREE.test(ascii)) out.freeShipping = true;
      else if (FEE.test(ascii)) out.freeShipping = false;
    }
    if (!out.fulfilledBy) {
      const market = MARKETPLACE_SHIPS.exec(line);
      const seller = market ? null : SELLER_SHIPS.exec(line);
      if (market || seller) {
        out.fulfilledBy = market ? 'marketplace' : 'seller';
        out.fulfilmentText = (market ?? seller)![0].slice(0, 200);
      }
    }
  }
  return Object.keys(out).length ? out : undefined;
}

/** `问大家(128)`, `商品问答 1.2万`, `问大家 · 35` → the count; undefined without a number. */
export function questionCountIn(raw: string): number | undefined {
  const m = /(?:问大家|商品问答|问答)\s*[（(·:：]?\s*(\d+(?:\.\d+)?\s*[万千]?)\+?\s*[)）]?/.exec(toAsciiDigits(collapse(raw)));
  return m ? parseCount(m[1]!.replace(/\s+/g, '')) : undefined;
}

/**
 * The variations summary of the SKU option groups: their names, the page's SKU count when it
 * gives one, and the chosen value of each group that has one (`颜色分类: 白色 · 尺码: M`).
 */
export function variationsFrom(groups: readonly OptionGroup[] | undefined, count?: number): Variations | undefined {
  if (!groups?.length) return undefined;
  const out: Variations = { dimensions: groups.map((g) => g.name).slice(0, 20) };
  if (count !== undefined && Number.isInteger(count) && count > 0) out.count = Math.min(count, 100_000);
  const chosen = groups.flatMap((g) => {
    const v = g.values.find((x) => x.selected);
    return v ? [`${g.name}: ${v.text}`] : [];
  });
  if (chosen.length) out.selected = chosen.join(' · ').slice(0, 2000);
  return out;
}
