import { describe, expect, it } from 'vitest';
import { cny, LISTING_PARTS as LISTING, ownPageReader } from '../../support/own-listing-pages';

/** Listing parts (issue #10) of our own Tmall pages; the values are the ones written in the pages. */
const read = ownPageReader('tmall');

describe('2025 Tmall page with every listing part (listing-2025-full.html)', () => {
  const page = read('listing-2025-full.html', 'https://detail.tmall.com/item.htm?id=834567890123&skuId=5300000000001');
  const p = page.product!;

  it('is read as Tmall by the Taobao adapter', () => {
    expect(page.marketplace).toBe('tmall');
  });

  it('reads gallery, 图文详情 and variations', () => {
    expect(p.media).toEqual({ imageCount: 3, videoCount: 1, mainImage: 'https://img.alicdn.com/imgextra/i1/2200555666/O1CN01fry1_!!2200555666.jpg' });
    expect(p.richContent).toMatchObject({ kinds: ['detail-images'], imageCount: 2 });
    expect(p.variations).toEqual({ dimensions: ['颜色分类'], count: 2, selected: '颜色分类: 奶油白' });
  });

  it('reads the 天猫, 天猫旗舰店 and 百亿补贴 tags', () => {
    expect(p.badges).toEqual([
      { kind: 'tmall', text: '天猫' },
      { kind: 'tmall-flagship', text: '天猫旗舰店' },
      { kind: 'billion-subsidy', text: '百亿补贴' },
    ]);
  });

  it('reads the 限时抢购 end as China time, the coupon, 每满减 and the gift', () => {
    expect(p.promotions).toEqual([
      { kind: 'deal', text: '限时抢购', endsAt: '2026-12-12T15:59:59.000Z', endsInSeconds: 12 * 3600, endsText: '剩余 12:00:00' },
      { kind: 'coupon', text: '店铺券 满300减30', threshold: cny(300), amountOff: cny(30) },
      { kind: 'threshold', text: '每满200减20', threshold: cny(200), amountOff: cny(20) },
      { kind: 'gift', text: '买就送 硅胶烤盘' },
    ]);
  });

  it('reads 问大家(1.2万), 菜鸟直送 with its promise and 免运费', () => {
    expect(p.questionCount).toBe(12_000);
    expect(p.delivery).toEqual({ promise: '预计11月28日送达', freeShipping: true, fulfilledBy: 'marketplace', fulfilmentText: '菜鸟直送' });
  });

  it('reads the flagship shop with its scores', () => {
    expect(p.shop).toMatchObject({ name: '小熊电器官方旗舰店' });
    expect(p.shop?.scores?.map((s) => [s.name, s.score])).toEqual([['宝贝描述', 4.9], ['卖家服务', 4.8], ['物流服务', 4.8]]);
  });
});

describe('2024 Tmall page with none of the listing parts (listing-2024-bare.html)', () => {
  const page = read('listing-2024-bare.html', 'https://detail.tmall.com/item.htm?id=834567890124');

  it.each(LISTING)('reports %s absent, not zero or empty', (field) => {
    expect(page.product?.title).toBe('竹纤维洗碗布10片装');
    expect(page.product![field]).toBeUndefined();
  });
});
