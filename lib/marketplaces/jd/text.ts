import type { Coupon, Money, PriceRange } from '../../schema';
import { collapse } from '../shared/dom';
import { parseMoney, roundMinor } from '../shared/money';
import { parseCount, toAsciiDigits } from '../shared/numbers';
import { JD_MONEY } from './hosts';

/**
 * Parsers for the texts JD prints: prices (`￥1399.00`, `¥59-89`), coupons and 满减
 * (`满199减10`, `每满100减15`, `券105-6`, `9折`), sales (`已售10万+`) and review counts
 * (`已有10870人评价`, `5.8万+`, `100+`). Full-width digits are folded first.
 */

const NUM = String.raw`\d+(?:\.\d+)?`;

/** ASCII digits, `.`, `,` and `+` for their full-width forms; the length is unchanged, so
 * a match's index also points into the original text. */
function fold(text: string): string {
  return toAsciiDigits(text).replace(/＋/g, '+');
}

/** A price text; undefined for an empty AJAX placeholder, `暂无报价` or a masked `?`. */
export function priceFromText(text: string): { price: Money; range?: PriceRange } | undefined {
  const t = fold(collapse(text));
  if (!/\d/.test(t) || /[?？]/.test(t)) return undefined;
  const range = new RegExp(`(${NUM})\\s*[-~～至]\\s*[￥¥]?\\s*(${NUM})`).exec(t);
  if (range) {
    const min = yuan(range[1]!);
    const max = yuan(range[2]!);
    if (min.amount <= max.amount) return { price: min, range: { min, max } };
  }
  const price = parseMoney(t, JD_MONEY);
  return price ? { price } : undefined;
}

function yuan(n: string): Money {
  return { amount: roundMinor(Number(n)), currency: 'CNY' };
}

/** One coupon / discount label, or undefined when the text is none. */
export function parseCoupon(raw: string): Coupon | undefined {
  const text = collapse(raw);
  const t = fold(text).replace(/\s+/g, '');
  // 满199减10 · 满199元减10元 · 每满100元，可减15元现金 · 满1499.00另加79.00元 is 加价购, not a discount
  const spend = new RegExp(`满(${NUM})元?[,，]?(?:可|立)?减(${NUM})`).exec(t);
  if (spend) return { text, threshold: yuan(spend[1]!), discount: yuan(spend[2]!) };
  // 券105-6 (search tile coupon icon: spend 105, save 6)
  const icon = new RegExp(`^券(${NUM})-(${NUM})$`).exec(t);
  if (icon) return { text, threshold: yuan(icon[1]!), discount: yuan(icon[2]!) };
  // 满2件9折 · 9折 · 8.5折 (a count threshold is not money, so only the percent is kept)
  const rate = new RegExp(`(?:^|[^\\d.])(${NUM})折`).exec(t);
  if (rate) {
    const tenths = Number(rate[1]);
    if (tenths > 0 && tenths < 10) return { text, percentOff: roundMinor(100 - tenths * 10) };
  }
  // 立减20 · 直降50元 · 20元无门槛券
  const off = new RegExp(`(?:立减|直降|优惠)(${NUM})|(${NUM})元无门槛`).exec(t);
  if (off) return { text, discount: yuan((off[1] ?? off[2])!) };
  return undefined;
}

/** Sales as shown: `已售10万+` → {min: 100000}, `月销 3000+`, `1万+人已购买`. */
export function parseSalesVolume(raw: string): { min: number; text: string } | undefined {
  const text = collapse(raw);
  const t = fold(text);
  const m = new RegExp(`(?:已售|已销售|月销|销量|已抢|已拼)\\s*[:：]?\\s*(${NUM}\\s*[万亿千]?)\\s*\\+?[件单笔]?`).exec(t)
    ?? new RegExp(`(${NUM}\\s*[万亿千]?)\\s*\\+?\\s*(?:人已购买|人已买|人购买|人付款|件已售)`).exec(t);
  if (!m) return undefined;
  const min = parseCount(m[1]!);
  return min === undefined ? undefined : { min, text: text.slice(m.index, m.index + m[0].length).trim() };
}

/** A review count: `(已有10870人评价)`, `5.8万+`, `累计评价 2万+`, `100+条评价`. */
export function parseReviewCount(raw: string): number | undefined {
  const t = fold(collapse(raw));
  const m = new RegExp(`(${NUM}\\s*[万亿千]?)\\s*\\+?\\s*(?:人|条|个)?(?:评价|评论)?`).exec(t);
  return m ? parseCount(m[1]!) : undefined;
}
