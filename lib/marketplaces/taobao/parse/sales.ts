import type { Product } from '../../../schema';
import { collapse } from '../../shared/dom';
import { parseCount, toAsciiDigits } from '../../shared/numbers';

export type SalesVolume = NonNullable<Product['salesVolume']>;

/** A count as Taobao prints sales: `1万+`, `2000+`, `1.2万`, `３００`, `10万+`. */
const COUNT = /(\d+(?:[.,]\d+)?)\s*([万萬千亿億wWkK])?\s*(\+)?/;

/**
 * Sales wording → a bucket that never claims more precision than the page shows:
 * `月销 1万+` → {min: 10000}, `已售 2000+` → {min: 2000}, `1.2万人付款` → {min: 12000} (rounded,
 * so no max), `交易成功 178` → {min: 178, max: 178} (an exact count). `text` keeps the wording.
 */
export function parseSalesVolume(raw: string): SalesVolume | undefined {
  const text = collapse(raw).slice(0, 200);
  const ascii = toAsciiDigits(text);
  const m = COUNT.exec(ascii);
  if (!m) return undefined;
  const unit = m[2] ? ({ w: '万', W: '万', k: '千', K: '千' } as Record<string, string>)[m[2]] ?? m[2] : '';
  const min = parseCount(`${m[1]}${unit}`);
  if (min === undefined || !Number.isSafeInteger(min)) return undefined;
  const exact = !m[2] && !m[3] && !/[.,]/.test(m[1]!);
  return exact ? { min, max: min, text } : { min, text };
}
