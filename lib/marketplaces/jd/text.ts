import type { Money, PriceRange } from '../../schema';
import { collapse } from '../shared/dom';
import { parseMoney, roundMinor } from '../shared/money';
import { parseCount, toAsciiDigits } from '../shared/numbers';
import { JD_MONEY } from './hosts';

/**
 * Parsers for the texts JD prints: prices (`￥1399.00`, `¥59-89`) and review counts
 * (`已有10870人评价`, `5.8万+`, `100+`); coupons and sales are shared with Taobao
 * (shared/coupons.ts, shared/sales-volume.ts). Full-width digits are folded first.
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

/** A review count: `(已有10870人评价)`, `5.8万+`, `累计评价 2万+`, `100+条评价`. */
export function parseReviewCount(raw: string): number | undefined {
  const t = fold(collapse(raw));
  const m = new RegExp(`(${NUM}\\s*[万亿千]?)\\s*\\+?\\s*(?:人|条|个)?(?:评价|评论)?`).exec(t);
  return m ? parseCount(m[1]!) : undefined;
}
