import { describe, expect, it } from 'vitest';
import { parseCoupon, parseReviewCount, parseSalesVolume, priceFromText } from '../../../lib/marketplaces/jd/text';

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

describe('parseCoupon', () => {
  it.each([
    ['满199减10', { threshold: cny(199), discount: cny(10) }],
    ['满199元减10元', { threshold: cny(199), discount: cny(10) }],
    ['每满100减15', { threshold: cny(100), discount: cny(15) }],
    ['每满100元，可减15元现金', { threshold: cny(100), discount: cny(15) }],
    ['满９９减５', { threshold: cny(99), discount: cny(5) }],
    ['满 299 减 20', { threshold: cny(299), discount: cny(20) }],
    ['券105-6', { threshold: cny(105), discount: cny(6) }],
    ['9折', { percentOff: 10 }],
    ['满2件，总价打8.5折', { percentOff: 15 }],
    ['立减20', { discount: cny(20) }],
    ['直降50元', { discount: cny(50) }],
    ['20元无门槛券', { discount: cny(20) }],
  ])('%s', (text, want) => {
    expect(parseCoupon(text)).toEqual({ text, ...want });
  });

  it.each([
    '满1499.00另加79.00元，即可购买热销商品', // 加价购: pay more to add an item, not a discount
    '赠品',
    '0折',
    '10折',
    '领券',
    '京东自营',
  ])('%s is not a coupon', (text) => {
    expect(parseCoupon(text)).toBeUndefined();
  });
});

describe('parseSalesVolume', () => {
  it.each([
    ['已售10万+', 100000, '已售10万+'],
    ['已售 1万+', 10000, '已售 1万+'],
    ['月销 3000+', 3000, '月销 3000+'],
    ['已售5000+件', 5000, '已售5000+件'],
    ['1.2万+人已购买', 12000, '1.2万+人已购买'],
    ['已售１０万＋', 100000, '已售１０万＋'],
  ])('%s → min %i', (text, min, shown) => {
    expect(parseSalesVolume(text)).toEqual({ min, text: shown });
  });

  it.each(['2万+条评价', '已有10870人评价', '库存 30', ''])('%j is not a sales line', (text) => {
    expect(parseSalesVolume(text)).toBeUndefined();
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
