import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../../lib/marketplaces/run-reader';
import { PageReadSchema, type PageRead, type SearchResult } from '../../../../lib/schema';
import { htmlDoc } from '../../../support/html';

/** Pages we wrote (tests/fixtures/jd/search); each says at its top which facts it follows. */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/jd/search');
const NOW = new Date('2026-11-26T00:00:00Z');
const cny = (amount: number) => ({ amount, currency: 'CNY' });

function read(name: string, href: string): PageRead {
  const out = readPage(htmlDoc(readFileSync(join(FIXTURES, name), 'utf8'), href), href, NOW);
  expect(PageReadSchema.safeParse(out).success).toBe(true);
  return out;
}

describe('2025–26 search cards (search-2026-cards.html)', () => {
  const page = read('search-2026-cards.html', 'https://search.jd.com/Search?keyword=%E5%85%BB%E7%94%9F%E5%A3%B6&enc=utf-8');
  const results = page.results ?? [];

  it('reads one result per plugin_goodsCardWrapper[data-sku], in page order', () => {
    expect(page.pageKind).toBe('search');
    expect(page.provenance?.results).toBe('goods-card-wrapper');
    expect(results.map((r) => r.id)).toEqual(['100123456789', '10098765432101', '100055554444', '100066667777']);
  });

  it.each<[number, Partial<SearchResult>]>([
    // 自营 shop, keyword <font> joined into the title, split price spans, 已售10万+
    [1, {
      title: '暖岛（NUANDAO）养生壶 1.5L 多功能煮茶器 316L不锈钢内胆', url: 'https://item.jd.com/100123456789.html', price: cny(199),
      shop: '暖岛京东自营旗舰店', salesVolume: { min: 100000, text: '已售10万+' }, reviewCount: 20000, sponsored: false,
    }],
    // POP shop, full-width ￥８９.９０, no link: the canonical item URL of its SKU
    [2, { title: '迷你养生杯 便携电炖杯 0.4L 办公室烧水杯', url: 'https://item.jd.com/10098765432101.html', price: cny(89.9), shop: '小暖家电专营店', salesVolume: { min: 5000, text: '已售5000+' } }],
    // 广告 badge, 月销
    [3, { price: cny(129.9), sponsored: true, salesVolume: { min: 3000, text: '月销 3000+' }, reviewCount: 5000 }],
    // masked "¥?" price: no price, no sales line
    [4, { title: '养生壶玻璃加厚 1.8L 分体式', price: undefined, salesVolume: undefined, reviewCount: undefined }],
  ])('card %i', (position, want) => {
    const got = results[position - 1];
    for (const [field, value] of Object.entries(want)) expect(got?.[field as keyof SearchResult], field).toEqual(value);
  });

  it('reports the card without a price once, as optional, and the missing total', () => {
    expect(page.issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'results.price', severity: 'missing-optional' }),
      expect.objectContaining({ field: 'totalResults', severity: 'missing-optional' }),
    ]));
  });
});

describe('in-shop search (shop-search-2024.html)', () => {
  const page = read('shop-search-2024.html', 'https://mall.jd.com/view_search-650000-0-99-1-24-1.html');

  it('reads the jSubObject tiles: price text, else preprice; a hidden price is none', () => {
    expect(page.provenance?.results).toBe('shop-search');
    expect(page.results?.map((r) => [r.id, r.title, r.price?.amount, r.reviewCount])).toEqual([
      ['100004404944', '索音 S30 真无线蓝牙耳机 主动降噪 黑色', 299, 58000],
      ['100004404950', '索音 S20 半入耳蓝牙耳机 白色', 89.9, 1200],
      ['100004404960', '索音 S40 Pro 降噪耳机（预约）', undefined, 0],
    ]);
    expect(page.results?.[0]?.url).toBe('https://item.jd.com/100004404944.html');
  });
});

describe('result lists that changed or are empty', () => {
  const href = 'https://search.jd.com/Search?keyword=x';

  it('cards that match no layout are a missing-required gap, not an empty list', () => {
    const page = readPage(htmlDoc('<div class="_goodsContainer_x"><div class="_card_x"><span>X</span></div></div>', href), href, NOW);
    expect(page.results).toBeUndefined();
    expect(page.issues).toContainEqual(expect.objectContaining({ field: 'results', severity: 'missing-required' }));
  });

  it('cards without ids or titles are left out and reported', () => {
    const html = '<div class="plugin_goodsCardWrapper" data-sku="100000000001"><span class="_text_a_1">有标题</span></div>'
      + '<div class="plugin_goodsCardWrapper" data-sku="100000000002"></div>';
    const page = readPage(htmlDoc(html, href), href, NOW);
    expect(page.results?.map((r) => r.id)).toEqual(['100000000001']);
    expect(page.issues).toContainEqual(expect.objectContaining({ field: 'results', severity: 'unparseable' }));
  });

  it('a "没有找到" notice is zero results', () => {
    const html = '<div class="notice-filter-noresult"><span class="result">抱歉，没有找到与“太空枕”相关的商品</span></div>';
    const page = readPage(htmlDoc(html, href), href, NOW);
    expect(page.results).toEqual([]);
    expect(page.totalResults).toBe(0);
  });

  it('an activity banner among 2015–23 tiles is not a result and not an issue', () => {
    const html = '<div id="J_goodsList"><ul class="gl-warp"><li class="gl-item" data-sku="940275"><div class="p-name"><a href="//item.jd.com/940275.html"><em>耳机</em></a></div><div class="p-price"><strong><em>¥</em><i>55.00</i></strong></div></li>'
      + '<li class="gl-item" data-type="activity"><div class="gl-act-title"><strong>特惠</strong></div></li></ul></div>';
    const page = readPage(htmlDoc(html, href), href, NOW);
    expect(page.results?.map((r) => [r.id, r.title, r.price?.amount])).toEqual([['940275', '耳机', 55]]);
    expect(page.issues.filter((i) => i.field.startsWith('results'))).toEqual([]);
  });

  it('a 2019–23 tile with the 广告 flag is sponsored', () => {
    const html = '<div id="J_goodsList"><ul class="gl-warp"><li class="gl-item" data-sku="100000000003"><div class="p-name"><a href="//item.jd.com/100000000003.html"><em>广告商品</em></a></div><span class="p-promo-flag">广告</span></li></ul></div>';
    expect(readPage(htmlDoc(html, href), href, NOW).results?.[0]?.sponsored).toBe(true);
  });
});
