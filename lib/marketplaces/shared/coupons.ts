import type { Coupon, Money } from '../../schema';
import { collapse } from './dom';
import { roundMinor } from './money';
import { toAsciiDigits } from './numbers';

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const YUAN = String.raw`\s*(?:元|块)?`;
/** Between a threshold and its discount: `满100元，可减15元`, `满199立减10`. */
const THEN = String.raw`\s*[,，]?\s*(?:可|立)?\s*`;

/**
 * Coupons and threshold discounts as Taobao, Tmall and JD print them (amounts in yuan).
 * Coupon and threshold-discount wordings, most specific first. Each yields one Coupon; the
 * matched words are its `text`, so `1.单笔订单满50元减10元；2.满80元减20元` gives two.
 */
const PATTERNS: ReadonlyArray<{ re: RegExp; build: (m: RegExpExecArray) => Partial<Coupon> }> = [
  // 每满300减30 · 每满100元，可减15元 (repeats per amount spent)
  { re: new RegExp(String.raw`每满\s*[¥￥]?${NUM}${YUAN}${THEN}减\s*[¥￥]?${NUM}${YUAN}`, 'g'), build: (m) => spend(m[1], m[2]) },
  // 满199减10 · 满199元减10元 · 单笔订单满50元减10元 · 满 299 减 20
  { re: new RegExp(String.raw`满\s*[¥￥]?${NUM}${YUAN}${THEN}(?:减|省)\s*[¥￥]?${NUM}${YUAN}`, 'g'), build: (m) => spend(m[1], m[2]) },
  // 券105-6 (JD search-tile coupon icon: spend 105, save 6)
  { re: new RegExp(String.raw`券\s*${NUM}\s*-\s*${NUM}(?![\d.])`, 'g'), build: (m) => spend(m[1], m[2]) },
  // 20元店铺优惠券，满199元可用 · 10元券 满99可用
  {
    re: new RegExp(String.raw`${NUM}${YUAN}\s*(?:店铺|平台|商品|品类)?\s*(?:优惠)?券\s*[,，]?\s*满\s*${NUM}${YUAN}\s*(?:可用|使用)`, 'g'),
    build: (m) => spend(m[2], m[1]),
  },
  // 满2件9折 · 满200元8.5折 · 满2件，总价打8.5折 (a count threshold is not money: only the percentage is kept)
  {
    re: new RegExp(String.raw`满\s*[¥￥]?${NUM}\s*(元|件)?\s*[,，]?\s*(?:总价)?\s*(?:打|享)?\s*${NUM}\s*折`, 'g'),
    build: (m) => ({ ...(m[2] === '件' ? {} : { threshold: yuan(m[1]) }), percentOff: percentOff(m[3]) }),
  },
  // 9折 · 8.5折 · 95折
  { re: new RegExp(String.raw`(?<![\d.满])${NUM}\s*折(?!扣)`, 'g'), build: (m) => ({ percentOff: percentOff(m[1]) }) },
  // 无门槛券 / 立减 / 省 (money off without a threshold)
  {
    re: new RegExp(String.raw`(?:(?<![满\d.])${NUM}${YUAN}\s*(?:无门槛)?(?:优惠)?券|(?:立减|直降|领券减|券减)\s*[¥￥]?${NUM}${YUAN})`, 'g'),
    build: (m) => ({ discount: yuan(m[1] ?? m[2]) }),
  },
];

/** Every coupon wording in a text (promotion row, coupon chip, 优惠 list); [] when there is none. */
export function parseCoupons(text: string): Coupon[] {
  // toAsciiDigits maps one character to one, so offsets in `s` hold in the page's own `original`.
  const original = collapse(text.replace(/&yen;/g, '¥'));
  const s = toAsciiDigits(original);
  const taken: Array<[number, number]> = [];
  const found: Array<{ at: number; coupon: Coupon }> = [];
  for (const { re, build } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const coupon = clean({ text: original.slice(start, end).trim(), ...build(m) });
      if (!coupon) continue;
      taken.push([start, end]);
      found.push({ at: start, coupon });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.coupon).slice(0, 50);
}

function spend(threshold: string | undefined, discount: string | undefined): Partial<Coupon> {
  return { threshold: yuan(threshold), discount: yuan(discount) };
}

function yuan(n: string | undefined): Money | undefined {
  const amount = Number(n);
  return n && Number.isFinite(amount) && amount > 0 ? { amount: roundMinor(amount), currency: 'CNY' } : undefined;
}

/** 9折 → 10 % off, 8.5折 → 15, 95折 (= 9.5折) → 5; 0折 and 10折 are no discount. */
function percentOff(n: string | undefined): number | undefined {
  let x = Number(n);
  if (!n || !Number.isFinite(x) || x <= 0) return undefined;
  // Two digits are tenths of a 折 (95折 = 9.5折); a round 10/20… is not a discount wording.
  if (x >= 10) x = /^[1-9][1-9]$/.test(n) ? x / 10 : NaN;
  if (!Number.isFinite(x)) return undefined;
  const off = roundMinor((10 - x) * 10);
  return off > 0 && off < 100 ? off : undefined;
}

/** Drops undefined keys; a coupon that names neither money nor a percentage is no coupon. */
function clean(c: Partial<Coupon> & { text: string }): Coupon | undefined {
  const out: Coupon = { text: c.text.slice(0, 200) };
  if (c.threshold) out.threshold = c.threshold;
  if (c.discount) out.discount = c.discount;
  if (c.percentOff !== undefined) out.percentOff = c.percentOff;
  if (out.discount && out.threshold && out.discount.amount >= out.threshold.amount) return undefined;
  return out.discount || out.percentOff !== undefined ? out : undefined;
}
