import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvLine, neutraliseCell, quoteCell, rowsForRead, toCsv } from '../../lib/cli/csv';
import type { ScoredRead } from '../../lib/cli/title-scores';
import type { PageRead, TitleScore } from '../../lib/schema';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['Plain title', 'Plain title'],
    ['35.99', '35.99'],
    ['a = b', 'a = b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });
});

describe('quoteCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ["it's", "it's"],
  ])('%j → %j', (input, expected) => {
    expect(quoteCell(input)).toBe(expected);
  });
});

describe('csvLine', () => {
  it('neutralises before quoting, so the apostrophe sits inside the quotes', () => {
    expect(csvLine(['=1+2,3', 'ok', undefined, 4.5, false])).toBe(`"'=1+2,3",ok,,4.5,false`);
  });
});

const base = {
  version: 1 as const,
  marketplace: 'amazon' as const,
  locale: 'en-US',
  readAt: '2026-11-26T00:00:00.000Z',
};

const productRead: PageRead = {
  ...base,
  pageKind: 'product',
  url: 'https://www.amazon.com/dp/B0DR8G428S',
  product: {
    id: 'B0DR8G428S',
    title: 'charmast 20000mAh Portable Charger, "Power Bank"',
    brand: 'charmast',
    price: { amount: 35.99, currency: 'USD' },
    listPrice: { amount: 45.99, currency: 'USD' },
    rating: 4.2,
    reviewCount: 226,
  },
  issues: [{ field: 'product.bullets', severity: 'missing-optional', message: 'no bullets' }],
};

const searchRead: PageRead = {
  ...base,
  pageKind: 'search',
  url: 'https://www.amazon.com/s?k=portable+charger',
  results: [
    { position: 1, id: 'B0FQVG4RWW', title: '=cmd|calc', price: { amount: 25.18, currency: 'USD' }, sponsored: true },
    { position: 2, id: 'B0DR8G428S', title: 'charmast, 20000mAh', rating: 4.2, reviewCount: 226, sponsored: false },
  ],
  issues: [],
};

describe('rowsForRead', () => {
  it('gives one row for a product page, with its money split into amount and currency', () => {
    expect(rowsForRead('p.html', productRead)).toEqual([{
      file: 'p.html', url: 'https://www.amazon.com/dp/B0DR8G428S', marketplace: 'amazon', pageKind: 'product',
      blockedReason: undefined, id: 'B0DR8G428S', title: 'charmast 20000mAh Portable Charger, "Power Bank"',
      brand: 'charmast', price: '35.99', currency: 'USD', listPrice: '45.99', rating: 4.2, reviewCount: 226,
      issues: 'product.bullets (missing-optional)',
    }]);
  });

  it('gives one row per search result, in page order', () => {
    const rows = rowsForRead('s.html', searchRead);
    expect(rows.map((r) => [r.position, r.id, r.sponsored, r.price, r.currency])).toEqual([
      [1, 'B0FQVG4RWW', true, '25.18', 'USD'],
      [2, 'B0DR8G428S', false, undefined, undefined],
    ]);
  });

  it('keeps a row for a page with neither product nor results (a captcha)', () => {
    const blocked: PageRead = { ...base, pageKind: 'blocked', blockedReason: 'captcha', url: 'https://www.amazon.com/dp/0001982389', issues: [] };
    expect(rowsForRead('c.html', blocked)).toEqual([expect.objectContaining({ file: 'c.html', pageKind: 'blocked', blockedReason: 'captcha' })]);
  });

  it('names the list price currency when only the list price was read', () => {
    const noPrice: PageRead = { ...productRead, product: { id: 'B0DR8G428S', listPrice: { amount: 45.99, currency: 'USD' } } };
    expect(rowsForRead('p.html', noPrice)[0]).toMatchObject({ currency: 'USD', listPrice: '45.99' });
    expect(rowsForRead('p.html', noPrice)[0]?.price).toBeUndefined();
  });
});

describe('rowsForRead on Taobao / Tmall / JD reads', () => {
  const CNY = (amount: number) => ({ amount, currency: 'CNY' });
  const tmall: PageRead = {
    ...base,
    marketplace: 'tmall',
    locale: 'zh-CN',
    pageKind: 'product',
    url: 'https://detail.tmall.com/item.htm?id=605258110430',
    product: {
      id: '605258110430',
      title: 'Apple/苹果 iPhone 11',
      price: CNY(5499),
      priceRange: { min: CNY(5499), max: CNY(6799) },
      couponPrice: CNY(5299),
      priceLabel: '到手价',
      reviewCount: 38287,
      salesVolume: { min: 10000, text: '月销 1万+' },
      shop: { name: '苏宁易购官方旗舰店', selfOperated: false },
      seller: 'ignored when the shop is known',
    },
    issues: [],
  };

  it('adds the coupon price, the price label, the sales text and the shop', () => {
    expect(rowsForRead('t.html', tmall)[0]).toMatchObject({
      price: '5499', currency: 'CNY', couponPrice: '5299', priceLabel: '到手价', reviewCount: 38287, salesVolume: '月销 1万+', shop: '苏宁易购官方旗舰店',
    });
  });

  it('takes the shop from the seller when the page names no shop (Amazon "Sold by")', () => {
    const amazon: PageRead = { ...productRead, product: { ...productRead.product!, seller: 'Charmast Direct' } };
    expect(rowsForRead('p.html', amazon)[0]?.shop).toBe('Charmast Direct');
  });

  it('names the coupon price currency when only the coupon price was read', () => {
    const onlyCoupon: PageRead = { ...tmall, product: { id: '1', couponPrice: CNY(99) } };
    expect(rowsForRead('t.html', onlyCoupon)[0]).toMatchObject({ currency: 'CNY', couponPrice: '99' });
  });

  it('gives search results their shop and sales text', () => {
    const search: PageRead = {
      ...base,
      marketplace: 'taobao',
      locale: 'zh-CN',
      pageKind: 'search',
      url: 'https://s.taobao.com/search?q=ipad',
      results: [
        { position: 1, id: '566741234264', title: '2018新款 Apple/苹果 9.7英寸iPad', price: CNY(2288), sponsored: false, shop: 'Apple Store 官方旗舰店', salesVolume: { min: 1000, text: '1000+人付款' } },
        { position: 2, id: '547137374482', title: 'Apple/苹果 iPad', sponsored: true },
      ],
      issues: [],
    };
    expect(rowsForRead('s.html', search).map((r) => [r.id, r.shop, r.salesVolume])).toEqual([
      ['566741234264', 'Apple Store 官方旗舰店', '1000+人付款'],
      ['547137374482', undefined, undefined],
    ]);
  });

  it('writes the new columns in CSV, Chinese text unchanged', () => {
    const lines = toCsv(rowsForRead('t.html', tmall)).split('\r\n');
    expect(lines[0]).toBe('file,url,marketplace,pageKind,blockedReason,id,title,brand,price,currency,listPrice,couponPrice,priceLabel,rating,reviewCount,salesVolume,shop,position,sponsored,issues,titleScore,titleChecks');
    expect(lines[1]).toBe('t.html,https://detail.tmall.com/item.htm?id=605258110430,tmall,product,,605258110430,Apple/苹果 iPhone 11,,5499,CNY,,5299,到手价,,38287,月销 1万+,苏宁易购官方旗舰店,,,,,');
  });
});

describe('toCsv', () => {
  it('writes a header and RFC 4180 rows with CRLF line ends', () => {
    const csv = toCsv(rowsForRead('s.html', searchRead));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(`s.html,https://www.amazon.com/s?k=portable+charger,amazon,search,,B0FQVG4RWW,'=cmd|calc,,25.18,USD,,,,,,,,1,true,,,`);
    expect(lines[2]).toBe('s.html,https://www.amazon.com/s?k=portable+charger,amazon,search,,B0DR8G428S,"charmast, 20000mAh",,,,,,,4.2,226,,,2,false,,,');
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });
});

describe('rowsForRead with title scores', () => {
  const score = (value: number, statuses: Array<['pass' | 'warn' | 'fail', string]>): TitleScore => ({
    marketplace: 'amazon',
    field: 'title',
    score: value,
    checks: statuses.map(([status, rule]) => ({ rule, status, message: { en: '', zh: '' }, weight: 1, earned: status === 'pass' ? 1 : 0 })),
    stats: { chars: 1, utf8Bytes: 1, cnBytes: 1, words: 1 },
  });
  it('puts each title’s score and the checks that did not pass (never the passes) in its row', () => {
    const read: ScoredRead = {
      ...searchRead,
      results: [
        { ...searchRead.results![0]!, titleScore: score(72, [['pass', 'amazon.length'], ['fail', 'amazon.special-chars'], ['warn', 'amazon.all-caps']]) },
        { ...searchRead.results![1]!, titleScore: score(100, [['pass', 'amazon.length']]) },
      ],
    };
    expect(rowsForRead('s.html', read).map((r) => [r.titleScore, r.titleChecks])).toEqual([
      [72, 'amazon.special-chars (fail); amazon.all-caps (warn)'],
      [100, ''],
    ]);
    const product: ScoredRead = { ...productRead, titleScore: score(40, [['fail', 'amazon.promo']]) };
    expect(toCsv(rowsForRead('p.html', product)).split('\r\n')[1]).toMatch(/,40,amazon\.promo \(fail\)$/);
  });
});
