import { describe, expect, it } from 'vitest';
import { cny, LISTING_PARTS as LISTING, ownPageReader } from '../../support/own-listing-pages';

/** Listing parts (issue #10) of our own Taobao pages; the values are the ones written in the pages. */
const read = ownPageReader('taobao');

describe('2025 Taobao page with every listing part (listing-2025-full.html)', () => {
  const href = 'https://item.taobao.com/item.htm?id=823456789012';
  const p = read('listing-2025-full.html', href).product!;

  it('counts four pictures and the 主图视频 entry; main image = 主图 1 at full size', () => {
    expect(p.media).toEqual({ imageCount: 4, videoCount: 1, mainImage: 'https://img.alicdn.com/imgextra/i1/2209876543/O1CN01bed1_!!2209876543.jpg' });
  });

  it('counts the three lazy 图文详情 images', () => {
    expect(p.richContent).toMatchObject({ kinds: ['detail-images'], imageCount: 3 });
  });

  it('summarises the SKU groups, counting skuBase.skus', () => {
    expect(p.variations).toEqual({ dimensions: ['颜色分类', '适用床尺寸'], count: 5, selected: '颜色分类: 奶咖 · 适用床尺寸: 1.5m床' });
  });

  it('reads the 百亿补贴 icon and the 官方 tag beside the title', () => {
    expect(p.badges).toEqual([{ kind: 'billion-subsidy', text: '百亿补贴' }, { kind: 'official', text: '官方' }]);
  });

  it('reads the 限时秒杀 banner with its end, the coupon, 满件折 and 赠品', () => {
    expect(p.promotions).toEqual([
      { kind: 'deal', text: '限时秒杀', endsAt: '2026-05-20T15:59:59.000Z', endsInSeconds: 2 * 86_400 + 3 * 3600 + 15 * 60 + 20, endsText: '距结束 2天 03:15:20' },
      { kind: 'coupon', text: '店铺券 满199减20', threshold: cny(199), amountOff: cny(20) },
      { kind: 'threshold', text: '满2件8折', percentOff: 20 },
      { kind: 'gift', text: '赠品：纯棉枕套一对' },
    ]);
  });

  it('reads 问大家 (35), 包邮 and the 48小时内发货 promise (who ships is not worded)', () => {
    expect(p.questionCount).toBe(35);
    expect(p.delivery).toEqual({ promise: '付款后48小时内发货', freeShipping: true });
  });

  it('reads the three shop scores with their comparison', () => {
    expect(p.shop?.scores?.map((s) => [s.name, s.score, s.vsIndustry])).toEqual([['宝贝描述', 4.8, '高于同行'], ['卖家服务', 4.7, '持平'], ['物流服务', 4.9, '高于同行']]);
  });

  it('names an end time it cannot read as unparseable and keeps the deal without it', () => {
    const edited = read('listing-2025-full.html', href, (doc) => doc.querySelector('[class*="--activityBanner--"]')!.setAttribute('data-end-time', '明天'));
    expect(edited.product?.promotions?.[0]).toMatchObject({ kind: 'deal', text: '限时秒杀', endsText: '距结束 2天 03:15:20' });
    expect(edited.product?.promotions?.[0]?.endsAt).toBeUndefined();
    expect(edited.issues.filter((i) => i.field === 'product.promotions')).toMatchObject([{ severity: 'unparseable' }]);
  });

  it('treats a fee as not free shipping and a spacer-only gallery as no pictures', () => {
    const edited = read('listing-2025-full.html', href, (doc) => {
      doc.querySelector('[class*="--freight--"]')!.textContent = '快递: ¥8.00';
      for (const img of Array.from(doc.querySelectorAll('#picGalleryEle img'))) img.setAttribute('src', '//img.alicdn.com/tfs/TB1placeholder-2-2.gif');
    }).product!;
    expect(edited.delivery?.freeShipping).toBe(false);
    // 4 embedded item.images still count when the strip shows only spacers.
    expect(edited.media?.imageCount).toBe(4);
  });
});

describe('2025 Taobao page with none of the listing parts (listing-2025-bare.html)', () => {
  const page = read('listing-2025-bare.html', 'https://item.taobao.com/item.htm?id=823456789013');

  it.each(LISTING)('reports %s absent, not zero or empty', (field) => {
    expect(page.product).toBeDefined();
    expect(page.product![field]).toBeUndefined();
  });

  it('raises no missing-optional issue for absent listing parts', () => {
    expect(page.issues.map((i) => i.field).filter((f) => LISTING.some((l) => f === `product.${l}`))).toEqual([]);
  });
});
