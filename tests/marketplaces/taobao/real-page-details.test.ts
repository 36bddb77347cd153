import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/marketplaces/run-reader';
import { PageReadSchema, type PageRead } from '../../../lib/schema';
import { HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../../support/shared-fixtures';

/**
 * Fields beyond the answer key (shop scores, specs, options, review tags, sales, coupons, reviews) on real
 * saved pages. Every value here was read off the page's HTML by hand (the element is named next to it).
 */
const NOW = new Date('2026-11-26T00:00:00Z');
const cny = (amount: number) => ({ amount, currency: 'CNY' });

function read(file: string, url: string, edit: (doc: Document) => void = () => undefined): PageRead {
  const { document, close } = loadSavedPage(file, url);
  try {
    edit(document);
    const r = readPage(document, url, NOW);
    expect(PageReadSchema.safeParse(r).success).toBe(true);
    return r;
  } finally {
    close();
  }
}

const BLOUSE = ['taobao/product/item-538429031287-blouse.html', 'https://item.taobao.com/item.html?id=538429031287'] as const;
const TSHIRT = ['taobao/product/item-shop119667895-tshirt.html', 'https://item.taobao.com/item.html?id=44889239226'] as const;
const JACKET = ['taobao/product/item-shop71861998-jacket.html', 'https://item.taobao.com/item.html?id=538554512088'] as const;
const CAMISOLE = ['taobao/product/item-shop103340528-camisole.html', 'https://item.taobao.com/item.html?id=38078522001'] as const;
const IPHONE = ['tmall/product/item-605258110430-iphone11.html', 'https://detail.tmall.com/item.htm?id=605258110430'] as const;

if (!HAVE_SHARED_FIXTURES) console.warn(`[skip] Taobao/Tmall real-page details: ${SKIP_REASON}`);

describe.skipIf(!HAVE_SHARED_FIXTURES)('extra fields on real Taobao/Tmall pages', () => {
  it('blouse: DSR shop scores with their class-only comparison, 属性 specs, SKU options, sales', () => {
    const p = read(...BLOUSE).product!;
    // #J_ShopInfo: .tb-shop-name a[title=小涩品牌折扣]; three .tb-shop-rate dl, each dd.tb-rate-higher 4.8;
    // g_config shopId '60551274'.
    expect(p.shop).toEqual({
      name: '小涩品牌折扣',
      id: '60551274',
      url: 'https://xiaosediscount.taobao.com/',
      scores: [
        { name: '描述', score: 4.8, max: 5, vsIndustry: '高于同行' },
        { name: '服务', score: 4.8, max: 5, vsIndustry: '高于同行' },
        { name: '物流', score: 4.8, max: 5, vsIndustry: '高于同行' },
      ],
    });
    expect(p.seller).toBe('小涩品牌折扣');
    // #attributes ul.attributes-list: 13 rows, first "货号: Q-9063", last "尺码: S M"; no 品牌 row.
    expect(Object.keys(p.specs ?? {})).toHaveLength(13);
    expect(p.specs).toMatchObject({ 货号: 'Q-9063', 服装版型: '直筒', 成分含量: '96%及以上', 尺码: 'S M' });
    // #J_isku: ul[data-property=尺码] S, M; ul[data-property=颜色分类] li.tb-selected 白色 with a 30x30 swatch.
    expect(p.options).toEqual([
      { name: '尺码', values: [{ text: 'S', available: true }, { text: 'M', available: true }] },
      {
        name: '颜色分类',
        values: [{ text: '白色', selected: true, available: true, image: 'https://gd1.alicdn.com/imgextra/i4/375469017/TB27fEEaF_AQeBjSZPhXXXt5pXa_!!375469017.jpg' }],
      },
    ]);
    // .tb-sell-counter: <strong id="J_SellCounter">4</strong><span>交易成功</span> (an exact count).
    expect(p.salesVolume).toEqual({ min: 4, max: 4, text: '4 交易成功' });
    // #J_PromoPrice 淘宝价 ¥25.00 (promo label 双拾壹); struck #J_StrPrice ¥28.00.
    expect(p).toMatchObject({ price: cny(25), priceLabel: '淘宝价', listPrice: cny(28) });
    expect(p.images).toEqual(['https://gd4.alicdn.com/imgextra/i1/0/TB1UOwLNXXXXXc.XFXXXXXXXXXX_!!0-item_pic.jpg']);
    expect(p.availability).toBe('库存99件');
  });

  it('blouse: the loaded review list (hidden tab) with date, SKU and masked nick', () => {
    const r = read(...BLOUSE);
    expect(r.reviews).toHaveLength(10);
    // li#review-307829304339: 闵***6, "不错，物美价廉，已经关注", 2017年04月20日 09:05 颜色分类：白色 尺码：M, 有用 (0)
    expect(r.reviews![0]).toEqual({
      id: '307829304339',
      body: '不错，物美价廉，已经关注',
      date: '2017-04-20',
      dateText: '2017年04月20日 09:05',
      author: '闵***6',
      variant: '颜色分类：白色 尺码：M',
      helpfulVotes: 0,
    });
  });

  it('tshirt: shop coupons, 大家印象 tags with counts, a struck range list price, photos and 追评', () => {
    const r = read(...TSHIRT);
    const p = r.product!;
    // #J_OtherDiscount .tb-coupon: "20元店铺优惠券，满199元可用", "10元店铺优惠券，满99元可用".
    expect(p.coupons).toEqual([
      { text: '20元店铺优惠券，满199元可用', threshold: cny(199), discount: cny(20) },
      { text: '10元店铺优惠券，满99元可用', threshold: cny(99), discount: cny(10) },
    ]);
    // ul.kg-rate-wd-impression: 质量不错 (22) … 料子不错 (3), all data-neg="1".
    expect(p.reviewTags).toEqual([
      { text: '质量不错', count: 22 },
      { text: '版型好看', count: 16 },
      { text: '很舒适', count: 7 },
      { text: '便宜', count: 4 },
      { text: '衣服很合身', count: 4 },
      { text: '物流快', count: 4 },
      { text: '料子不错', count: 3 },
    ]);
    // 淘宝价 ¥12.98 over the struck 价格 "¥12.99 - 14.90" (list price = its minimum).
    expect(p).toMatchObject({ price: cny(12.98), listPrice: cny(12.99), reviewCount: 345 });
    expect(p.shop).toMatchObject({ name: '千江月韩范学生装', id: '119667895', url: 'https://qjy2.taobao.com/' });
    expect(p.shop?.scores?.map((s) => `${s.name} ${s.score} ${s.vsIndustry}`)).toEqual(['描述 4.5 低于同行', '服务 4.5 低于同行', '物流 4.5 低于同行']);
    // review-309158715532 has three .photo-item images; review-308675199905 a .tb-rev-item-append "[追加评论] 衣服挺好看的…".
    expect(r.reviews![0]).toMatchObject({ id: '309158715532', photos: 3, date: '2017-05-02' });
    expect(r.reviews![2]).toMatchObject({ id: '308675199905', followUp: '衣服挺好看的，就是看着有些旧了' });
  });

  it('jacket: a tag the page marks critical (data-neg="-1") is negative', () => {
    const tags = read(...JACKET).product!.reviewTags!;
    expect(tags).toContainEqual({ text: '做工差', count: 36, negative: true });
    expect(tags).toContainEqual({ text: '质量不错', count: 386 });
    expect(tags.filter((t) => t.negative)).toHaveLength(1);
  });

  it('camisole: two threshold discounts in one 优惠 line', () => {
    // #J_OtherDiscount: "1.单笔订单满50元减10元；亲，快下手吧！2.单笔订单满80元减20元；亲，快下手吧！"
    expect(read(...CAMISOLE).product!.coupons).toEqual([
      { text: '满50元减10元', threshold: cny(50), discount: cny(10) },
      { text: '满80元减20元', threshold: cny(80), discount: cny(20) },
    ]);
  });

  it('Tmall iPhone: DSR below/equal to the industry, brand, 产品参数, SKU swatches, SKU range', () => {
    const p = read(...IPHONE).product!;
    // #shop-info .shopdsr-item: 描 述 4.8 (score-down), 服 务 4.8 (score-down), 物 流 4.8 (score-equal);
    // meta microscope-data shopId=128573071; .slogo-shopname href //suning.tmall.com
    expect(p.shop).toEqual({
      name: '苏宁易购官方旗舰店',
      id: '128573071',
      url: 'https://suning.tmall.com/',
      scores: [
        { name: '描述', score: 4.8, max: 5, vsIndustry: '低于同行' },
        { name: '服务', score: 4.8, max: 5, vsIndustry: '低于同行' },
        { name: '物流', score: 4.8, max: 5, vsIndustry: '持平' },
      ],
    });
    // TShop itemDO.brand / #J_BrandAttr "品牌名称：Apple/苹果"; #J_AttrUL 4 rows.
    expect(p.brand).toBe('Apple/苹果');
    expect(p.specs).toEqual({
      品牌名称: 'Apple/苹果',
      产品名称: 'Apple/苹果 iPhone 11',
      Apple型号: 'iPhone 11',
      机身颜色: '红色 白色 黑色 黄色 绿色 紫色',
      存储容量: '64GB 128GB 256GB',
    });
    // span.tm-price "5499.00-6799.00"; the hidden 促销价 panel is empty.
    expect(p).toMatchObject({ price: cny(5499), priceRange: { min: cny(5499), max: cny(6799) }, reviewCount: 38287 });
    expect(p.listPrice).toBeUndefined();
    // ul[data-property=机身颜色]: 6 colours with 40x40 swatches; 网络类型/套餐类型 preselected (li.tb-selected).
    expect(p.options?.map((g) => `${g.name}:${g.values.length}`)).toEqual(['网络类型:1', '机身颜色:6', '套餐类型:1', '存储容量:3']);
    expect(p.options?.[1]?.values[0]).toEqual({
      text: '黑色',
      available: true,
      image: 'https://img.alicdn.com/imgextra/i1/1917047079/O1CN01aeFudA22AEJ9sojJP_!!2-item_pic.png',
    });
    expect(p.options?.[0]?.values[0]?.selected).toBe(true);
    // The 月销量 item is display:none and empty: no sales volume, said as an issue.
    expect(p.salesVolume).toBeUndefined();
  });

  it('Tmall iPhone: the display:none login dialog (with a punish URL inside) is no wall', () => {
    expect(read(...IPHONE).pageKind).toBe('product');
  });

  it('in-shop search: sales and review counts per item', () => {
    const r = read('taobao/other/shop-search-119667895.html', 'https://qjy2.taobao.com/search.htm?search=y');
    // dl.item[data-id=554113831403]: .sale-area 已售：3件; .rates h4 评论(0); 共搜索到 450 个
    expect(r.results![0]).toMatchObject({ id: '554113831403', salesVolume: { min: 3, max: 3, text: '已售：3件' }, reviewCount: 0 });
    expect(r.totalResults).toBe(450);
  });

  it('classic search JSON: 直通车 ads, shop nick, 人付款 sales and the total', () => {
    const r = read('taobao/search/huili-mens-shoes-imf0206.html', 'https://s.taobao.com/search?q=%E5%9B%9E%E5%8A%9B%E7%94%B7%E9%9E%8B');
    // auctions[0]: p4p 1, nick 回力老字号, view_sales "8人付款"; pager.totalCount 40503
    expect(r.results![0]).toMatchObject({ sponsored: true, shop: '回力老字号', salesVolume: { min: 8, max: 8, text: '8人付款' } });
    expect(r.results!.filter((x) => x.sponsored)).toHaveLength(4);
    expect(r.totalResults).toBe(40503);
  });
});

describe.skipIf(!HAVE_SHARED_FIXTURES)('real pages with their price or title taken away', () => {
  const remove = (...ids: string[]) => (doc: Document) => ids.forEach((id) => doc.getElementById(id)?.remove());
  const dropScripts = (marker: string) => (doc: Document) => {
    for (const s of Array.from(doc.getElementsByTagName('script'))) if ((s.textContent ?? '').includes(marker)) s.remove();
  };

  it('a Taobao page without its price rows reports the price missing and invents none', () => {
    const r = read(...BLOUSE, remove('J_StrPriceModBox', 'J_PromoPrice'));
    expect(r.pageKind).toBe('product');
    expect(r.product).not.toHaveProperty('price');
    expect(r.product).not.toHaveProperty('listPrice');
    expect(r.product).not.toHaveProperty('priceLabel');
    expect(r.issues).toContainEqual(expect.objectContaining({ field: 'product.price', severity: 'missing-required' }));
    expect(r.product?.title).toBe('伊嘉**2016秋季新款女装时尚木耳边纯色气质百搭长袖衬衫Q-9063');
  });

  it('a Taobao page without its title (element and page data) reports it', () => {
    const r = read(...BLOUSE, (doc) => {
      remove('J_Title')(doc);
      dropScripts('g_config')(doc);
      doc.title = '';
    });
    expect(r.product).not.toHaveProperty('title');
    expect(r.issues).toContainEqual(expect.objectContaining({ field: 'product.title', severity: 'missing-required' }));
    expect(r.product?.price).toEqual(cny(25));
  });

  it('a Tmall page without its price block falls back to the page data, and without both reports it', () => {
    const domless = read(...IPHONE, remove('J_StrPriceModBox'));
    expect(domless.product).toMatchObject({ price: cny(5499), priceRange: { min: cny(5499), max: cny(6799) } });
    expect(domless.provenance?.['product.price']).toBe('tshop-default-price');
    const bare = read(...IPHONE, (doc) => {
      remove('J_StrPriceModBox')(doc);
      dropScripts('TShop.Setup')(doc);
    });
    expect(bare.product).not.toHaveProperty('price');
    expect(bare.product).not.toHaveProperty('priceRange');
    expect(bare.issues).toContainEqual(expect.objectContaining({ field: 'product.price', severity: 'missing-required' }));
  });
});
