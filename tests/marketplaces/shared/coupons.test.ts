import { describe, expect, it } from 'vitest';
import { parseCoupons } from '../../../lib/marketplaces/shared/coupons';
import type { Coupon } from '../../../lib/schema';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

describe('parseCoupons', () => {
  it.each<[string, Coupon[]]>([
    // Taobao / Tmall wordings
    ['满199减10', [{ text: '满199减10', threshold: cny(199), discount: cny(10) }]],
    ['每满300减30', [{ text: '每满300减30', threshold: cny(300), discount: cny(30) }]],
    ['9折', [{ text: '9折', percentOff: 10 }]],
    ['限时8.5折', [{ text: '8.5折', percentOff: 15 }]],
    ['95折', [{ text: '95折', percentOff: 5 }]],
    ['满２件９折', [{ text: '满２件９折', percentOff: 10 }]],
    [
      '1.单笔订单满50元减10元；亲，快下手吧！2.单笔订单满80元减20元；',
      [
        { text: '满50元减10元', threshold: cny(50), discount: cny(10) },
        { text: '满80元减20元', threshold: cny(80), discount: cny(20) },
      ],
    ],
    ['20元店铺优惠券，满199元可用 领取', [{ text: '20元店铺优惠券，满199元可用', threshold: cny(199), discount: cny(20) }]],
    ['店铺券 满￥199减￥10 每满300减30', [
      { text: '满￥199减￥10', threshold: cny(199), discount: cny(10) },
      { text: '每满300减30', threshold: cny(300), discount: cny(30) },
    ]],
    ['5元无门槛券', [{ text: '5元无门槛券', discount: cny(5) }]],
    ['立减20元', [{ text: '立减20元', discount: cny(20) }]],
    // JD wordings
    ['满199元减10元', [{ text: '满199元减10元', threshold: cny(199), discount: cny(10) }]],
    ['每满100减15', [{ text: '每满100减15', threshold: cny(100), discount: cny(15) }]],
    ['每满100元，可减15元现金', [{ text: '每满100元，可减15元', threshold: cny(100), discount: cny(15) }]],
    ['满９９减５', [{ text: '满９９减５', threshold: cny(99), discount: cny(5) }]],
    ['满 299 减 20', [{ text: '满 299 减 20', threshold: cny(299), discount: cny(20) }]],
    ['券105-6', [{ text: '券105-6', threshold: cny(105), discount: cny(6) }]],
    ['满2件，总价打8.5折', [{ text: '满2件，总价打8.5折', percentOff: 15 }]],
    ['立减20', [{ text: '立减20', discount: cny(20) }]],
    ['直降50元', [{ text: '直降50元', discount: cny(50) }]],
    ['20元无门槛券', [{ text: '20元无门槛券', discount: cny(20) }]],
  ])('%j', (text, coupons) => {
    expect(parseCoupons(text)).toEqual(coupons);
  });

  it.each([
    '淘金币可抵1.10元',
    '以上价格可在付款时选择享用',
    '领券',
    '满100减200', // a discount above its threshold is no coupon
    '折扣',
    '满1499.00另加79.00元，即可购买热销商品', // 加价购: pay more to add an item, not a discount
    '赠品',
    '0折',
    '10折',
    '京东自营',
  ])('finds no coupon in %j', (text) => {
    expect(parseCoupons(text)).toEqual([]);
  });
});
