import { describe, expect, it } from 'vitest';
import { parseReviewCount, priceFromText } from '../../../lib/marketplaces/jd/text';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

describe('priceFromText', () => {
  it.each([
    ['￥1399.00', cny(1399)],
    ['¥59.90', cny(59.9)],
    ['199', cny(199)],
    ['¥ 199 .00', cny(199)], // split spans joined with spaces: first number only, never 19900
    ['￥８９.９０', cny(89.9)],
    ['1,299.00元', cny(1299)],
  ])('%s → %o', (text, want) => {
    expect(priceFromText(text)?.price).toEqual(want);
  });

  it.each(['', '   ', '￥', '¥?', '暂无报价', '￥ ？'])('%j is no price (empty placeholder, masked or none)', (text) => {
    expect(priceFromText(text)).toBeUndefined();
  });

  it.each([
    ['¥59-89', 59, 89],
    ['￥59.00 - ￥89.00', 59, 89],
    ['59.9~129', 59.9, 129],
  ])('keeps the range of %s, with price = its minimum', (text, min, max) => {
    expect(priceFromText(text)).toEqual({ price: cny(min), range: { min: cny(min), max: cny(max) } });
  });
});

describe('parseReviewCount', () => {
  it.each([
    ['(已有10870人评价)', 10870],
    ['已有820人评价', 820],
    ['5.8万+', 58000],
    ['100+', 100],
    ['2万+条评价', 20000],
    ['1.1亿+', 110000000],
    ['累计评价 ２万+', 20000],
    ['0', 0],
  ])('%s → %i', (text, want) => {
    expect(parseReviewCount(text)).toBe(want);
  });

  it('is undefined without a number', () => {
    expect(parseReviewCount('暂无评价')).toBeUndefined();
  });
});
