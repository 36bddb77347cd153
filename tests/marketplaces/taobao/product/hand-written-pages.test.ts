import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUntrustedHtml } from '../../../../lib/cli/load-page';
import { latePartPresent } from '../../../../lib/content/late-parts';
import { taobaoAdapter } from '../../../../lib/marketplaces/taobao';
import type { Product } from '../../../../lib/schema';
import { cny, issueFields, readOwnPage, removeAll, withoutScripts } from '../support/own-pages';

const SSR = ['taobao/product/item-2025-ssr.html', 'https://item.taobao.com/item.htm?id=812345678901'] as const;
const GEN2023 = ['taobao/product/item-2023-itemheader.html', 'https://item.taobao.com/item.htm?id=700123456789'] as const;

describe('2025 item page (scope-prefixed classes + __ICE_APP_CONTEXT__)', () => {
  it('reads every field, structured data first', () => {
    const r = readOwnPage(...SSR);
    expect(r.pageKind).toBe('product');
    expect(r.marketplace).toBe('taobao');
    expect(r.locale).toBe('zh-CN');
    expect(r.product).toEqual<Product>({
      id: '812345678901',
      title: '夏季冰丝阔腿裤女高腰垂感宽松显瘦直筒拖地裤',
      brand: '简约主义',
      price: cny(89),
      priceLabel: '优惠前',
      couponPrice: cny(79),
      coupons: [
        { text: '满199减10', threshold: cny(199), discount: cny(10) },
        { text: '每满300减30', threshold: cny(300), discount: cny(30) },
        { text: '9折', percentOff: 10 },
      ],
      salesVolume: { min: 10000, text: '已售 1万+' },
      specs: { 品牌: '简约主义', 面料: '冰丝', 风格: '通勤', 裤长: '长裤', 适用年龄: '25-29周岁' },
      images: [
        'https://img.alicdn.com/imgextra/i1/2201234567/O1CN01aaaa_!!2201234567.jpg',
        'https://img.alicdn.com/imgextra/i2/2201234567/O1CN01bbbb_!!2201234567.jpg',
        'https://img.alicdn.com/imgextra/i3/2201234567/O1CN01cccc_!!2201234567.jpg',
      ],
      seller: '简约主义女装店',
      shop: {
        name: '简约主义女装店',
        id: '57301234',
        url: 'https://shop57301234.taobao.com/',
        scores: [
          { name: '宝贝描述', score: 4.8, max: 5, vsIndustry: '高于同行' },
          { name: '卖家服务', score: 4.9, max: 5, vsIndustry: '高于同行' },
          { name: '物流服务', score: 4.7, max: 5, vsIndustry: '低于同行' },
        ],
      },
      options: [
        {
          name: '颜色分类',
          values: [
            { text: '黑色', selected: true, available: true, image: 'https://img.alicdn.com/imgextra/i1/2201234567/O1CN01black_!!2201234567.jpg' },
            { text: '杏色', available: true, image: 'https://img.alicdn.com/imgextra/i1/2201234567/O1CN01apricot_!!2201234567.jpg' },
            { text: '灰色', available: false, image: 'https://img.alicdn.com/imgextra/i1/2201234567/O1CN01grey_!!2201234567.jpg' },
          ],
        },
        { name: '尺码', values: [{ text: 'S', available: true }, { text: 'M', selected: true, available: true }, { text: 'L', available: true }] },
      ],
      reviewTags: [
        { text: '质量很好', count: 128 },
        { text: '版型好看', count: 96 },
        { text: '面料舒服', count: 57 },
        { text: '有点起球', count: 3, negative: true },
      ],
      availability: '有货',
      // Listing parts (issue #10): 3 real thumbnails (the 4th is a tps-2-2 spacer), 2 lazy 详情 images, 8 skuBase.skus.
      media: { imageCount: 3, mainImage: 'https://img.alicdn.com/imgextra/i1/2201234567/O1CN01aaaa_!!2201234567.jpg' },
      richContent: { kinds: ['detail-images'], imageCount: 2, textLength: 0 },
      variations: { dimensions: ['颜色分类', '尺码'], count: 8, selected: '颜色分类: 黑色 · 尺码: M' },
      promotions: [
        { kind: 'coupon', text: '店铺券 满199减10', threshold: cny(199), amountOff: cny(10) },
        { kind: 'threshold', text: '每满300减30', threshold: cny(300), amountOff: cny(30) },
        { kind: 'deal', text: '限时9折', percentOff: 10 },
      ],
    });
    expect(r.provenance).toMatchObject({
      'product.title': 'ice-item-title',
      'product.price': 'price-block',
      'product.shop': 'ice-seller',
      'product.specs': 'ice-industry-params',
      'product.options': 'sku-selector',
      reviews: 'comment-cards',
    });
  });

  it('reads the two preview review cards with photos, masked nick and SKU', () => {
    const r = readOwnPage(...SSR);
    expect(r.reviews).toEqual([
      {
        body: '面料很凉快，垂感好，腰围刚好，颜色和图片一样。',
        date: '2025-03-05',
        dateText: '2025年3月5日',
        author: 't**5（匿名）',
        variant: '颜色分类:黑色;尺码:M',
        photos: 2,
      },
      { body: '第二次回购了，还是一样好穿。', date: '2025-02-28', dateText: '2025年2月28日', author: '小**呀', variant: '颜色分类:杏色;尺码:L' },
    ]);
  });

  it('says why there is no rating and no exact review count', () => {
    const r = readOwnPage(...SSR);
    expect(r.product?.rating).toBeUndefined();
    expect(r.product?.reviewCount).toBeUndefined();
    expect(r.issues.find((i) => i.field === 'product.reviewCount')?.message).toContain('500+');
    expect(issueFields(r)).toEqual(['product.rating', 'product.reviewCount']);
  });

  it('falls back to the rendered page when the embedded JSON is gone', () => {
    const r = readOwnPage(...SSR, withoutScripts);
    expect(r.product).toMatchObject({
      title: '夏季冰丝阔腿裤女高腰垂感宽松显瘦直筒拖地裤',
      brand: '简约主义',
      price: cny(89),
      couponPrice: cny(79),
      salesVolume: { min: 10000, text: '已售 1万+' },
      specs: { 品牌: '简约主义', 面料: '冰丝', 风格: '通勤' },
      images: [
        'https://img.alicdn.com/imgextra/i1/2201234567/O1CN01aaaa_!!2201234567.jpg',
        'https://img.alicdn.com/imgextra/i2/2201234567/O1CN01bbbb_!!2201234567.jpg',
        'https://img.alicdn.com/imgextra/i3/2201234567/O1CN01cccc_!!2201234567.jpg',
      ],
      // Only 好评率 carries a score; "发货速度 48小时内" and "服务满意度 高" do not.
      shop: { name: '简约主义女装店', id: '57301234', url: 'https://shop57301234.taobao.com/', scores: [{ name: '好评率', score: 98.6, max: 100 }] },
    });
    expect(r.provenance).toMatchObject({ 'product.title': 'main-title', 'product.specs': 'params-info', 'product.images': 'pic-gallery' });
  });

  it('reads the price from the embedded JSON while the price block is still empty', () => {
    const r = readOwnPage(...SSR, removeAll('[class*="--priceWrap--"]'));
    expect(r.product).toMatchObject({ price: cny(89), priceLabel: '优惠前', couponPrice: cny(79) });
    expect(r.provenance?.['product.price']).toBe('ice-price-vo');
  });

  it('reports a price that never arrives instead of inventing one', () => {
    const r = readOwnPage(...SSR, (doc) => {
      withoutScripts(doc);
      for (const el of Array.from(doc.querySelectorAll('[class*="--text--"]'))) el.textContent = '';
    });
    expect(r.product?.price).toBeUndefined();
    expect(r.product?.couponPrice).toBeUndefined();
    expect(r.issues).toContainEqual(expect.objectContaining({ field: 'product.price', severity: 'missing-required' }));
  });

  it('never reads another number of the buy panel as the price', () => {
    const r = readOwnPage(...SSR, (doc) => {
      withoutScripts(doc);
      removeAll('[class*="--priceWrap--"]')(doc);
      const note = doc.createElement('span');
      note.className = 'QJEEHAN8H5--text--_4c1ce7d';
      note.textContent = '48小时内发货';
      doc.getElementById('purchasePanel')!.append(note);
    });
    expect(r.product?.price).toBeUndefined();
    expect(issueFields(r)).toContain('product.price');
  });

  it('has late-part selectors that find the price block and the review cards once rendered', () => {
    const { document, close } = parseUntrustedHtml(readFileSync(join(import.meta.dirname, '../../../fixtures', SSR[0]), 'utf8'), SSR[1]);
    try {
      const parts = taobaoAdapter.lateParts!('product');
      expect(latePartPresent(document, parts)).toBe(true);
      for (const el of Array.from(document.querySelectorAll('[class*="--priceWrap--"], [class*="Comment--"]'))) el.remove();
      expect(latePartPresent(document, parts)).toBe(false);
    } finally {
      close();
    }
  });

  it('reports a missing title instead of taking another heading', () => {
    const r = readOwnPage(...SSR, (doc) => {
      withoutScripts(doc);
      removeAll('h1')(doc);
      doc.title = '';
    });
    expect(r.product?.title).toBeUndefined();
    expect(r.issues).toContainEqual(expect.objectContaining({ field: 'product.title', severity: 'missing-required' }));
    expect(r.product?.price).toEqual(cny(89));
  });
});

describe('2022–23 item page (component-prefixed classes, no embedded JSON)', () => {
  it('reads a SKU range as min + range, the 券后 price as the coupon price', () => {
    const r = readOwnPage(...GEN2023);
    expect(r.product).toEqual<Product>({
      id: '700123456789',
      title: '加厚珊瑚绒睡衣女秋冬款套装可爱卡通家居服',
      brand: '暖暖',
      price: cny(59),
      priceRange: { min: cny(59), max: cny(89) },
      couponPrice: cny(49),
      coupons: [{ text: '每满300减30', threshold: cny(300), discount: cny(30) }],
      salesVolume: { min: 2000, text: '月销 2000+' },
      specs: { 品牌: '暖暖', 面料: '珊瑚绒', 适用季节: '秋冬' },
      images: [
        'https://img.alicdn.com/imgextra/i4/3300001111/O1CN01pj1_!!3300001111.jpg',
        'https://img.alicdn.com/imgextra/i2/3300001111/O1CN01pj2_!!3300001111.jpg',
      ],
      seller: '暖暖家居服小店',
      shop: { name: '暖暖家居服小店', id: '105999888', url: 'https://shop105999888.taobao.com/' },
      media: { imageCount: 2, mainImage: 'https://img.alicdn.com/imgextra/i4/3300001111/O1CN01pj1_!!3300001111.jpg' },
      promotions: [{ kind: 'threshold', text: '店铺优惠 每满300减30', threshold: cny(300), amountOff: cny(30) }],
    });
    expect(r.reviews).toEqual([]);
    expect(r.provenance).toMatchObject({ 'product.price': 'price-block', 'product.priceRange': 'price-block', 'product.specs': 'params-info' });
  });
});
