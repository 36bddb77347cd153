import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../../lib/marketplaces/run-reader';
import { PageReadSchema, type PageRead } from '../../../../lib/schema';
import { htmlDoc } from '../../../support/html';

/** Pages we wrote (tests/fixtures/jd/product); each says at its top which facts it follows. */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/jd/product');
const NOW = new Date('2026-11-26T00:00:00Z');
const cny = (amount: number) => ({ amount, currency: 'CNY' });

function load(name: string, href: string): Document {
  return htmlDoc(readFileSync(join(FIXTURES, name), 'utf8'), href);
}

function read(name: string, href: string, edit?: (doc: Document) => void): PageRead {
  const doc = load(name, href);
  edit?.(doc);
  const out = readPage(doc, href, NOW);
  expect(PageReadSchema.safeParse(out).success).toBe(true);
  return out;
}

const MODERN = 'https://item.jd.com/100123456789.html';

describe('2025–26 React item page (item-2026-react.html)', () => {
  const page = read('item-2026-react.html', MODERN);
  const p = page.product!;

  it('reads identity from the unhashed hooks and the 品牌 parameter row', () => {
    expect(page).toMatchObject({ pageKind: 'product', locale: 'zh-CN' });
    expect(p.id).toBe('100123456789');
    expect(p.title).toBe('暖岛（NUANDAO）养生壶 1.5L 多功能煮茶器 316L不锈钢内胆 YSH-D15');
    expect(p.brand).toBe('暖岛（NUANDAO）');
  });

  it('labels the prices: 京东价 is the price, 到手价 the coupon price, the struck one the list price', () => {
    expect(p.price).toEqual(cny(229));
    expect(p.priceLabel).toBe('京东价');
    expect(p.couponPrice).toEqual(cny(199));
    expect(p.listPrice).toEqual(cny(259));
    expect(p.priceRange).toBeUndefined();
  });

  it('parses the coupon and 满减 labels, split spans and full-width digits included, hidden ones left out', () => {
    expect(p.coupons).toEqual([
      { text: '满199减30', threshold: cny(199), discount: cny(30) },
      { text: '满９９减５', threshold: cny(99), discount: cny(5) },
      { text: '每满100减15', threshold: cny(100), discount: cny(15) },
      { text: '满2件，总价打9折', percentOff: 10 },
    ]);
  });

  it('reads both option groups with the selected and the --lack states and image swatches', () => {
    expect(p.options).toEqual([
      {
        name: '颜色',
        values: [
          { text: '奶白色', selected: true, available: true, image: 'https://img14.360buyimg.com/n9/s40x40_jfs/t1/250001/10/1001/50001/67a0a1b2F11111111/aa11bb22cc33dd44.jpg' },
          { text: '薄荷绿', selected: false, available: true, image: 'https://img14.360buyimg.com/n9/s40x40_jfs/t1/250004/40/4004/80004/67a0a1b6F55555555/ee55ff66aa77bb88.jpg' },
        ],
      },
      {
        name: '容量',
        values: [
          { text: '1.0L', selected: false, available: false },
          { text: '1.5L', selected: true, available: true },
          { text: '2.0L', selected: false, available: true },
        ],
      },
    ]);
  });

  it('reads parameter rows (full value from the title attribute) and the spec cards into specs', () => {
    expect(p.specs).toEqual({
      品牌: '暖岛（NUANDAO）',
      商品名称: '暖岛养生壶YSH-D15 多功能煮茶器家用办公室花茶壶',
      商品编号: '100123456789',
      商品产地: '中国大陆',
      控制方式: '触控',
      容量: '1.5L',
      功率: '800W',
      内胆材质: '316L不锈钢',
    });
  });

  it('reads the shop: name, id and URL from the mall link, 京东自营 from its name', () => {
    expect(p.shop).toEqual({
      name: '暖岛京东自营旗舰店', id: '1000123456', url: 'https://mall.jd.com/index-1000123456.html?from=pc', selfOperated: true,
    });
    expect(p.seller).toBe('暖岛京东自营旗舰店');
  });

  it('reads gallery images as absolute URLs, a lazy data-src over its blank placeholder', () => {
    expect(p.images).toEqual([
      'https://img10.360buyimg.com/n1/s450x450_jfs/t1/250001/10/1001/50001/67a0a1b2F11111111/aa11bb22cc33dd44.jpg.avif',
      'https://img11.360buyimg.com/n1/s450x450_jfs/t1/250002/20/2002/60002/67a0a1b3F22222222/bb22cc33dd44ee55.jpg.avif',
      'https://img12.360buyimg.com/n1/s450x450_jfs/t1/250003/30/3003/70003/67a0a1b4F33333333/cc33dd44ee55ff66.jpg.avif',
    ]);
  });

  it('reads the review summary: count 2万+, tag chips with counts, filter tabs left out', () => {
    expect(p.reviewCount).toBe(20000);
    expect(p.reviewTags).toEqual([
      { text: '外观漂亮', count: 108 }, { text: '烧水快', count: 96 }, { text: '容量合适', count: 12000 }, { text: '有异味', count: 3 },
    ]);
  });

  it('reads the two preview cards; the page shows no star average, so rating is a reported gap', () => {
    expect(page.reviews).toEqual([
      { rating: 5, body: '颜值很高，烧水很快，办公室用刚好。', date: '2026-03-08', dateText: '2026-03-08', author: 'j***y', variant: '奶白色 1.5L' },
      { rating: 4, body: '煮茶功能好用，就是盖子有点紧。', date: '2026-02-27', dateText: '2026-02-27', author: '苗***哈', variant: '薄荷绿 1.5L', photos: 2 },
    ]);
    expect(p.rating).toBeUndefined();
    expect(page.issues).toEqual([expect.objectContaining({ field: 'product.rating', severity: 'missing-optional' })]);
  });

  it('says which strategy read each field', () => {
    expect(page.provenance).toMatchObject({
      'product.id': 'url-sku', 'product.title': 'title .sku-title-name', 'product.brand': 'spec-table', reviews: 'rate-list-preview',
    });
  });
});

describe('the same page before its scripts ran, and with parts removed', () => {
  it('an empty .product-price--value is "price missing" (placeholder), never a number', () => {
    const page = read('item-2026-react.html', MODERN, (doc) => {
      for (const el of Array.from(doc.querySelectorAll('.product-price--value, del'))) el.textContent = '';
    });
    expect(page.product?.price).toBeUndefined();
    expect(page.product?.couponPrice).toBeUndefined();
    expect(page.product?.listPrice).toBeUndefined();
    const issue = page.issues.find((i) => i.field === 'product.price');
    expect(issue).toMatchObject({ severity: 'missing-required' });
    expect(issue?.message).toMatch(/placeholder/);
  });

  it('without a price block at all: a price issue, and no number taken from elsewhere (coupons, specs)', () => {
    const page = read('item-2026-react.html', MODERN, (doc) => doc.querySelector('.product-price')?.remove());
    expect(page.product?.price).toBeUndefined();
    expect(page.issues.find((i) => i.field === 'product.price')?.message).toBe('product.price not found on the page');
  });

  it('without the visible title: the pageConfig name, decoded from \\u escapes', () => {
    const page = read('item-2026-react.html', MODERN, (doc) => doc.querySelector('.sku-title')?.remove());
    expect(page.product?.title).toBe('暖岛（NUANDAO）养生壶 1.5L 多功能煮茶器 316L不锈钢内胆 YSH-D15');
    expect(page.provenance?.['product.title']).toBe('page-config-name');
  });

  it('without any title: a title issue, the rest still read', () => {
    const page = read('item-2026-react.html', MODERN, (doc) => {
      doc.querySelector('.sku-title')?.remove();
      for (const s of Array.from(doc.querySelectorAll('script'))) s.remove();
    });
    expect(page.product?.title).toBeUndefined();
    expect(page.issues).toContainEqual(expect.objectContaining({ field: 'product.title', severity: 'missing-required' }));
    expect(page.product?.price).toEqual(cny(229));
  });

  it('at an address without the SKU: the id from pageConfig.product.skuid', () => {
    const href = 'https://item.jd.com/saved-copy.html';
    const doc = load('item-2026-react.html', href);
    const page = readPage(doc, href, NOW);
    expect(page.pageKind).toBe('product'); // by the document
    expect(page.product?.id).toBe('100123456789');
    expect(page.provenance?.['product.id']).toBe('page-config-skuid');
  });

  it('a page whose body is gone still reads, with issues and no crash', () => {
    const page = read('item-2026-react.html', MODERN, (doc) => doc.body.replaceChildren());
    expect(page.product?.id).toBe('100123456789');
    expect(page.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['product.price', 'product.brand', 'reviews']));
  });
});

describe('2025–26 review overlay (item-2026-reviews-overlay.html)', () => {
  const page = read('item-2026-reviews-overlay.html', MODERN);

  it('reads the overlay rows in data-index order, not the preview card again', () => {
    expect(page.provenance?.reviews).toBe('overlay-rows');
    expect(page.reviews?.map((r) => r.author)).toEqual(['j***y', '4***9', '紫***t', '大***3']);
  });

  it.each([
    [1, { rating: 1, body: '用了三次底部就漏水，客服让我自己寄回，很失望。', date: '2026-02-20', variant: '奶白色 1.0L' }],
    [2, { rating: 4, photos: 3, variant: '薄荷绿 2.0L' }],
  ] as const)('row %i', (i, want) => {
    expect(page.reviews?.[i]).toMatchObject(want);
  });

  it('keeps a rating with JD\'s default text, without that text as its body', () => {
    expect(page.reviews?.[3]).toEqual({ rating: 5, date: '2026-01-30', dateText: '2026-01-30', author: '大***3', variant: '奶白色 1.5L' });
  });

  it('falls back to the preview cards when the overlay is closed', () => {
    const closed = read('item-2026-reviews-overlay.html', MODERN, (doc) => doc.querySelector('.jdc-page-overlay')?.setAttribute('style', 'display: none'));
    expect(closed.provenance?.reviews).toBe('rate-list-preview');
    expect(closed.reviews?.map((r) => r.author)).toEqual(['j***y']);
  });
});

describe('2016–20 item page (item-2019-summary.html)', () => {
  const page = read('item-2019-summary.html', 'https://item.jd.com/100004404944.html');
  const p = page.product!;

  it('reads title, the filled J-p- price with its 京 东 价 label and the struck origin price', () => {
    expect(p.title).toBe('索音 S30 真无线蓝牙耳机 主动降噪 黑色');
    expect(p.price).toEqual(cny(299));
    expect(p.priceLabel).toBe('京东价');
    expect(p.listPrice).toEqual(cny(399));
    expect(p.couponPrice).toBeUndefined();
  });

  it('reads 领券 and 促销 rows (a class="hide" row shown by its inline style), not the 赠品 line', () => {
    expect(p.coupons?.map((c) => c.text)).toEqual(['满299减20', '满99减5', '满500元减50元']);
  });

  it('reads the POP shop with its three scores; isPop says it is not self-operated', () => {
    expect(p.shop).toEqual({
      name: '索音数码专营店',
      id: '650000',
      url: 'https://mall.jd.com/index-650000.html',
      selfOperated: false,
      scores: [
        { name: '商品评价', score: 9.62, max: 10, vsIndustry: '高' },
        { name: '物流履约', score: 9.35, max: 10, vsIndustry: '中' },
        { name: '售后服务', score: 9.48, max: 10, vsIndustry: '高' },
      ],
    });
  });

  it('reads brand from the parameter list, specs from the Ptable (help popups left out) and the list', () => {
    expect(p.brand).toBe('索音（SUOYIN）');
    expect(p.specs).toMatchObject({ 品牌: '索音', 型号: 'S30', 蓝牙版本: '5.0', 续航时间: '6小时', 商品毛重: '55.00g', 降噪: '主动降噪' });
  });

  it('reads images from pageConfig.product.imageList, made absolute', () => {
    expect(p.images).toEqual([
      'https://img10.360buyimg.com/n1/jfs/t1/30001/1/1001/90001/5c9a1b2cE11111111/1111aaaa2222bbbb.jpg',
      'https://img10.360buyimg.com/n1/jfs/t1/30002/2/2002/90002/5c9a1b2dE22222222/2222bbbb3333cccc.jpg',
    ]);
    expect(page.provenance?.['product.images']).toBe('page-config-image-list');
  });

  it('reads #choose-attrs groups named by data-type, a disabled colour unavailable', () => {
    expect(p.options?.map((g) => g.name)).toEqual(['颜色', '版本']);
    expect(p.options?.[0]?.values.map((v) => [v.text, v.selected, v.available])).toEqual([
      ['黑色', true, true], ['白色', false, true], ['樱花粉', false, false],
    ]);
  });

  it('reads the count, the tag list and the .comment-item reviews with 追评 and helpful votes', () => {
    expect(p.reviewCount).toBe(58000);
    expect(p.reviewTags).toEqual([{ text: '音质好', count: 12000 }, { text: '佩戴舒适', count: 8956 }, { text: '续航一般', count: 312 }]);
    expect(page.reviews).toEqual([
      {
        id: '9f2c1a7e5b3d4c6e8a0b1c2d3e4f5a6b', rating: 5, body: '降噪效果很明显，地铁上基本听不到噪音，音质也不错。',
        date: '2019-06-18', dateText: '2019-06-18 21:37', author: '1***s', variant: '黑色 标准版', helpfulVotes: 12, photos: 2,
        followUp: '用了半个月，右耳偶尔断连。',
      },
      {
        id: '1a2b3c4d5e6f708192a3b4c5d6e7f809', rating: 2, body: '充电盒有划痕，像是退货重发的。',
        date: '2019-06-02', dateText: '2019-06-02 09:05', author: 'j***8', variant: '白色 无线充版', helpfulVotes: 0,
      },
    ]);
  });
});

describe('comment data a script embeds (productPageComments response inlined in a saved page)', () => {
  const jsonp = readFileSync(join(import.meta.dirname, '../../../fixtures/jd/comments/productPageComments-small.jsonp'), 'utf8');

  it('gives rating, count, tags and reviews when the page shows none of them', () => {
    const html = `<div id="name"><h1>暖岛养生壶</h1></div><strong id="jd-price">￥229.00</strong><script>var cb = ${jsonp}</script>`;
    const page = readPage(htmlDoc(html, MODERN), MODERN, NOW);
    expect(page.product).toMatchObject({ rating: 4, reviewCount: 2345, reviewTags: [{ text: '烧水快', count: 96 }, { text: '有异味', count: 3 }] });
    expect(page.reviews?.map((r) => r.rating)).toEqual([5, 1]);
    expect(page.provenance).toMatchObject({ 'product.rating': 'comment-data', reviews: 'embedded-comment-data' });
  });
});

describe('a SKU price range in the main price', () => {
  it('keeps the range (price = its minimum, as the answer key records ranges), never one guessed price', () => {
    const html = '<span class="sku-title-name">多规格商品</span><div class="product-price"><div class="product-price--main"><span class="product-price--value">59.00-89.00</span></div></div>';
    const page = readPage(htmlDoc(html, MODERN), MODERN, NOW);
    expect(page.product?.price).toEqual(cny(59));
    expect(page.product?.priceRange).toEqual({ min: cny(59), max: cny(89) });
    expect(page.provenance?.['product.priceRange']).toBe('product-price-main');
  });
});

describe('a main price labelled 到手价 with no unconditional price beside it', () => {
  it('is the price, and priceLabel says 到手价 so the panel never shows it as the plain price', () => {
    const html = '<span class="sku-title-name">X</span><div class="product-price"><div class="product-price--main"><span>到手价</span><span class="product-price--value">199</span></div></div>';
    const p = readPage(htmlDoc(html, MODERN), MODERN, NOW).product;
    expect(p).toMatchObject({ price: cny(199), priceLabel: '到手价' });
    expect(p?.couponPrice).toBeUndefined();
  });
});
