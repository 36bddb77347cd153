import { describe, expect, it } from 'vitest';
import type { TitleContext } from '../../../lib/analyses/title/score-title';
import { checkOf, expectFlagged, expectPass, spanTexts } from './rule-helpers';

const tb = (more: Partial<TitleContext> = {}): TitleContext => ({ marketplace: 'taobao', ...more });
const han = (n: number) => '纯棉短袖女夏季宽松百搭上衣学生韩版白色打底衫春秋长袖薄款外套'.repeat(2).slice(0, n);

describe('cn.length-bytes (Taobao 60, Chinese = 2)', () => {
  it('passes 30 Chinese characters (60 bytes) and fails 31, pointing at the 31st', () => {
    expectPass(checkOf(han(30), tb(), 'cn.length-bytes'));
    const text = han(31);
    const check = checkOf(text, tb(), 'cn.length-bytes');
    expect(check?.status).toBe('fail');
    expect(check?.spans).toEqual([{ start: 30, end: 31 }]);
    expect(check?.message.zh).toContain('62');
    expect(check?.message.en).toContain('62');
  });

  it('counts ASCII as 1: 28 Chinese characters plus "iPhone" is 62 bytes', () => {
    expect(checkOf(`iPhone${han(28)}`, tb(), 'cn.length-bytes')?.status).toBe('fail');
    expectPass(checkOf(`iPhone${han(27)}`, tb(), 'cn.length-bytes'));
  });

  it('Tmall warns between 61 and 128 bytes and fails above (conflicting sources)', () => {
    expect(checkOf(han(35), tb({ marketplace: 'tmall' }), 'cn.length-bytes')?.status).toBe('warn');
    expect(checkOf(han(30).repeat(3), tb({ marketplace: 'tmall' }), 'cn.length-bytes')?.status).toBe('fail');
    expectPass(checkOf(han(30), tb({ marketplace: 'tmall' }), 'cn.length-bytes'));
  });

  it('uses a replaced limit', () => {
    expectPass(checkOf(han(31), tb({ config: { limits: { taobaoTitleCnBytes: 64 } } }), 'cn.length-bytes'));
  });
});

describe('cn.absolute-terms (Advertising Law Art. 9; SAMR 2023 exemptions warn)', () => {
  it.each([
    ['最好的纯棉T恤女夏季', '最好', 'fail'],
    ['全网最低价连衣裙女', '全网最低价', 'fail'],
    ['销量第一保温杯大容量', '销量第一', 'fail'],
    ['国家级非遗手工茶具', '国家级', 'fail'],
    ['顶级羊绒围巾女冬季', '顶级', 'fail'],
    ['销量NO.1加湿器', 'NO.1', 'fail'],
    ['最 佳 防晒霜', '最 佳', 'fail'],
    ['本店最新款连衣裙', '最新', 'warn'],
    ['2023年天猫女装类目销量第一连衣裙', '销量第一', 'warn'],
    ['蜂蜜 最佳食用期18个月', '最佳食用期', 'warn'],
    ['高级灰毛呢大衣女', '高级', 'warn'],
  ])('%j → %j (%s)', (text, term, status) => expectFlagged(checkOf(text, tb(), 'cn.absolute-terms'), text, status as 'warn' | 'fail', term));

  it('warns, naming the exemption, when the term is part of the brand', () => {
    const text = '最生活毛巾纯棉洗脸家用';
    const check = checkOf(text, tb({ brand: '最生活' }), 'cn.absolute-terms');
    expectFlagged(check, text, 'warn', '最');
    expect(check?.message.zh).toContain('品牌');
    expect(check?.message.en).toContain('trademark');
  });

  it('warns when the term is part of the model given in the context', () => {
    const text = '荣耀X50 至尊版 5G手机';
    expectFlagged(checkOf(text, tb({ model: 'X50 至尊版' }), 'cn.absolute-terms'), text, 'warn', '至尊');
    expect(checkOf(text, tb(), 'cn.absolute-terms')?.status).toBe('fail');
  });

  it('removes only failing terms in the fix', () => {
    expect(checkOf('顶级羊绒围巾 高级灰', tb(), 'cn.absolute-terms')?.fix?.replacement).toBe('羊绒围巾 高级灰');
  });

  it.each(['纯棉短袖T恤女宽松', 'Apple/苹果 iPhone 11 4G全网通智能手机', '权力的游戏第一季DVD', '第一代无线耳机充电盒', '100%桑蚕丝被芯'])('%j passes', (text) =>
    expectPass(checkOf(text, tb(), 'cn.absolute-terms')),
  );
});

describe('taobao.keyword-abuse (滥用关键词)', () => {
  it.each([
    ['高仿手表男机械表', '高仿', 'fail'],
    ['1:1复刻运动鞋', '1:1', 'fail'],
    ['山寨耳机蓝牙', '山寨', 'fail'],
    ['精华液媲美大牌', '媲美', 'fail'],
    ['保温杯买一送一', '买一送一', 'fail'],
    ['口红平替哑光', '平替', 'warn'],
  ])('%j → %j (%s)', (text, term, status) => expectFlagged(checkOf(text, tb(), 'taobao.keyword-abuse'), text, status as 'warn' | 'fail', term));

  it.each(['1:1比例汽车模型合金', '情侣装同款短袖T恤', '纯棉四件套床上用品'])('%j passes', (text) => expectPass(checkOf(text, tb(), 'taobao.keyword-abuse')));
});

describe('taobao.other-brands', () => {
  it.each([
    ['回力帆布鞋男 耐克同款', '回力', '耐克', 'fail'],
    ['包包女 媲美LV 真皮', undefined, 'LV', 'fail'],
    ['XX运动鞋 阿迪达斯 跑步鞋', 'XX', '阿迪达斯', 'fail'],
    ['耐克 阿迪达斯 运动鞋清仓', undefined, '阿迪达斯', 'warn'],
  ])('%j (brand %j) → %j (%s)', (text, brand, term, status) =>
    expectFlagged(checkOf(text, tb(brand ? { brand } : {}), 'taobao.other-brands'), text, status as 'warn' | 'fail', term),
  );

  it.each([
    ['XX手机壳适用苹果iPhone15硅胶', 'XX'],
    ['XX快充线 华为通用 Type-C', 'XX'],
    ['耐克运动鞋男跑步鞋', undefined],
    ['Nike/耐克 运动鞋 Nike Air', 'Nike/耐克'],
    ['华为 P6 HUAWEI 手机', '华为（HUAWEI）'],
    ['东北黄小米 新米5斤', '五常'],
  ])('%j passes (brand %j)', (text, brand) => {
    const check = checkOf(text, tb(brand ? { brand } : {}), 'taobao.other-brands');
    // 小米 (millet) with a different own brand only warns: it is also a grain.
    if (text.includes('小米')) expect(check?.status).toBe('warn');
    else expectPass(check);
  });
});

describe('taobao.stuffing (堆砌)', () => {
  it('fails a word written three times', () => {
    const text = '连衣裙女夏连衣裙雪纺连衣裙';
    const check = checkOf(text, tb(), 'taobao.stuffing');
    expectFlagged(check, text, 'fail', '连衣裙');
    expect(spanTexts(check, text)).toEqual(['连衣裙', '连衣裙', '连衣裙']);
  });

  it("warns on the source's example and names only the longest repeat", () => {
    const text = '轮滑鞋成人溜冰鞋休闲鞋轮滑鞋';
    const check = checkOf(text, tb(), 'taobao.stuffing');
    expectFlagged(check, text, 'warn', '轮滑鞋');
    expect(spanTexts(check, text)).toEqual(['轮滑鞋', '轮滑鞋']);
  });

  it.each([
    ['回力男鞋帆布鞋男女鞋上海回力鞋经典情侣鞋运动鞋', '回力'],
    ['好孩子婴儿车 好孩子推车 好孩子童车', '好孩子'],
    ['韩范中学生衣服青少年衣服卡通短袖', undefined],
  ])('%j passes (brand %j)', (text, brand) => expectPass(checkOf(text, tb(brand ? { brand } : {}), 'taobao.stuffing')));
});

describe('taobao.spaces', () => {
  it.each([
    ['吊带 打底衫女', ' '],
    ['连衣裙\u3000夏季', '\u3000'],
    [' 连衣裙夏季', ' '],
  ])('%j warns and points at the space', (text, space) => {
    const check = checkOf(text, tb(), 'taobao.spaces');
    expect(check?.status).toBe('warn');
    expect(spanTexts(check, text)).toContain(space);
    expect(check?.fix?.replacement).toBe(text.replace(space, '').trim());
  });

  it.each(['iPhone 14 手机壳硅胶', 'Apple/苹果 iPad 9.7英寸', '纯棉T恤女'])('%j passes', (text) => expectPass(checkOf(text, tb(), 'taobao.spaces')));
});

describe('taobao.symbols', () => {
  it.each([
    ['伊嘉**女装衬衫', '**'],
    ['【包邮】女装衬衫', '【'],
    ['女装衬衫❤夏季', '❤'],
  ])('%j warns on %j', (text, term) => expectFlagged(checkOf(text, tb(), 'taobao.symbols'), text, 'warn', term));

  it('passes plain text', () => expectPass(checkOf('女装衬衫夏季 Q-9063', tb(), 'taobao.symbols')));
});

describe('taobao.stuffing: long copied runs', () => {
  it('reports a run longer than six characters once, whole', () => {
    const text = '纯棉短袖女夏季宽松 纯棉短袖女夏季宽上衣';
    const check = checkOf(text, tb(), 'taobao.stuffing');
    expect(spanTexts(check, text)).toEqual(['纯棉短袖女夏季宽', '纯棉短袖女夏季宽']);
  });
});
