import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/marketplaces/run-reader';
import type { PageRead } from '../../../lib/schema';
import { HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../../support/shared-fixtures';

/**
 * Fields the answer key does not cover (specs, options, images, shop, tile review counts and
 * shops), checked on real saved JD pages. Every value below was read off the page's HTML by
 * hand (the element it comes from is named in the comment), not copied from the reader's output.
 */
const NOW = new Date('2026-11-26T00:00:00Z');

function read(file: string, url: string): PageRead {
  const { document, close } = loadSavedPage(file, url);
  try {
    return readPage(document, url, NOW);
  } finally {
    close();
  }
}

describe.skipIf(!HAVE_SHARED_FIXTURES)('extra fields on real JD pages', () => {
  if (!HAVE_SHARED_FIXTURES) console.warn(`[skip] real JD page details: ${SKIP_REASON}`);

  describe('2014 item page jd/product/item-917461-huawei-p6.html (GBK, saved after scripts ran)', () => {
    const page = HAVE_SHARED_FIXTURES ? read('jd/product/item-917461-huawei-p6.html', 'http://item.jd.com/917461.html') : undefined;
    const p = page?.product;

    it('labels the price with the row\'s 京 东 价：', () => {
      expect(p?.priceLabel).toBe('京东价');
      expect(p?.listPrice).toBeUndefined();
      expect(p?.coupons).toBeUndefined(); // 促销 shows 赠品 and 加价购 (满1499.00另加79.00元), no discount
    });

    it('reads the Ptable rows, then 商品介绍 list items the table lacks', () => {
      expect(p?.specs).toMatchObject({
        品牌: '华为（HUAWEI）', // td.tdTitle 品牌
        型号: 'P6',
        屏幕尺寸: '4.7英寸', // the table's row wins over the list's "屏幕尺寸：4.9-4.1英寸"
        '机身重量（g）': '约110（含电池）',
        商品名称: '华为P6', // ul.detail-list li
        商品毛重: '386.00g',
        系统: '安卓（Android）',
      });
      expect(Object.keys(p?.specs ?? {})).toHaveLength(58); // 49 td.tdTitle rows + 9 list items the table lacks
    });

    it('reads the six #spec-list images from their data-url storage paths', () => {
      expect(p?.images).toHaveLength(6);
      expect(p?.images?.[0]).toBe('https://img10.360buyimg.com/n1/g14/M07/02/0F/rBEhV1HIFOAIAAAAAAFYivIKbnYAAAfGwFZcDAAAVii434.jpg');
      expect(p?.images?.[5]).toBe('https://img10.360buyimg.com/n1/g14/M07/02/0F/rBEhVVHIFOEIAAAAAAEsaBRdT6kAAAfGwGJ2KIAASyA111.jpg');
    });

    it('reads #choose: colours with swatches, the 无货 version unavailable, 购买方式', () => {
      expect(p?.options?.map((g) => [g.name, g.values.map((v) => `${v.text}${v.selected ? '*' : ''}${v.available ? '' : '(x)'}`)])).toEqual([
        ['颜色', ['黑', '白*']],
        ['版本', ['移动3G（8G ROM）(x)', '电信3G（16G ROM）*']],
        ['购买方式', ['购机入网送话费', '非合约机*']],
      ]);
      // img src http://img10.360buyimg.com/n9/…, upgraded to https (JD's image hosts serve both)
      expect(p?.options?.[0]?.values[0]?.image).toBe('https://img10.360buyimg.com/n9/g14/M03/02/0F/rBEhVlHIE-AIAAAAAAFbd2VasmMAAAfGAFO0e0AAVuP873.jpg');
    });

    it('finds no shop: the 2014 seller box is an empty, hidden template', () => {
      expect(p?.shop).toBeUndefined();
      expect(page?.issues).toContainEqual(expect.objectContaining({ field: 'product.shop', severity: 'missing-optional' }));
    });
  });

  describe('2014 item page jd/product/item-hp-envy-dv4.html (raw, before scripts)', () => {
    const page = HAVE_SHARED_FIXTURES ? read('jd/product/item-hp-envy-dv4.html', 'http://item.jd.com/987887.html') : undefined;
    const p = page?.product;

    it('says why there is no price: the #jd-price placeholder is empty', () => {
      expect(page?.issues.find((i) => i.field === 'product.price')?.message).toMatch(/placeholder/);
    });

    it('keeps the table\'s 品牌 惠普 in specs while brand is the list\'s 惠普（HP）', () => {
      expect(p?.brand).toBe('惠普（HP）'); // ul.detail-list "品牌：惠普（HP）"
      expect(p?.specs).toMatchObject({
        品牌: '惠普', // .Ptable 主体 row
        型号: 'dv4-5315tx',
        显示芯片: 'NVIDIA GeForce GT 635M',
        尺寸: '34.4 x 23.4 x 3.35 厘米', // the table's dimensions, not the list's "尺寸：14英寸"
        显卡: '性能级独显', // list only
        上架时间: '2014-01-17 14:42:55',
      });
    });

    it('reads four gallery images and no options (the 颜色 data sits in a script only)', () => {
      expect(p?.images).toEqual([
        'https://img10.360buyimg.com/n1/g15/M03/10/04/rBEhWFJgo-cIAAAAAADy80n4AiEAAESTQEhee4AAPML382.jpg',
        'https://img10.360buyimg.com/n1/g15/M03/10/04/rBEhWlJgo-gIAAAAAADLtBdP27wAAESTQFJkpQAAMvM014.jpg',
        'https://img10.360buyimg.com/n1/g15/M03/10/04/rBEhWVJgo-kIAAAAAADnHjagARMAAESTQGf6tgAAOc2362.jpg',
        'https://img10.360buyimg.com/n1/g15/M03/10/04/rBEhWlJgo-kIAAAAAADLlhkiFqUAAESTQHPypUAAMuu284.jpg',
      ]);
      expect(p?.options).toBeUndefined();
    });
  });

  describe('tiles', () => {
    it.each([
      // .p-commit a "1.8万+", .p-shop a.curr-shop title/text
      ['jd/search/laser-printing-wayback-2018.html', 'http://search.jd.com/search?keyword=x', 0, { reviewCount: 18000, shop: '佳能打印机官方旗舰店' }],
      // span.curr-shop 京东自营 (the tile's own wording for a self-run listing)
      ['jd/search/books-eq-wayback-2017.html', 'http://search.jd.com/search?keyword=x', 0, { reviewCount: 8, shop: '京东自营' }],
      // .p-commit "5.8万+"; div.p-shop is an empty data holder, so no shop
      ['jd/search/sony-earphones-imf0206.html', 'https://search.jd.com/Search?keyword=x', 0, { reviewCount: 58000, shop: undefined }],
      // 第三方商家 stands in for a missing shop name
      ['jd/search/linear-algebra-wayback-2017.html', 'http://search.jd.com/search?keyword=x', 0, { reviewCount: 0, shop: undefined }],
      // .extra a "已有3277人评价" (2013), .evaluate a "已有4731人评价" (2014 list)
      ['jd/search/legacy-innovation-gbk-wayback-2013.html', 'http://search.jd.com/search?keyword=x', 0, { reviewCount: 3277 }],
      ['jd/other/list-notebooks-category.html', 'http://list.jd.com/list.html?cat=670,671,672', 0, { reviewCount: 4731 }],
    ] as const)('%s at %s: tile %i', (file, url, i, want) => {
      const result = read(file, url).results?.[i];
      for (const [field, value] of Object.entries(want)) expect(result?.[field as keyof typeof result], field).toEqual(value);
    });

    it.each([
      ['jd/search/keyword-123-yaohuiwu.html', 'https://search.jd.com/Search?keyword=123&enc=utf-8', 42000], // #J_resCount 4.2万
      ['jd/search/books-eq-wayback-2017.html', 'http://search.jd.com/search?keyword=x', 1700], // 1700+
      ['jd/search/legacy-innovation-gbk-wayback-2013.html', 'http://search.jd.com/search?keyword=x', 16081], // 共<strong>16081</strong>个商品
      ['jd/other/list-notebooks-category.html', 'http://list.jd.com/list.html?cat=670,671,672', 2874], // .total 共2874个商品
    ] as const)('%s at %s: total %i', (file, url, total) => {
      expect(read(file, url).totalResults).toBe(total);
    });
  });
});
