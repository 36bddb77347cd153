import type { Product } from '../../schema';
import { collapse } from './dom';
import { parseCount, toAsciiDigits } from './numbers';

export type SalesVolume = NonNullable<Product['salesVolume']>;

/** A count as Taobao, Tmall and JD print sales: `1万+`, `2000+`, `1.2万`, `３００`, `10万＋`. */
const COUNT = String.raw`(\d+(?:[.,]\d+)?)\s*([万萬千亿億wWkK])?\s*(\+)?`;
const UNIT = String.raw`\s*[件单笔]?`;

/** Sales wordings, the word before or after the count; anything else (评价, 库存) is not sales. */
const WORDED: readonly RegExp[] = [
  // 月销 1万+ · 已售 2000+ · 已售：３件 · 月成交 967笔 · 已售10万+
  new RegExp(String.raw`(?:已售出?|已销售|月销量?|月成交|总销量|销量|已抢|已拼|成交)\s*[:：]?\s*${COUNT}${UNIT}`),
  // 1.2万人付款 · 10万+人收货 · 1.2万+人已购买 · 4 交易成功
  new RegExp(String.raw`${COUNT}\s*(?:人已购买|人已买|人购买|人付款|人收货|件已售|交易成功)`),
];
/** A bare count (Taobao's `vagueSellCount` "1万+", a sales cell holding only the number). */
const BARE = new RegExp(String.raw`^${COUNT}${UNIT}$`);

/**
 * Sales wording → a bucket that never claims more precision than the page shows:
 * `月销 1万+` → {min: 10000}, `1.2万人付款` → {min: 12000} (rounded, so no max),
 * `交易成功 178` → {min: 178, max: 178} (an exact count). `text` keeps the page's wording.
 */
export function parseSalesVolume(raw: string): SalesVolume | undefined {
  const text = collapse(raw).slice(0, 200);
  // One character maps to one, so match offsets hold in the page's own `text`.
  const ascii = toAsciiDigits(text).replace(/＋/g, '+');
  const m = WORDED.map((re) => re.exec(ascii)).find((x) => x) ?? BARE.exec(ascii);
  if (!m) return undefined;
  const [, digits, unitChar, plus] = m;
  const unit = unitChar ? ({ w: '万', W: '万', k: '千', K: '千' } as Record<string, string>)[unitChar] ?? unitChar : '';
  const min = parseCount(`${digits}${unit}`);
  if (min === undefined || !Number.isSafeInteger(min)) return undefined;
  const shown = text.slice(m.index, m.index + m[0].length).trim();
  const exact = !unitChar && !plus && !/[.,]/.test(digits!);
  return exact ? { min, max: min, text: shown } : { min, text: shown };
}
