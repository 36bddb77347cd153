import { describe, expect, it } from 'vitest';
import type { Product, SearchResult } from '../../../lib/schema';
import { cny, issueFields, readOwnPage } from '../taobao/support/own-pages';

describe('Tmall 2024 "Item2024" page (unprefixed classes, two priced rows)', () => {
  const page = ['tmall/product/item2024-two-prices.html', 'https://detail.tmall.com/item.htm?id=765432109876&skuId=5223334445556'] as const;

  it('takes 优惠前 as the price and 券后 as the coupon price, whatever their order', () => {
    const r = readOwnPage(...page);
    expect(r.marketplace).toBe('tmall');
    expect(r.product).toEqual<Product>({
      id: '765432109876',
      title: '清风家居乳胶枕头泰国天然乳胶护颈枕单只装',
      price: cny(159),
      priceLabel: '优惠前',
      couponPrice: cny(129),
      salesVolume: { min: 2000, text: '已售 2000+' },
      images: [
        'https://img.alicdn.com/imgextra/i1/2200123/O1CN01pillow1_!!2200123.jpg',
        'https://img.alicdn.com/imgextra/i2/2200123/O1CN01pillow2_!!2200123.jpg',
      ],
      seller: '清风家居官方旗舰店',
      shop: { name: '清风家居官方旗舰店', url: 'https://qingfengjiaju.tmall.com/' },
      options: [
        { name: '规格', values: [{ text: '单只装', selected: true, available: true }, { text: '一对装', available: true }, { text: '儿童款', available: false }] },
      ],
      media: { imageCount: 2, mainImage: 'https://img.alicdn.com/imgextra/i1/2200123/O1CN01pillow1_!!2200123.jpg' },
      variations: { dimensions: ['规格'], selected: '规格: 单只装' },
    });
    expect(issueFields(r)).toEqual(['product.rating', 'product.specs', 'product.brand', 'product.reviewCount']);
  });

  it('reads a 2024 review card with its 15天后追评 follow-up', () => {
    expect(readOwnPage(...page).reviews).toEqual([
      {
        body: '回弹很好，睡了一周脖子舒服多了。',
        date: '2024-11-02',
        dateText: '2024年11月2日',
        author: 'j***8',
        variant: '规格:单只装',
        followUp: '用了半个月没有塌陷，味道也散了。',
      },
    ]);
  });
});

describe('Tmall 2025 page with the review drawer open', () => {
  const page = ['tmall/product/item-2025-review-drawer.html', 'https://detail.tmall.com/item.htm?id=766600011122&skuId=5300000000001'] as const;

  it('reads the SKU range as price = minimum plus the range', () => {
    const r = readOwnPage(...page);
    expect(r.product).toMatchObject({ price: cny(59), priceRange: { min: cny(59), max: cny(89) } });
    expect(r.product?.priceLabel).toBeUndefined();
    expect(r.product?.shop).toEqual({
      name: '清风家居官方旗舰店',
      id: '71234567',
      url: 'https://qingfengjiaju.tmall.com/',
      scores: [
        { name: '宝贝描述', score: 4.9, max: 5, vsIndustry: '高于同行' },
        { name: '卖家服务', score: 4.8, max: 5, vsIndustry: '持平' },
        { name: '物流服务', score: 4.8, max: 5, vsIndustry: '高于同行' },
      ],
    });
    expect(r.product?.salesVolume).toEqual({ min: 5000, text: '5000+' });
  });

  it('reads each drawer card once (the drawer repeats the preview) with photos, 追评 and masked nicks', () => {
    const reviews = readOwnPage(...page).reviews ?? [];
    expect(reviews.map((x) => x.author)).toEqual(['a**9（匿名）', 'w**i', 't**5（匿名）', 'l***n', '匿名买家', '1***3']);
    expect(reviews[2]).toEqual({
      body: '质感很好，实物比图片好看，晒几张图。',
      date: '2025-04-08',
      dateText: '2025年4月8日',
      author: 't**5（匿名）',
      variant: '颜色分类:奶白;尺寸:1.5m床',
      photos: 3,
    });
    // The follow-up's own photo is not counted as a photo of the review.
    expect(reviews[3]).toEqual({
      body: '刚收到有点味道，洗过就好了。',
      date: '2025-03-20',
      dateText: '2025年3月20日',
      author: 'l***n',
      variant: '颜色分类:雾霾蓝;尺寸:1.8m床',
      followUp: '用了半个月，越洗越软，回购一套。',
    });
  });

  it('reads the 大家都在说 chips with counts, 万 counts and the grey (critical) chip', () => {
    expect(readOwnPage(...page).product?.reviewTags).toEqual([
      { text: '很柔软', count: 312 },
      { text: '不掉色', count: 12000 },
      { text: '有色差', count: 14, negative: true },
    ]);
  });
});

describe('Tmall HK page', () => {
  const page = ['tmall/product/hk-2025-zh-hk.html', 'https://detail.tmall.hk/hk/item.htm?id=640011112222'] as const;

  it('keeps the page locale, reads a 促销价 over 原价 from the JSON while the DOM price is empty', () => {
    const r = readOwnPage(...page);
    expect(r.locale).toBe('zh-HK');
    expect(r.product).toMatchObject({
      id: '640011112222',
      price: cny(268),
      priceLabel: '促销价',
      listPrice: cny(329),
      salesVolume: { min: 100000, text: '10万+' },
      shop: { name: '天猫国际直营', id: '60001234', selfOperated: true },
    });
    expect(r.provenance?.['product.price']).toBe('ice-price-vo');
  });

  it.each([
    ['zh-HK', 'zh-HK'],
    ['zh-Hant-HK', 'zh-HK'],
    ['zh_TW', 'zh-TW'],
    ['zh', 'zh-CN'],
    ['zh-Hant', 'zh-CN'],
    ['en', 'zh-CN'],
  ])('<html lang="%s"> reads as %s', (lang, locale) => {
    const r = readOwnPage(...page, (doc) => doc.documentElement.setAttribute('lang', lang));
    expect(r.locale).toBe(locale);
  });
});

describe('classic list.tmall.com grid', () => {
  it('reads each cell with its visible title, price, shop, monthly sales and review count', () => {
    const r = readOwnPage('tmall/search/list-classic.html', 'https://list.tmall.com/search_product.htm?q=%C3%AB%D2%C2');
    expect(r.pageKind).toBe('search');
    expect(r.results).toEqual<SearchResult[]>([
      {
        position: 1,
        id: '557951889087',
        title: '宽松V领套头毛衣针织衫女',
        url: 'https://detail.tmall.com/item.htm?id=557951889087&skuId=3464513665788',
        price: cny(199.5),
        reviewCount: 573,
        sponsored: false,
        shop: 'ONLY官方旗舰店',
        salesVolume: { min: 967, max: 967, text: '月成交 967笔' },
      },
      {
        position: 2,
        id: '559884497567',
        title: '中年男士加绒加厚毛衣',
        url: 'https://detail.tmall.com/item.htm?id=559884497567&skuId=3659469818510',
        price: cny(128),
        reviewCount: 5806,
        sponsored: false,
        shop: '兰子服饰专营店',
        salesVolume: { min: 12000, text: '月成交 1.2万笔' },
      },
    ]);
  });
});
