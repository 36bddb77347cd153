import { describe, expect, it } from 'vitest';
import type { ReviewTag } from '../../../lib/schema';
import { parseChineseDate } from '../../../lib/marketplaces/taobao/parse/dates';
import { fullSizeImage } from '../../../lib/marketplaces/taobao/parse/images';
import { parsePriceText, priceLabel, priceRole, type PriceRole } from '../../../lib/marketplaces/taobao/parse/prices';
import { parseReviewTag } from '../../../lib/marketplaces/taobao/parse/review-tags';
import { resolvePrices, priceRow } from '../../../lib/marketplaces/taobao/product/price-rows';
import { shopScore } from '../../../lib/marketplaces/taobao/product/shop-scores';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

describe('parsePriceText', () => {
  it.each([
    ['¥25.00', 25, undefined],
    ['￥1,299.00', 1299, undefined],
    ['５４９９', 5499, undefined],
    ['&yen;24.90', 24.9, undefined],
    ['? 5499.00-6799.00', 5499, 6799],
    ['¥59-89', 59, 89],
    ['￥12.99 - 14.90', 12.99, 14.9],
    ['59～89', 59, 89],
    ['¥59起', 59, undefined],
    ['¥89-89', 89, undefined],
  ])('%s → price %s, range max %s', (text, min, max) => {
    const read = parsePriceText(text);
    expect(read?.price).toEqual(cny(min));
    expect(read?.range).toEqual(max === undefined ? undefined : { min: cny(min), max: cny(max) });
  });

  it.each(['', '价格', '?', '¥', '库存null件'])('reads no price from %j', (text) => {
    expect(parsePriceText(text)).toBeUndefined();
  });

  it('never turns a reversed range into one guessed price range', () => {
    expect(parsePriceText('¥89-59')?.range).toBeUndefined();
  });
});

describe('priceRole and priceLabel', () => {
  it.each<[string, PriceRole]>([
    ['券后', 'coupon'],
    ['券后价', 'coupon'],
    ['到手价', 'coupon'],
    ['店铺优惠后', 'coupon'],
    ['平台加补后', 'coupon'],
    ['补贴后', 'coupon'],
    ['原价', 'list'],
    ['划线价', 'list'],
    ['淘宝价', 'promo'],
    ['促销价', 'promo'],
    ['活动价', 'promo'],
    ['手机尊享价', 'promo'],
    ['优惠前', 'plain'],
    ['', 'plain'],
  ])('%j is a %s price', (label, role) => {
    expect(priceRole(label)).toBe(role);
  });

  it.each([
    ['券后 ¥ 79', '券后'],
    ['￥89 优惠前', '优惠前'],
    ['价格', ''],
    ['淘宝价：', '淘宝价'],
    ['券后¥49起', '券后'],
  ])('label of %j is %j', (text, label) => {
    expect(priceLabel(text)).toBe(label);
  });
});

describe('resolvePrices', () => {
  it('takes 优惠前 as the price and 券后 as the coupon price (two priced rows)', () => {
    expect(resolvePrices([priceRow('79', '券后'), priceRow('89', '优惠前')])).toEqual({
      price: cny(89), label: '优惠前', couponPrice: cny(79),
    });
  });

  it('takes a 淘宝价 promotion as the price and the struck 价格 as the list price', () => {
    expect(resolvePrices([priceRow('25.00', '淘宝价'), priceRow('28.00', '', true)])).toEqual({
      price: cny(25), label: '淘宝价', listPrice: cny(28),
    });
  });

  it('keeps a SKU range and records a range list price by its minimum', () => {
    expect(resolvePrices([priceRow('12.98', '淘宝价'), priceRow('12.99 - 14.90', '', true)])).toEqual({
      price: cny(12.98), label: '淘宝价', listPrice: cny(12.99),
    });
    expect(resolvePrices([priceRow('59-89', '')])).toEqual({ price: cny(59), range: { min: cny(59), max: cny(89) } });
  });

  it('falls back to the coupon price only when it is the only price shown', () => {
    expect(resolvePrices([priceRow('79', '券后')])).toEqual({ price: cny(79), label: '券后', couponPrice: cny(79) });
  });

  it('reads nothing from no rows', () => {
    expect(resolvePrices([])).toBeUndefined();
  });
});

describe('parseReviewTag', () => {
  it.each<[string, boolean | undefined, ReviewTag]>([
    ['质量很好(128)', undefined, { text: '质量很好', count: 128 }],
    ['质量不错 (22)', undefined, { text: '质量不错', count: 22 }],
    ['面料舒服（57）', undefined, { text: '面料舒服', count: 57 }],
    ['不掉色(1.2万)', undefined, { text: '不掉色', count: 12000 }],
    ['做工差 (36)', true, { text: '做工差', count: 36, negative: true }],
    ['好看', undefined, { text: '好看' }],
  ])('%j', (text, negative, tag) => {
    expect(parseReviewTag(text, negative)).toEqual(tag);
  });
});

describe('parseChineseDate', () => {
  it.each([
    ['2017年04月20日 09:05', '2017-04-20'],
    ['2025年3月5日', '2025-03-05'],
    ['2025-03-05', '2025-03-05'],
    ['２０２５年３月５日', '2025-03-05'],
    ['确认收货后 16 天追加', undefined],
    ['3天前', undefined],
  ])('%j → %s', (text, iso) => {
    expect(parseChineseDate(text)).toBe(iso);
  });
});

describe('fullSizeImage', () => {
  const base = new URL('https://item.taobao.com/item.htm?id=1');
  it.each([
    ['//gd4.alicdn.com/imgextra/i1/0/TB1UOw_!!0-item_pic.jpg_50x50.jpg', 'https://gd4.alicdn.com/imgextra/i1/0/TB1UOw_!!0-item_pic.jpg'],
    ['//img.alicdn.com/imgextra/i1/1/O1CN01a_!!1.jpg_q50.jpg_.webp', 'https://img.alicdn.com/imgextra/i1/1/O1CN01a_!!1.jpg'],
    ['//img.alicdn.com/imgextra/i1/1/O1CN01b_!!2-item_pic.png_40x40q90.jpg', 'https://img.alicdn.com/imgextra/i1/1/O1CN01b_!!2-item_pic.png'],
    ['//img.alicdn.com/tps/tps-2-2.gif', undefined],
    ['data:image/gif;base64,R0lGOD', undefined],
  ])('%s', (raw, full) => {
    expect(fullSizeImage(raw, base)).toBe(full);
  });
});

describe('shopScore', () => {
  it.each([
    [['描 述', '4.8', '高'], { name: '描述', score: 4.8, max: 5, vsIndustry: '高于同行' }],
    [['物流服务', '4.7', '低'], { name: '物流服务', score: 4.7, max: 5, vsIndustry: '低于同行' }],
    [['卖家服务', '4.8', '平'], { name: '卖家服务', score: 4.8, max: 5, vsIndustry: '持平' }],
    [['好评率', '98.6%', undefined], { name: '好评率', score: 98.6, max: 100 }],
    [['服务', '４.９', '高于同行 12.5%'], { name: '服务', score: 4.9, max: 5, vsIndustry: '高于同行 12.5%' }],
  ] as const)('%j', ([name, score, vs], expected) => {
    expect(shopScore(name, score, vs)).toEqual(expected);
  });

  it('reads no score from words', () => {
    expect(shopScore('发货速度', '快')).toBeUndefined();
  });
});
