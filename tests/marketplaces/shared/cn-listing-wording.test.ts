import { describe, expect, it } from 'vitest';
import { cnBadge, cnDelivery, questionCountIn, variationsFrom } from '../../../lib/marketplaces/shared/cn-listing';
import { cnPromotion, countdownSeconds, isoEnd, splitNumberedOffers, uniquePromotions } from '../../../lib/marketplaces/shared/cn-promotions';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

describe('cnPromotion', () => {
  it.each([
    ['满199减10', { kind: 'threshold', text: '满199减10', threshold: cny(199), amountOff: cny(10) }],
    ['9折', { kind: 'discount', text: '9折', percentOff: 10 }],
    ['满2件8折', { kind: 'threshold', text: '满2件8折', percentOff: 20 }],
    ['20元店铺优惠券，满199元可用', { kind: 'coupon', text: '20元店铺优惠券，满199元可用', threshold: cny(199), amountOff: cny(20) }],
    ['赠品：保温杯一个', { kind: 'gift', text: '赠品：保温杯一个' }],
    ['京东秒杀 距结束 01:00:05', { kind: 'deal', text: '京东秒杀 距结束 01:00:05', endsText: '距结束 01:00:05', endsInSeconds: 3605 }],
    ['百亿补贴 官方立减200元', { kind: 'programme', text: '百亿补贴 官方立减200元', amountOff: cny(200) }],
    ['2件起包邮', { kind: 'threshold', text: '2件起包邮' }],
    ['淘金币可抵1.10元', { kind: 'other', text: '淘金币可抵1.10元', amountOff: cny(1.1) }],
  ])('%s', (text, want) => {
    expect(cnPromotion(text)).toEqual(want);
  });

  it('lets a row label decide the kind, but not over a deal wording', () => {
    expect(cnPromotion('满299减30', { kind: 'coupon' })?.kind).toBe('coupon');
    expect(cnPromotion('限时秒杀 满299减30', { kind: 'coupon' })?.kind).toBe('deal');
    expect(cnPromotion('双拾壹', { fallback: 'discount' })?.kind).toBe('discount');
    expect(cnPromotion('2件起包邮', { fallback: 'discount' })?.kind).toBe('threshold');
  });

  it('gives nothing for an empty line and drops repeated lines', () => {
    expect(cnPromotion('  ')).toBeUndefined();
    expect(uniquePromotions([cnPromotion('满99减5'), cnPromotion('满99减5'), undefined])).toHaveLength(1);
    expect(uniquePromotions([undefined])).toBeUndefined();
  });
});

describe('promotion ends', () => {
  it.each([
    ['距结束 01:22:33', 4953],
    ['距结束 2天 03:00:00', 2 * 86_400 + 3 * 3600],
    ['剩余1天3小时20分', 86_400 + 3 * 3600 + 20 * 60],
    ['还剩 3天', 3 * 86_400],
    ['即将结束', undefined],
  ])('countdown %s → %s', (text, want) => {
    expect(countdownSeconds(text)).toBe(want);
  });

  it.each([
    [1779292799000, '2026-05-20T15:59:59.000Z'],
    ['1779292799', '2026-05-20T15:59:59.000Z'],
    ['2026-12-12 23:59:59', '2026-12-12T15:59:59.000Z'],
    ['明天', undefined],
    [42, undefined],
  ])('end %s → %s (page times are China time)', (value, want) => {
    expect(isoEnd(value)).toBe(want);
  });
});

describe('splitNumberedOffers', () => {
  it.each([
    ['1.单笔订单满50元减10元；亲！2.单笔订单满80元减20元；亲！', ['单笔订单满50元减10元；亲！', '单笔订单满80元减20元；亲！']],
    ['淘金币可抵1.10元', ['淘金币可抵1.10元']],
    ['1.满99减5', ['1.满99减5']],
    ['', []],
  ])('%s', (text, want) => {
    expect(splitNumberedOffers(text)).toEqual(want);
  });
});

describe('cnBadge', () => {
  it.each([
    ['京东自营', 'jd-self-operated'],
    ['自营', 'jd-self-operated'],
    ['PLUS会员价', 'jd-plus'],
    ['百亿补贴', 'billion-subsidy'],
    ['天猫旗舰店', 'tmall-flagship'],
    ['旗舰店', 'tmall-flagship'],
    ['天猫', 'tmall'],
    ['官方', 'official'],
    ['金牌卖家', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(cnBadge(text)).toEqual({ kind, text });
  });

  it.each(['京东自营旗舰店 进店逛逛', '小熊电器官方旗舰店', '', '百亿补贴 官方立减200元'])('no badge in a longer text: %s', (text) => {
    expect(cnBadge(text)).toBeUndefined();
  });
});

describe('cnDelivery', () => {
  it.each([
    [['京东物流', '预计明天送达', '免运费'], { promise: '预计明天送达', freeShipping: true, fulfilledBy: 'marketplace', fulfilmentText: '京东物流' }],
    [['快递 ¥5.00'], { freeShipping: false }],
    [['快递 免运费', '卖家承诺72小时内发货'], { promise: '卖家承诺72小时内发货', freeShipping: true, fulfilledBy: 'seller', fulfilmentText: '卖家承诺72小时内发货' }],
    [['由 京东 发货并提供售后服务'], { fulfilledBy: 'marketplace', fulfilmentText: '由 京东 发货' }],
    [['由 小熊电器旗舰店 发货'], { fulfilledBy: 'seller', fulfilmentText: '由 小熊电器旗舰店 发货' }],
  ])('%j', (lines, want) => {
    expect(cnDelivery(lines)).toEqual(want);
  });

  it('does not call conditional free shipping free, and gives nothing for no delivery words', () => {
    expect(cnDelivery(['满99包邮'])).toBeUndefined();
    expect(cnDelivery(['2件起包邮'])).toBeUndefined();
    expect(cnDelivery(['浙江杭州 至 上海', ''])).toBeUndefined();
  });
});

describe('questionCountIn', () => {
  it.each([
    ['问大家(128)', 128],
    ['问大家 (35)', 35],
    ['商品问答 1.2万', 12_000],
    ['问大家', undefined],
    ['累计评价 500+', undefined],
  ])('%s → %s', (text, want) => {
    expect(questionCountIn(text)).toBe(want);
  });
});

describe('variationsFrom', () => {
  const groups = [
    { name: '颜色分类', values: [{ text: '黑色' }, { text: '白色', selected: true }] },
    { name: '尺码', values: [{ text: 'M' }, { text: 'L' }] },
  ];

  it('names the dimensions, keeps a page count and the chosen values', () => {
    expect(variationsFrom(groups, 4)).toEqual({ dimensions: ['颜色分类', '尺码'], count: 4, selected: '颜色分类: 白色' });
  });

  it('is absent without groups and leaves out a count that is not one', () => {
    expect(variationsFrom(undefined, 3)).toBeUndefined();
    expect(variationsFrom([], 3)).toBeUndefined();
    expect(variationsFrom(groups, 0)).toEqual({ dimensions: ['颜色分类', '尺码'], selected: '颜色分类: 白色' });
  });
});
