import { describe, expect, it } from 'vitest';
import { cny, LISTING_PARTS as LISTING, ownPageReader } from '../../support/own-listing-pages';

/** Listing parts (issue #10) of our own JD pages; the values are the ones written in the pages. */
const read = ownPageReader('jd');

describe('2025–26 JD page with every listing part (listing-2026-full.html)', () => {
  const href = 'https://item.jd.com/100200300400.html';
  const p = read('listing-2026-full.html', href).product!;

  it('counts the four gallery pictures apart from the 主图视频 entry, main image at n0 size', () => {
    expect(p.media).toEqual({ imageCount: 4, videoCount: 1, mainImage: 'https://img10.360buyimg.com/n0/jfs/t1/2001/kettle-a.jpg' });
    expect(p.images?.some((u) => u.includes('kettle-video'))).toBe(false);
  });

  it('counts the 商品介绍 long images, CSS backgrounds and lazy <img> alike', () => {
    expect(p.richContent).toMatchObject({ kinds: ['detail-images'], imageCount: 3 });
  });

  it('summarises the SKU groups with pageConfig.colorSize as the count', () => {
    expect(p.variations).toEqual({ dimensions: ['颜色', '容量'], count: 5, selected: '颜色: 奶白色 · 容量: 1.5L' });
  });

  it('reads the title tags as badges: 京东自营 text and the 百亿补贴 icon alt', () => {
    expect(p.badges).toEqual([{ kind: 'jd-self-operated', text: '京东自营' }, { kind: 'billion-subsidy', text: '百亿补贴' }]);
  });

  it('reads the 秒杀 end (embedded epoch and countdown), 满减, 满件折, 赠品 and both coupons', () => {
    expect(p.promotions).toEqual([
      { kind: 'deal', text: '京东秒杀', endsAt: '2026-05-20T15:59:59.000Z', endsInSeconds: 5 * 3600 + 12 * 60 + 33, endsText: '距结束 05:12:33' },
      { kind: 'threshold', text: '满减 满199减20', threshold: cny(199), amountOff: cny(20) },
      { kind: 'threshold', text: '多买优惠 满2件8折', percentOff: 20 },
      { kind: 'gift', text: '赠品 赠 316L不锈钢滤网 ×1' },
      { kind: 'coupon', text: '满299减30', threshold: cny(299), amountOff: cny(30) },
      { kind: 'coupon', text: '店铺券 满99减5', threshold: cny(99), amountOff: cny(5) },
    ]);
  });

  it('reads 商品问答(128) and the 京东物流 delivery line', () => {
    expect(p.questionCount).toBe(128);
    expect(p.delivery).toEqual({ promise: '23:00前下单，预计明天（11月27日）送达', freeShipping: true, fulfilledBy: 'marketplace', fulfilmentText: '京东物流' });
  });

  it('reads the shop service scores beside the shop name', () => {
    expect(p.shop?.scores?.map((s) => [s.name, s.score, s.vsIndustry])).toEqual([['商品评价', 9.6, '高'], ['物流履约', 9.5, '高'], ['售后服务', 9.4, '中']]);
  });

  it('names an end time it cannot read as unparseable and keeps the deal without it', () => {
    const edited = read('listing-2026-full.html', href, (doc) => doc.querySelector('[class*="_seckill_"]')!.setAttribute('data-end-time', 'soon'));
    expect(edited.product?.promotions?.[0]).toEqual({ kind: 'deal', text: '京东秒杀', endsInSeconds: 18753, endsText: '距结束 05:12:33' });
    expect(edited.issues.filter((i) => i.field === 'product.promotions')).toMatchObject([{ severity: 'unparseable' }]);
  });

  it('names a broken SKU list as unparseable and leaves the count out', () => {
    const edited = read('listing-2026-full.html', href, (doc) => {
      const script = doc.querySelector('head script')!;
      script.textContent = `var ColorSize = [{"SkuId":1, ;`;
    });
    expect(edited.product?.variations).toEqual({ dimensions: ['颜色', '容量'], selected: '颜色: 奶白色 · 容量: 1.5L' });
    expect(edited.issues.filter((i) => i.field === 'product.variations')).toMatchObject([{ severity: 'unparseable' }]);
  });

  it('drops a promotion row the page hides, and a hidden badge', () => {
    const edited = read('listing-2026-full.html', href, (doc) => {
      doc.querySelector('[class*="_promotion_"]')!.setAttribute('style', 'display: none');
      doc.querySelector('[class*="_tag_3k9x1"]')!.setAttribute('hidden', '');
    }).product!;
    expect(edited.promotions?.map((x) => x.kind)).toEqual(['deal', 'coupon', 'coupon']);
    expect(edited.badges).toEqual([{ kind: 'billion-subsidy', text: '百亿补贴' }]);
  });
});

describe('listing parts of the other hand-written JD pages', () => {
  it('2016–20 page: 领券 chips as coupons, 促销 label + text pairs, the POP 发货 line', () => {
    const p = read('item-2019-summary.html', 'https://item.jd.com/100004404944.html').product!;
    expect(p.promotions).toEqual([
      { kind: 'coupon', text: '满299减20', threshold: cny(299), amountOff: cny(20) },
      { kind: 'coupon', text: '满99减5', threshold: cny(99), amountOff: cny(5) },
      { kind: 'threshold', text: '满减 满500元减50元', threshold: cny(500), amountOff: cny(50) },
      { kind: 'gift', text: '赠品 赠收纳包，赠完即止' },
    ]);
    expect(p.delivery).toEqual({ fulfilledBy: 'seller', fulfilmentText: '由 索音数码专营店 从 广东东莞市 发货' });
    expect(p.variations).toEqual({ dimensions: ['颜色', '版本'], selected: '颜色: 黑色 · 版本: 标准版' });
  });

  it('2025–26 page: a row title is no promotion, tags pair with their text, a hidden line is skipped', () => {
    const p = read('item-2026-react.html', 'https://item.jd.com/100123456789.html').product!;
    expect(p.promotions).toEqual([
      { kind: 'threshold', text: '满减 每满100减15', threshold: cny(100), amountOff: cny(15) },
      { kind: 'threshold', text: '多买优惠 满2件，总价打9折', percentOff: 10 },
      { kind: 'coupon', text: '满199减30', threshold: cny(199), amountOff: cny(30) },
      { kind: 'coupon', text: '满９９减５', threshold: cny(99), amountOff: cny(5) },
    ]);
    // Three thumbnails, one still lazy (blank.gif + data-src); two SKUs in pageConfig.colorSize.
    expect(p.media?.imageCount).toBe(3);
    expect(p.variations?.count).toBe(2);
  });
});

describe('2025–26 JD page with none of the listing parts (listing-2026-bare.html)', () => {
  it('reads promotions from an embedded preferenceVO when the page renders none', () => {
    const edited = read('listing-2026-bare.html', 'https://item.jd.com/100200300500.html', (doc) => {
      const script = doc.createElement('script');
      script.textContent = 'window.__ware = {"preferenceVO":{"sharedLabel":[{"text":"每满100减10","shortText":"满减"},{"text":"领券满299减30","shortText":"券"}],"againSharedLabel":[{"shortText":"返京豆"}]}};';
      doc.head.append(script);
    });
    expect(edited.product?.promotions).toEqual([
      { kind: 'threshold', text: '每满100减10', threshold: cny(100), amountOff: cny(10) },
      { kind: 'coupon', text: '领券满299减30', threshold: cny(299), amountOff: cny(30) },
      { kind: 'other', text: '返京豆' },
    ]);
    expect(edited.provenance?.['product.promotions']).toBe('preference-data');
  });

  const page = read('listing-2026-bare.html', 'https://item.jd.com/100200300500.html');

  it.each(LISTING)('reports %s absent, not zero or empty', (field) => {
    expect(page.product).toBeDefined();
    expect(page.product![field]).toBeUndefined();
  });

  it('raises no missing-optional issue for absent listing parts', () => {
    expect(page.issues.map((i) => i.field).filter((f) => LISTING.some((l) => f === `product.${l}`))).toEqual([]);
  });
});
