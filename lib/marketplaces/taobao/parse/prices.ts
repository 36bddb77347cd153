import type { Money, PriceRange } from '../../../schema';
import { parseMoney, type MoneyContext } from '../../shared/money';
import { toAsciiDigits } from '../../shared/numbers';

/** Taobao and Tmall price in yuan whatever the sign (¥, ￥, 元, or none at all). */
export const CNY: MoneyContext = { currency: 'CNY', decimal: '.' };

export interface PriceRead {
  price: Money;
  /** Set only when the page shows a range (`¥59-89`, `5499.00-6799.00`); `price` is then its minimum. */
  range?: PriceRange;
}

/** A lone `?` or `&yen;` sign survives some captures; anything without digits is no price. */
export function parseCny(text: string): Money | undefined {
  return /\d/.test(toAsciiDigits(text)) ? parseMoney(text, CNY) : undefined;
}

/**
 * A shown price or SKU range: `¥59-89`, `￥12.99 - 14.90`, `5499.00-6799.00`, `59～89`, `¥59起`.
 * A range never collapses to one guessed price: `price` is its minimum and `range` keeps both ends.
 */
export function parsePriceText(text: string): PriceRead | undefined {
  const ascii = toAsciiDigits(text);
  const parts = ascii.split(/\s*[-–—~～至]\s*(?=[¥￥]?\s*\d)/).filter((p) => /\d/.test(p));
  if (parts.length === 2) {
    const min = parseCny(parts[0]!);
    const max = parseCny(parts[1]!);
    if (min && max && min.amount < max.amount) return { price: min, range: { min, max } };
    if (min && max && min.amount === max.amount) return { price: min };
  }
  const price = parseCny(ascii);
  return price ? { price } : undefined;
}

/** What a label next to a price says that price is. */
export type PriceRole = 'coupon' | 'list' | 'promo' | 'plain';

/** After a coupon or subsidy (券后, 到手价, 店铺优惠后, 平台加补后, 补贴后). */
const COUPON = /券后|到手|用券|优惠后|加补后|补贴后|预估/;
/** A struck reference price (原价, 划线价); 优惠前 is not one: it is the price before the coupon. */
const LIST = /原价|划线价|吊牌价|专柜价|市场价|参考价/;
/** A promotion the buyer gets without a coupon (淘宝价, 促销价, 活动价, 秒杀价 …). */
const PROMO = /淘宝价|天猫价|促销|活动价|折扣价|限时|秒杀|会员价|新人价|专享|尊享|特价|优惠价|直降/;

export function priceRole(label: string): PriceRole {
  if (COUPON.test(label)) return 'coupon';
  if (LIST.test(label)) return 'list';
  if (PROMO.test(label)) return 'promo';
  return 'plain';
}

/**
 * The words around a price without the number, currency sign and the "from" marker:
 * `券后 ¥79 起` → `券后`. Generic words (价格, 起) give ''.
 */
export function priceLabel(rowText: string): string {
  const words = toAsciiDigits(rowText)
    .replace(/[¥￥$]|&yen;|\d[\d.,]*\s*(?:[-–~～]\s*\d[\d.,]*)?|元|起|[:：·\s|/]+/g, ' ')
    .replace(/\?/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  return words === '价格' || words === '价' ? '' : words.slice(0, 40);
}
