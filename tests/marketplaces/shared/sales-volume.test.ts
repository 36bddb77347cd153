import { describe, expect, it } from 'vitest';
import { parseSalesVolume } from '../../../lib/marketplaces/shared/sales-volume';

describe('parseSalesVolume', () => {
  it.each([
    // Taobao / Tmall
    ['月销 1万+', { min: 10000, text: '月销 1万+' }],
    ['已售 2000+', { min: 2000, text: '已售 2000+' }],
    ['1.2万人付款', { min: 12000, text: '1.2万人付款' }],
    ['1万+', { min: 10000, text: '1万+' }],
    ['10万+人收货', { min: 100000, text: '10万+人收货' }],
    ['月成交 967笔', { min: 967, max: 967, text: '月成交 967笔' }],
    ['4 交易成功', { min: 4, max: 4, text: '4 交易成功' }],
    ['已售：３件', { min: 3, max: 3, text: '已售：３件' }],
    ['2.5亿+', { min: 250000000, text: '2.5亿+' }],
    // JD
    ['已售10万+', { min: 100000, text: '已售10万+' }],
    ['已售 1万+', { min: 10000, text: '已售 1万+' }],
    ['月销 3000+', { min: 3000, text: '月销 3000+' }],
    ['已售5000+件', { min: 5000, text: '已售5000+件' }],
    ['1.2万+人已购买', { min: 12000, text: '1.2万+人已购买' }],
    ['已售１０万＋', { min: 100000, text: '已售１０万＋' }],
    // wording around the sales line is not part of it
    ['¥25.00 1000+人付款 浙江 杭州', { min: 1000, text: '1000+人付款' }],
  ])('%j → %j', (text, volume) => {
    expect(parseSalesVolume(text)).toEqual(volume);
  });

  it.each(['', '已售', '月销量', '2万+条评价', '已有10870人评价', '库存 30'])('reads nothing from %j', (text) => {
    expect(parseSalesVolume(text)).toBeUndefined();
  });
});
