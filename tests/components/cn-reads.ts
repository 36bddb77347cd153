import { PageReadSchema, type PageRead } from '../../lib/schema';

/**
 * Small Taobao / Tmall / JD reads for the panel tests, shaped like what the real pages
 * show (the Tmall iPhone 11 SKU range and 累计评价, a Taobao 淘宝价 over a struck 价格, JD's
 * 自营 shop and 京东验证 wall), parsed through the schema so no test starts from an
 * invalid read.
 */
const CNY = (amount: number) => ({ amount, currency: 'CNY' });
const READ_AT = '2026-11-26T08:00:00.000Z';

export function tmallProductRead(product: Partial<NonNullable<PageRead['product']>> = {}, overrides: Partial<PageRead> = {}): PageRead {
  return PageReadSchema.parse({
    version: 1,
    marketplace: 'tmall',
    pageKind: 'product',
    url: 'https://detail.tmall.com/item.htm?id=605258110430',
    locale: 'zh-CN',
    readAt: READ_AT,
    product: {
      id: '605258110430',
      title: '【官网价直降】Apple/苹果 iPhone 11 4G全网通智能手机',
      brand: 'Apple/苹果',
      price: CNY(5499),
      priceRange: { min: CNY(5499), max: CNY(6799) },
      reviewCount: 38287,
      salesVolume: { min: 10000, text: '月销 1万+' },
      couponPrice: CNY(5299),
      priceLabel: '价格',
      coupons: [
        { text: '满199减10', threshold: CNY(199), discount: CNY(10) },
        { text: '每满300减30', threshold: CNY(300), discount: CNY(30) },
        { text: '9折', percentOff: 10 },
        { text: '店铺券5元', discount: CNY(5) },
        { text: '会员专享' },
      ],
      shop: {
        name: '苏宁易购官方旗舰店',
        id: '68559944',
        url: 'https://suning.tmall.com/',
        scores: [
          { name: '描述', score: 4.8, max: 5, vsIndustry: '高于同行 12%' },
          { name: '服务', score: 4.7, max: 5 },
          { name: '物流', score: 4.9, max: 5, vsIndustry: '持平' },
        ],
      },
      options: [
        {
          name: '机身颜色',
          values: [
            { text: '黑色', selected: true },
            { text: '白色' },
            { text: '红色', available: false },
            { text: '黄色' },
            { text: '紫色' },
            { text: '绿色' },
            { text: '蓝色' },
            { text: '粉色' },
            { text: '银色' },
            { text: '金色' },
          ],
        },
        { name: '存储容量', values: [{ text: '64GB', selected: true }, { text: '128GB' }] },
      ],
      reviewTags: [
        { text: '质量很好', count: 128 },
        { text: '物流很快', count: 96 },
        { text: '屏幕有划痕', count: 3, negative: true },
      ],
      ...product,
    },
    reviews: [
      { id: 'r1', rating: 5, body: '手机很好用，物流也快。', author: 't***1', variant: '机身颜色:黑色;存储容量:64GB', photos: 3, followUp: '用了一个月，电池还不错。' },
      { id: 'r2', rating: 4, body: '还可以', author: 'a***b' },
    ],
    issues: [],
    ...overrides,
  });
}

export function taobaoProductRead(product: Partial<NonNullable<PageRead['product']>> = {}, overrides: Partial<PageRead> = {}): PageRead {
  return PageReadSchema.parse({
    version: 1,
    marketplace: 'taobao',
    pageKind: 'product',
    url: 'https://item.taobao.com/item.htm?id=538429031287',
    locale: 'zh-CN',
    readAt: READ_AT,
    product: {
      id: '538429031287',
      title: '伊嘉**2016秋季新款女装时尚木耳边纯色气质百搭长袖衬衫Q-9063',
      price: CNY(25),
      priceLabel: '淘宝价',
      listPrice: CNY(28),
      reviewCount: 45,
      shop: { name: '伊嘉米格', selfOperated: false },
      ...product,
    },
    issues: [],
    ...overrides,
  });
}

export function jdProductRead(product: Partial<NonNullable<PageRead['product']>> = {}, overrides: Partial<PageRead> = {}): PageRead {
  return PageReadSchema.parse({
    version: 1,
    marketplace: 'jd',
    pageKind: 'product',
    url: 'https://item.jd.com/917461.html',
    locale: 'zh-CN',
    readAt: READ_AT,
    product: {
      id: '917461',
      title: '华为 P6-C00 电信3G手机（白色） CDMA2000/GSM 双卡双待双通',
      price: CNY(1399),
      reviewCount: 10870,
      shop: {
        name: '京东自营',
        selfOperated: true,
        scores: [{ name: '商品评价', score: 9.6, max: 10 }, { name: '物流履约', score: 9.8, max: 10 }],
      },
      ...product,
    },
    issues: [],
    ...overrides,
  });
}

export function taobaoSearchRead(overrides: Partial<PageRead> = {}): PageRead {
  return PageReadSchema.parse({
    version: 1,
    marketplace: 'taobao',
    pageKind: 'search',
    url: 'https://s.taobao.com/search?q=%E5%9B%9E%E5%8A%9B%E7%94%B7%E9%9E%8B',
    locale: 'zh-CN',
    readAt: READ_AT,
    totalResults: 40503,
    results: [
      { position: 1, id: '528991075854', title: '回力 2016夏季新款真皮男士沙滩鞋', price: CNY(115), sponsored: true, shop: '回力官方旗舰店', salesVolume: { min: 1000, text: '1000+人付款' } },
      { position: 2, id: '2246625565', title: '正品上海回力鞋男鞋经典帆布鞋', price: CNY(59), sponsored: false, shop: '回力鞋业' },
      { position: 3, id: '521071527013', title: '回力男鞋帆布鞋', sponsored: false, salesVolume: { min: 200, text: '200+人收货' } },
    ],
    issues: [],
    ...overrides,
  });
}

export function blockedCnRead(marketplace: 'amazon' | 'taobao' | 'tmall' | 'jd', reason: 'captcha' | 'login' | 'risk-check'): PageRead {
  const url = {
    amazon: 'https://www.amazon.com/errors/validateCaptcha',
    taobao: 'https://item.taobao.com/_____tmd_____/punish?x5secdata=xx',
    tmall: 'https://detail.tmall.com/_____tmd_____/punish?x5secdata=xx',
    jd: 'https://cfe.m.jd.com/privatedomain/risk_handler/03101900/?returnurl=https%3A%2F%2Fitem.jd.com%2F917461.html',
  }[marketplace];
  return PageReadSchema.parse({
    version: 1,
    marketplace,
    pageKind: 'blocked',
    url,
    locale: marketplace === 'amazon' ? 'en-US' : 'zh-CN',
    readAt: READ_AT,
    blockedReason: reason,
    issues: [],
  });
}
