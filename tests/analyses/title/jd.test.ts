import { describe, expect, it } from 'vitest';
import type { TitleContext } from '../../../lib/analyses/title/score-title';
import { checkOf, expectFlagged, expectPass } from './rule-helpers';

const jd = (brand?: string, field: 'title' | 'shortTitle' = 'title'): TitleContext => ({ marketplace: 'jd', field, ...(brand ? { brand } : {}) });

describe('jd.brand-first (JD 2022: the back-end brand leads the name)', () => {
  it.each([
    ['【限时特惠】华为 P6 电信3G手机', '华为（HUAWEI）', '华为'],
    ['P6-C00 华为电信3G手机', '华为（HUAWEI）', '华为'],
  ])('%j fails for brand %j', (text, brand, term) => expectFlagged(checkOf(text, jd(brand), 'jd.brand-first'), text, 'fail', term));

  it('fails, saying so, when the brand is missing altogether', () => {
    const check = checkOf('P6-C00 电信3G手机 白色', jd('华为（HUAWEI）'), 'jd.brand-first');
    expect(check?.status).toBe('fail');
    expect(check?.message.zh).toContain('华为（HUAWEI）');
    expect(check?.message.en).toContain('华为（HUAWEI）');
  });

  it.each([
    ['华为 P6-C00 电信3G手机（白色）', '华为（HUAWEI）'],
    ['HUAWEI P6 电信3G手机', '华为（HUAWEI）'],
    ['惠普（HP） Envy dv4-5315tx 14.0英寸笔记本', '惠普（HP）'],
    ['Apple/苹果 iPhone 11', 'Apple/苹果'],
  ])('%j passes for brand %j', (text, brand) => expectPass(checkOf(text, jd(brand), 'jd.brand-first')));

  it('is not checked without a brand', () => expect(checkOf('P6 手机', jd(), 'jd.brand-first')).toBeUndefined());
});

describe('jd.promo (no promotion or gift text)', () => {
  it.each([
    ['华为 P6 手机 全国包邮', '包邮', 'fail'],
    ['华为 P6 手机 限时秒杀', '限时', 'fail'],
    ['美的电饭煲 买一送一', '买一送一', 'fail'],
    ['华为 P6 手机 送贴膜', '送', 'warn'],
    ['华为 P6 手机 爆款', '爆款', 'warn'],
  ])('%j → %j (%s)', (text, term, status) => expectFlagged(checkOf(text, jd(), 'jd.promo'), text, status as 'warn' | 'fail', term));

  it.each(['施华洛世奇项链 送女友生日礼物', '华为 P6 手机 白色 双卡双待', '京东物流 次日配送 电饭煲'])('%j passes', (text) => expectPass(checkOf(text, jd(), 'jd.promo')));
});

describe('JD shares the Chinese rules', () => {
  it.each([
    ['cn.absolute-terms', '美的电饭煲 顶级 家用', '顶级'],
    ['jd.keyword-abuse', '高仿 机械表 男', '高仿'],
    ['jd.keyword-abuse', '九阳豆浆机 媲美大牌', '媲美'],
    ['jd.stuffing', '电饭煲家用电饭煲智能电饭煲', '电饭煲'],
  ])('%s fires on %j', (rule, text, term) => expectFlagged(checkOf(text, jd(), rule), text, 'fail', term));

  it('jd.other-brands fails another well-known brand', () => {
    const text = '九阳豆浆机 飞利浦 家用';
    expectFlagged(checkOf(text, jd('九阳（Joyoung）'), 'jd.other-brands'), text, 'fail', '飞利浦');
  });

  it('JD long title only warns above 60 Chinese characters (unverified limit)', () => {
    const text = '美的电饭煲家用智能预约多功能'.repeat(5);
    expect(checkOf(text, jd(), 'cn.length-bytes')?.status).toBe('warn');
    expectPass(checkOf('美的电饭煲家用智能预约多功能', jd(), 'cn.length-bytes'));
  });
});

describe('JD short title (14–30 cn-bytes, brand + product word + spec)', () => {
  const short = (brand?: string) => jd(brand, 'shortTitle');

  it.each([
    ['华为手机', 8],
    ['华为Mate60Pro 5G智能手机 雅川青', 31],
  ])('%j (%i bytes) fails the length', (text, bytes) => {
    const check = checkOf(text, short(), 'jd.short-title.length');
    expect(check?.status).toBe('fail');
    expect(check?.message.zh).toContain(String(bytes));
    expect(check?.message.en).toContain(String(bytes));
  });

  it.each(['华为Mate60Pro手机', 'xxx(品牌)挂式车载纸巾', '美的智能电饭煲4L'])('%j passes the length', (text) => expectPass(checkOf(text, short(), 'jd.short-title.length')));

  it.each([
    ['★华为手机★ 5G', '★', 'fail'],
    ['华为手机😀 5G版', '😀', 'fail'],
    ['华为,手机 5G版', ',', 'warn'],
  ])('%j → symbols %j (%s)', (text, term, status) => expectFlagged(checkOf(text, short(), 'jd.short-title.symbols'), text, status as 'warn' | 'fail', term));

  it.each(['华为 Mate60-Pro 手机', 'xxx(品牌)挂式车载纸巾'])('%j passes the symbols rule', (text) => expectPass(checkOf(text, short(), 'jd.short-title.symbols')));

  it('warns when the brand does not lead', () => {
    const text = '智能手机 华为Mate60';
    expectFlagged(checkOf(text, short('华为（HUAWEI）'), 'jd.short-title.brand'), text, 'warn', '华为');
    expectPass(checkOf('华为Mate60智能手机', short('华为（HUAWEI）'), 'jd.short-title.brand'));
  });

  it.each([
    ['华为手机 微信:abc12345', '微信:abc12345'],
    ['华为手机 QQ12345678', 'QQ12345678'],
    ['华为手机 13812345678', '13812345678'],
  ])('%j fails jd.contact', (text, term) => expectFlagged(checkOf(text, short(), 'jd.contact'), text, 'fail', term));

  it('passes jd.contact on a model number', () => expectPass(checkOf('索尼WH-1000XM5耳机', short(), 'jd.contact')));
});

describe('JD rules that do not fire on a compliant title', () => {
  const text = '华为（HUAWEI）Mate 60 Pro 12GB+512GB 雅川青 智能手机';
  it.each(['cn.length-bytes', 'jd.brand-first', 'cn.absolute-terms', 'jd.promo', 'jd.keyword-abuse', 'jd.other-brands', 'jd.stuffing'])('%s passes', (rule) =>
    expectPass(checkOf(text, jd('华为（HUAWEI）'), rule)),
  );
});
