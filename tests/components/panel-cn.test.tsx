// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Marketplace, PageRead } from '../../lib/schema';
import { productRead } from '../db/fixtures/sample-reads';
import { blockedCnRead, jdProductRead, taobaoProductRead, taobaoSearchRead, tmallProductRead } from './cn-reads';
import { fieldValues, i18nFor, panelOf, renderPanel } from './render';

/** Intl puts no-break spaces in some prices; compare with plain spaces. */
const plain = (s: string | null | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ').trim();
const texts = (root: ParentNode, selector: string) => Array.from(root.querySelectorAll(selector), (el) => plain(el.textContent));
const CNY = (amount: number) => ({ amount, currency: 'CNY' });
const zh = i18nFor('zh_CN');

describe('Panel: a Tmall product with every new field', () => {
  it('exposes each field with its raw value', () => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead() }, zh);
    expect(fieldValues(root)).toEqual({
      marketplace: 'tmall',
      title: '【官网价直降】Apple/苹果 iPhone 11 4G全网通智能手机',
      price: '5499 CNY',
      priceRange: '5499-6799 CNY',
      priceLabel: '价格',
      couponPrice: '5299 CNY',
      coupons: '5',
      reviewCount: '38287',
      salesVolume: '月销 1万+',
      id: '605258110430',
      shop: '苏宁易购官方旗舰店',
      shopScores: '3',
      options: '2',
      reviewTags: '3',
      reviews: '2',
    });
  });

  it('shows a SKU range as the price, never its minimum alone', () => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead() }, zh);
    const row = root.querySelector('[data-field="price"]')!;
    expect(row.querySelector('dt')?.textContent).toBe('价格');
    expect(texts(row, 'strong.price')).toEqual(['¥5,499.00 – ¥6,799.00']);
    expect(plain(row.querySelector('dd')?.textContent)).toBe('¥5,499.00 – ¥6,799.00 价格');
    // No second row repeating the range, and no "not found" for a price that was read.
    expect(root.querySelectorAll('[data-field="priceRange"]')).toHaveLength(1);
    expect(root.querySelector('[data-missing-field]')).toBeNull();
  });

  it('shows the price and the range on separate rows when the price is not the range minimum', () => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead({ price: CNY(5999), priceLabel: undefined }) }, zh);
    expect(texts(root, '[data-field="price"] strong.price')).toEqual(['¥5,999.00']);
    const rangeRow = root.querySelector('[data-field="priceRange"]')!.closest('.field')!;
    expect(rangeRow.querySelector('dt')?.textContent).toBe('价格区间');
    expect(plain(rangeRow.querySelector('dd')?.textContent)).toBe('¥5,499.00 – ¥6,799.00');
  });

  it('shows a range without a price as the price row, not as a missing price', () => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead({ price: undefined }) }, i18nFor('en'));
    expect(root.querySelector('[data-field="price"]')).toBeNull();
    expect(root.querySelector('[data-missing-field="price"]')).toBeNull();
    const row = root.querySelector('[data-field="priceRange"]')!.closest('.field')!;
    expect(row.querySelector('dt')?.textContent).toBe('Price');
    expect(plain(row.querySelector('dd')?.textContent)).toBe('CN¥5,499.00 – CN¥6,799.00 价格');
  });

  it.each([
    ['en', 'After coupon', 'CN¥5,299.00'],
    ['zh_CN', '券后价', '¥5,299.00'],
  ] as const)('shows the after-coupon price (%s)', (folder, label, shown) => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead() }, i18nFor(folder));
    const row = root.querySelector('[data-field="couponPrice"]')!;
    expect([row.querySelector('dt')?.textContent, plain(row.querySelector('dd')?.textContent)]).toEqual([label, shown]);
  });

  it.each<['en' | 'zh_CN', number, string, string | undefined]>([
    ['en', 0, '满199减10', 'spend CN¥199.00, get CN¥10.00 off'],
    ['en', 1, '每满300减30', 'spend CN¥300.00, get CN¥30.00 off'],
    ['en', 2, '9折', '10% off'],
    ['en', 3, '店铺券5元', 'CN¥5.00 off'],
    ['en', 4, '会员专享', undefined],
    ['zh_CN', 0, '满199减10', '满 ¥199.00 减 ¥10.00'],
    ['zh_CN', 2, '9折', '优惠 10%'],
    ['zh_CN', 3, '店铺券5元', '立减 ¥5.00'],
  ])('coupon (%s) #%d: the page text %s and what was parsed from it', (folder, index, text, terms) => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead() }, i18nFor(folder));
    const coupon = root.querySelectorAll('[data-field="coupons"] .coupon')[index]!;
    expect(coupon.querySelector('.tag-coupon')?.textContent).toBe(text);
    expect(plain(coupon.querySelector('.terms')?.textContent)).toBe(terms);
  });

  it('shows a threshold with a percentage off', () => {
    const read = tmallProductRead({ coupons: [{ text: '满2件9折', threshold: CNY(100), percentOff: 10 }] });
    const root = renderPanel({ kind: 'read', read }, zh);
    expect(texts(root, '.coupon .terms')).toEqual(['满 ¥100.00 享 10% 优惠']);
  });

  it.each([
    ['月销 1万+'],
    ['已售 10万+'],
    ['2K+ bought in past month'],
  ])('shows sales volume as the page words it: %s', (text) => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead({ salesVolume: { min: 10000, text } }) }, zh);
    const row = root.querySelector('[data-field="salesVolume"]')!;
    expect([row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]).toEqual(['销量', text]);
    expect(row.textContent).not.toMatch(/10,?000/);
  });

  it('shows the shop with its scores as the page gives them', () => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead() }, zh);
    const shop = root.querySelector('[data-field="shop"]')!;
    expect(shop.querySelector('h3')?.textContent).toBe('店铺');
    expect(shop.querySelector('a')?.getAttribute('href')).toBe('https://suning.tmall.com/');
    expect(shop.querySelector('a')?.textContent).toBe('苏宁易购官方旗舰店');
    expect(shop.querySelector('[data-field="selfOperated"]')).toBeNull();
    expect(texts(shop, '.score')).toEqual(['描述 4.8/5 高于同行 12%', '服务 4.7/5', '物流 4.9/5 持平']);
  });

  it('shows the SKU options compactly: count, selection, sold-out options, and how many more', () => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead() }, i18nFor('en'));
    const groups = Array.from(root.querySelectorAll('[data-option-group]'));
    expect(groups.map((g) => [g.getAttribute('data-option-group'), g.getAttribute('data-option-count'), plain(g.querySelector('dt')?.textContent)])).toEqual([
      ['机身颜色', '10', '机身颜色 (10)'],
      ['存储容量', '2', '存储容量 (2)'],
    ]);
    const colours = groups[0]!;
    expect(texts(colours, '.chip')).toEqual(['黑色', '白色', '红色', '黄色', '紫色', '绿色', '蓝色', '粉色', '+2 more']);
    expect(texts(colours, '[aria-current="true"]')).toEqual(['黑色']);
    const soldOut = colours.querySelector('.chip-unavailable')!;
    expect([soldOut.textContent, soldOut.getAttribute('title')]).toEqual(['红色', 'Out of stock']);
    expect(texts(groups[1]!, '.chip')).toEqual(['64GB', '128GB']);
  });

  it('says how many more options there are in Chinese too', () => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead() }, zh);
    expect(root.querySelector('.chip-more')?.textContent).toBe('另有 2 项');
    expect(root.querySelector('.options h3')?.textContent).toBe('规格选项');
  });

  it('shows review tags with counts, critical ones marked', () => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead() }, zh);
    const tags = root.querySelector('[data-field="reviewTags"]')!;
    expect(tags.querySelector('h3')?.textContent).toBe('评价标签');
    expect(texts(tags, '.chip')).toEqual(['质量很好 128', '物流很快 96', '屏幕有划痕 3']);
    expect(texts(tags, '[data-negative="true"]')).toEqual(['屏幕有划痕 3']);
  });

  it.each([
    ['en', '3 photos or videos', 'Follow-up: 用了一个月，电池还不错。'],
    ['zh_CN', '晒图/视频 3 个', '追评： 用了一个月，电池还不错。'],
  ] as const)('shows a review’s photo count and its follow-up (%s)', (folder, photos, followUp) => {
    const root = renderPanel({ kind: 'read', read: tmallProductRead() }, i18nFor(folder));
    const [first, second] = Array.from(root.querySelectorAll('.review'));
    expect(plain(first!.querySelector('.review-photos')?.textContent)).toBe(photos);
    expect(plain(first!.querySelector('.review-follow-up')?.textContent)).toBe(followUp);
    expect(second!.querySelector('.review-photos, .review-follow-up')).toBeNull();
  });
});

describe('Panel: Taobao and JD products', () => {
  it('shows a Taobao price with its label and the struck list price', () => {
    const root = renderPanel({ kind: 'read', read: taobaoProductRead() }, zh);
    expect(fieldValues(root)).toMatchObject({ marketplace: 'taobao', price: '25 CNY', priceLabel: '淘宝价', listPrice: '28 CNY', reviewCount: '45', shop: '伊嘉米格' });
    expect(plain(root.querySelector('[data-field="price"] dd')?.textContent)).toBe('¥25.00 淘宝价');
    expect(plain(root.querySelector('[data-field="listPrice"] s')?.textContent)).toBe('¥28.00');
    expect(root.querySelector('[data-field="shop"] a')).toBeNull();
  });

  it.each([
    ['en', 'Self-operated'],
    ['zh_CN', '自营'],
  ] as const)('marks a JD self-operated shop (%s) and shows its 10-point scores', (folder, badge) => {
    const root = renderPanel({ kind: 'read', read: jdProductRead() }, i18nFor(folder));
    const shop = root.querySelector('[data-field="shop"]')!;
    expect(shop.getAttribute('data-value')).toBe('京东自营');
    expect(shop.querySelector('[data-field="selfOperated"]')?.textContent).toBe(badge);
    expect(texts(shop, '.score')).toEqual(['商品评价 9.6/10', '物流履约 9.8/10']);
  });

  it.each<[string, PageRead, string[]]>([
    // Taobao/Tmall show no star average and no bullet points: neither is "not found".
    ['Taobao', taobaoProductRead({ price: undefined, rating: undefined, reviewCount: undefined }), ['price', 'reviewCount']],
    ['Tmall', tmallProductRead({ price: undefined, priceRange: undefined, reviewCount: undefined }), ['price', 'reviewCount']],
    ['JD', jdProductRead({ price: undefined }), ['price']],
    ['Amazon', productRead({}, { price: undefined, rating: undefined, bullets: undefined }), ['price', 'rating', 'bullets']],
  ])('a %s product page shows as not found only the fields that marketplace has', (_name, read, missing) => {
    const root = renderPanel({ kind: 'read', read });
    expect(Array.from(root.querySelectorAll('[data-missing-field]'), (el) => el.getAttribute('data-missing-field'))).toEqual(missing);
  });

  it.each<[Marketplace, string[]]>([
    ['taobao', ['title', 'price', 'reviewCount']],
    ['jd', ['title', 'price', 'reviewCount']],
    ['amazon', ['title', 'price', 'rating', 'reviewCount']],
  ])('a %s product page with no product at all lists that marketplace’s core fields as missing', (marketplace, missing) => {
    const read = { ...taobaoProductRead(), marketplace, product: undefined };
    const root = renderPanel({ kind: 'read', read });
    expect(Array.from(root.querySelectorAll('[data-missing-field]'), (el) => el.getAttribute('data-missing-field'))).toEqual(missing);
  });
});

describe('Panel: Taobao search results', () => {
  it('shows each result’s shop and sales text as on the tile', () => {
    const root = renderPanel({ kind: 'read', read: taobaoSearchRead() }, zh);
    expect(fieldValues(root)).toMatchObject({ marketplace: 'taobao', results: '3', totalResults: '40503' });
    const items = Array.from(root.querySelectorAll('[data-result-id]'));
    expect(items.map((i) => [texts(i, '.shop-name')[0], texts(i, '.sales')[0]])).toEqual([
      ['回力官方旗舰店', '1000+人付款'],
      ['回力鞋业', undefined],
      [undefined, '200+人收货'],
    ]);
    expect(texts(items[0]!, '.price')).toEqual(['¥115.00']);
    expect(items[0]!.textContent).toContain('广告');
  });
});

describe('Panel: marketplace badge', () => {
  it.each<[Marketplace, string, string]>([
    ['amazon', 'Amazon', '亚马逊'],
    ['taobao', 'Taobao', '淘宝'],
    ['tmall', 'Tmall', '天猫'],
    ['jd', 'JD', '京东'],
  ])('%s: %s / %s', (marketplace, en, zhName) => {
    const read = { ...taobaoProductRead(), marketplace };
    for (const [i18n, name] of [[i18nFor('en'), en], [zh, zhName]] as const) {
      const badge = renderPanel({ kind: 'read', read }, i18n).querySelector('[data-field="marketplace"]')!;
      expect([badge.getAttribute('data-value'), badge.textContent, badge.classList.contains(`badge-${marketplace}`)]).toEqual([marketplace, name, true]);
    }
  });
});

describe('Panel: blocked, per marketplace and reason', () => {
  it.each<[Marketplace, 'captcha' | 'login' | 'risk-check', 'en' | 'zh_CN', string]>([
    ['amazon', 'captcha', 'en', 'Amazon is asking for a captcha in this tab — solve it, then the page is read again.'],
    ['amazon', 'login', 'en', 'Amazon is asking for a login in this tab — sign in, then the page is read again.'],
    ['amazon', 'risk-check', 'en', 'Amazon is running a security check in this tab — complete it, then the page is read again.'],
    ['taobao', 'captcha', 'en', 'Taobao wants a slider check (滑块验证). Slide the verification bar in this tab, then the page is read again.'],
    ['taobao', 'login', 'en', 'Log in to Taobao in this tab, then reload the page.'],
    ['taobao', 'risk-check', 'en', 'Taobao is running a security check in this tab — complete it, then the page is read again.'],
    ['tmall', 'captcha', 'en', 'Tmall wants a slider check (滑块验证). Slide the verification bar in this tab, then the page is read again.'],
    ['tmall', 'login', 'en', 'Log in to Tmall in this tab, then reload the page.'],
    ['tmall', 'risk-check', 'en', 'Tmall is running a security check in this tab — complete it, then the page is read again.'],
    ['jd', 'captcha', 'en', 'JD is asking for a captcha in this tab — solve it, then the page is read again.'],
    ['jd', 'login', 'en', 'Log in to JD in this tab, then reload the page.'],
    ['jd', 'risk-check', 'en', 'JD wants you to verify in this tab (快速验证). Complete it, then the page is read again.'],
    ['amazon', 'captcha', 'zh_CN', '亚马逊正在此标签页要求输入验证码——完成验证后，页面会重新读取。'],
    ['amazon', 'login', 'zh_CN', '亚马逊正在此标签页要求登录——登录后，页面会重新读取。'],
    ['amazon', 'risk-check', 'zh_CN', '亚马逊正在此标签页进行安全验证——完成验证后，页面会重新读取。'],
    ['taobao', 'captcha', 'zh_CN', '淘宝要求滑块验证：在此标签页拖动滑块完成验证后，页面会重新读取。'],
    ['taobao', 'login', 'zh_CN', '在此标签页登录淘宝后刷新页面。'],
    ['taobao', 'risk-check', 'zh_CN', '淘宝正在此标签页进行安全验证——完成验证后，页面会重新读取。'],
    ['tmall', 'captcha', 'zh_CN', '天猫要求滑块验证：在此标签页拖动滑块完成验证后，页面会重新读取。'],
    ['tmall', 'login', 'zh_CN', '在此标签页登录天猫后刷新页面。'],
    ['tmall', 'risk-check', 'zh_CN', '天猫正在此标签页进行安全验证——完成验证后，页面会重新读取。'],
    ['jd', 'captcha', 'zh_CN', '京东正在此标签页要求输入验证码——完成验证后，页面会重新读取。'],
    ['jd', 'login', 'zh_CN', '在此标签页登录京东后刷新页面。'],
    ['jd', 'risk-check', 'zh_CN', '京东要求在此标签页进行快速验证，完成后页面会重新读取。'],
  ])('%s %s (%s)', (marketplace, reason, folder, message) => {
    const root = renderPanel({ kind: 'blocked', read: blockedCnRead(marketplace, reason) }, i18nFor(folder));
    expect(panelOf(root).getAttribute('data-state')).toBe('blocked');
    const el = root.querySelector('[data-testid="blocked-reason"]')!;
    expect(el.getAttribute('data-value')).toBe(reason);
    expect(el.querySelector('p')?.textContent).toBe(message);
    expect(el.querySelector('h2')?.textContent).toBe(folder === 'en' ? 'Page blocked' : '页面被拦截');
  });
});

describe('Panel: page text on the new fields is text', () => {
  const evil = '<img src=x onerror=alert(1)>';
  it.each<[string, PageRead]>([
    ['shop name', tmallProductRead({ shop: { name: evil, scores: [{ name: evil, score: 4.8, vsIndustry: evil }] } })],
    ['coupon', tmallProductRead({ coupons: [{ text: evil }] })],
    ['price label', tmallProductRead({ priceLabel: evil })],
    ['sales text', tmallProductRead({ salesVolume: { min: 1, text: evil } })],
    ['option', tmallProductRead({ options: [{ name: evil, values: [{ text: evil }] }] })],
    ['review tag', tmallProductRead({ reviewTags: [{ text: evil, count: 1 }] })],
    ['follow-up', tmallProductRead({}, { reviews: [{ body: 'ok', followUp: evil }] })],
    ['result shop and sales', taobaoSearchRead({ results: [{ position: 1, id: '1', title: 't', sponsored: false, shop: evil, salesVolume: { min: 1, text: evil } }] })],
  ])('a %s with markup renders as text', (_name, read) => {
    const root = renderPanel({ kind: 'read', read });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(root.textContent).toContain(evil);
  });

  it.each([
    ['javascript:alert(1)', null],
    ['https://shop103340528.taobao.com/', 'https://shop103340528.taobao.com/'],
  ])('a shop URL %s is linked only when http(s)', (url, href) => {
    const root = renderPanel({ kind: 'read', read: taobaoProductRead({ shop: { name: '店', url } }) });
    expect(root.querySelector('[data-field="shop"] a')?.getAttribute('href') ?? null).toBe(href);
  });
});
