import type { Money, PriceRange } from '../../../schema';
import { parsePriceText, priceRole, type PriceRead, type PriceRole } from '../parse/prices';

/** One priced line as shown: `淘宝价 ¥25.00`, `券后 ¥79`, `优惠前 ¥89`, struck `价格 ¥28.00`. */
export interface PriceRow {
  read: PriceRead;
  /** The page's words for it (`淘宝价`, `券后`), '' when it has none. */
  label: string;
  /** Rendered struck through (a reference price, not the price to pay). */
  struck: boolean;
}

export function priceRow(amountText: string, label: string, struck = false): PriceRow | undefined {
  const read = parsePriceText(amountText);
  return read ? { read, label, struck } : undefined;
}

/** The product's prices after deciding what each row is. */
export interface PriceFind {
  price: Money;
  range?: PriceRange;
  label?: string;
  listPrice?: Money;
  couponPrice?: Money;
}

/**
 * Decides which row is the price, which the list price and which the coupon price:
 * - a coupon row (券后, 到手价 …) is `couponPrice`, never `price`, unless it is the only price shown;
 * - a promotion row (淘宝价, 促销价 …) is `price`; an unlabelled higher row next to it is the original;
 * - an unlabelled row (or 优惠前) is `price`; a struck or 原价/划线价 row is `listPrice`.
 * A range row keeps its range; a range list price is recorded as its minimum.
 */
export function resolvePrices(rows: ReadonlyArray<PriceRow | undefined>): PriceFind | undefined {
  const all = rows.filter((r): r is PriceRow => !!r);
  const role = (r: PriceRow): PriceRole => (r.struck && priceRole(r.label) === 'plain' ? 'list' : priceRole(r.label));
  const coupon = all.find((r) => role(r) === 'coupon');
  const promo = all.find((r) => role(r) === 'promo');
  const plain = all.filter((r) => role(r) === 'plain');
  const main = promo ?? plain[0] ?? coupon;
  if (!main) return undefined;
  let list = all.find((r) => role(r) === 'list');
  if (!list && main === promo) list = plain.find((r) => r.read.price.amount > main.read.price.amount);
  const out: PriceFind = { price: main.read.price };
  if (main.read.range) out.range = main.read.range;
  if (main.label) out.label = main.label;
  if (list && list.read.price.amount > main.read.price.amount) out.listPrice = list.read.price;
  if (coupon && coupon.read.price.amount <= main.read.price.amount) out.couponPrice = coupon.read.price;
  return out;
}
