import { describe, expect, it } from 'vitest';
import { keywordCoverage } from '../../../lib/analyses/title/keywords';
import type { Marketplace } from '../../../lib/schema';

/** The keyword's occurrences as the text they cover. */
function found(text: string, keyword: string, marketplace: Marketplace = 'amazon', keywords: string[] = [keyword]): string[] {
  const c = keywordCoverage(text, keywords, { marketplace }).find((k) => k.keyword === keyword)!;
  expect(c.present).toBe(c.spans.length > 0);
  return c.spans.map((s) => text.slice(s.start, s.end));
}

describe('keywordCoverage: English words and phrases', () => {
  it.each([
    // plural ↔ singular, both directions
    ['Stainless Steel Water Bottles, 2-Pack', 'water bottle', ['Water Bottles']],
    ['Insulated Water Bottle', 'bottles', ['Bottle']],
    ['Ultrean Digital Food Scale (Batteries Included)', 'battery', ['Batteries']],
    ['Chef Knife Set with Block', 'knives', ['Knife']],
    ['Wine Glasses, Set of 4', 'glass', ['Glasses']],
    // case, width and hyphens
    ['Anker Power Bank, Built-in USB-C Cable', 'usb c cable', ['USB-C Cable']],
    ['USB C Cable 6ft', 'USB-C', ['USB C']],
    ['ＵＳＢ－Ｃ 充电线', 'usb-c', ['ＵＳＢ－Ｃ']],
    ['MEMORY FOAM PILLOW', 'Memory Foam', ['MEMORY FOAM']],
    ["Women's T-Shirt", 'womens t shirt', ["Women's T-Shirt"]],
    // letters and digits split: iPhone15 = iphone 15
    ['iPhone15手机壳', 'iphone 15', ['iPhone15']],
    ['iPhone 15 Case', 'iphone15', ['iPhone 15']],
    ['Philips Juicer, Black (HR1832/01)', 'hr1832', ['HR1832']],
    // numbers: thousands commas and decimal points
    ['charmast 20,000mAh Portable Charger', '20000 mah', ['20,000mAh']],
    ['Philips Compact Juicer, 1.5 Litre, 500 Watt', '1.5 litre', ['1.5 Litre']],
    ['Sizes 16,18,20', '18', ['18']],
    // every occurrence, left to right
    ['Pillow Cover for Body Pillow', 'pillow', ['Pillow', 'Pillow']],
  ])('%j contains %j', (text, keyword, spans) => {
    expect(found(text, keyword)).toEqual(spans);
  });

  it.each([
    ['Bottleneck Opener', 'bottle'], // whole words only
    ['Magnifying Glas', 'glass'],
    ['Glass Jar', 'glas'],
    ['News Stand', 'new'],
    ['Bus Organizer', 'bu'],
    ['Sleeveless Vest Chiffon Tops', 'sleeve'],
    ['iPhone15手机壳', 'phone'],
    // a phrase does not cross a clause separator (, | / ( ) 【】)
    ['Knee Pillow, Blue', 'pillow blue'],
    ['Cable | Charger', 'cable charger'],
    ['Knee Pillow Blue', 'blue pillow'], // order matters
    ['Anything', ''],
    ['Anything', '!!!'],
  ])('%j does not contain %j', (text, keyword) => {
    expect(found(text, keyword)).toEqual([]);
  });

  it('keeps offsets into the input when it holds surrogate pairs', () => {
    const text = '😀 Desk Lamp';
    const [c] = keywordCoverage(text, ['lamp'], { marketplace: 'amazon' });
    expect(c!.spans).toEqual([{ start: text.indexOf('Lamp'), end: text.indexOf('Lamp') + 4 }]);
  });

  it('counts occurrences of one keyword without overlap, leftmost first', () => {
    expect(found('pack pack pack', 'pack pack')).toEqual(['pack pack']);
    expect(found('哈哈哈哈哈', '哈哈', 'taobao')).toEqual(['哈哈', '哈哈']);
  });

  it('answers one entry per keyword, in the order given, duplicates included', () => {
    const out = keywordCoverage('Desk Lamp', ['lamp', 'shade', 'Lamp'], { marketplace: 'amazon' });
    expect(out.map((c) => [c.keyword, c.present])).toEqual([['lamp', true], ['shade', false], ['Lamp', true]]);
  });
});

describe('keywordCoverage: Chinese whole terms', () => {
  it.each([
    // ICU splits 纯棉短袖T恤 into single characters; the terms still match whole.
    ['纯棉短袖T恤男', 'T恤', ['T恤']],
    ['纯棉短袖T恤男', '纯棉', ['纯棉']],
    ['纯棉短袖T恤男', '短袖', ['短袖']],
    ['纯棉短袖Ｔ恤男', 't恤', ['Ｔ恤']],
    ['运动鞋男篮球鞋', '篮球鞋', ['篮球鞋']],
    ['乒乓球拍卖完了', '拍卖', ['拍卖']],
    ['休闲白球鞋', '球鞋', ['球鞋']],
    ['南京市长江大桥', '长江大桥', ['长江大桥']],
    // mixed scripts, and a space between the parts of a keyword
    ['Apple/苹果 iPhone 15 手机壳 硅胶', 'iPhone15手机壳', ['iPhone 15 手机壳']],
    ['iPhone15手机壳', '手机壳', ['手机壳']],
    ['纯棉 短袖 T恤', '纯棉短袖', ['纯棉 短袖']],
  ])('%j contains %j', (text, keyword, spans) => {
    expect(found(text, keyword, 'taobao')).toEqual(spans);
  });

  it.each([
    // A keyword may not start or end inside a word the segmenter knows, where the match
    // would change the meaning:
    ['运动鞋男篮球鞋', '男篮'], // men's basketball team, across 男|篮球
    ['总和服务', '和服'], // kimono, across 总和|服务
    ['南京市长江大桥', '市长'], // mayor, across 南京市|长江
    ['乒乓球拍卖完了', '球拍'], // racket, across 乒乓球|拍卖
    ['休闲白球鞋', '白球'], // cue ball, across 白|球鞋
    ['时尚木耳边纯色衬衫', '耳边'], // by the ear, across 木耳|边
    ['连衣裙', '连衣'], // across 连|衣裙
    // 棉 alone is not 纯棉; a clause separator ends a term
    ['全棉短袖T恤', '纯棉'],
    ['棉麻衬衫', '纯棉'],
    ['纯棉，短袖', '纯棉短袖'],
  ])('%j does not contain %j', (text, keyword) => {
    expect(found(text, keyword, 'taobao')).toEqual([]);
  });

  it('lets the keyword list decide where the segmenter has no opinion: a keyword crossing another is not a word', () => {
    // ICU: 纯|棉|短|袖 (all open). 纯棉 and 短袖 tile the run; 棉短 would cut both.
    const out = keywordCoverage('纯棉短袖T恤', ['纯棉', '短袖', '棉短'], { marketplace: 'taobao' });
    expect(out.map((c) => [c.keyword, c.present])).toEqual([['纯棉', true], ['短袖', true], ['棉短', false]]);
  });

  it('keeps a keyword nested in a longer one (both are words of the title)', () => {
    const out = keywordCoverage('纯棉短袖T恤', ['T恤', '短袖T恤'], { marketplace: 'taobao' });
    expect(out.map((c) => c.present)).toEqual([true, true]);
  });

  it('gives the benefit of the doubt when nothing speaks against a match (the rule’s limit)', () => {
    // With no other keyword and no word the segmenter knows, 棉短 cannot be told from a word.
    expect(found('纯棉短袖', '棉短', 'taobao')).toEqual(['棉短']);
  });
});

describe('keywordCoverage on real titles (answer-key product titles)', () => {
  const blouse = '伊嘉**2016秋季新款女装时尚木耳边纯色气质百搭长袖衬衫Q-9063';
  const tshirt = '韩范中学生衣服青少年衣服卡通短袖圆领女子T恤衫包邮情侣装同款';
  const iphone = '【官网价直降】Apple/苹果 iPhone 11 4G全网通智能手机正品苏宁易购官方旗舰店苹果11';
  const esr = 'ESR 3 Pack for iPhone 16 Pro Max Screen Protector, Tempered Glass Film with Easy Installation Tool, 9H Hardness, Military-Grade Shatterproof, HD Clear, Scratch Resistant';
  const palarn = 'Palarn Women Tops, Sexy O-Neck Flora Printed Sleeveless Vest Chiffon Tops T-Shirt Blouse';

  it.each([
    [blouse, 'taobao', ['秋季新款', '女装', '木耳边', '纯色', '长袖衬衫', '衬衫'], ['雪纺', '耳边']],
    [tshirt, 'taobao', ['T恤', '中学生', '短袖', '圆领', '情侣装', '包邮'], ['T恤男']],
    [iphone, 'tmall', ['iPhone 11', 'iphone11', '苹果11', '4G', '全网通', '智能手机', 'Apple'], ['iPhone 12']],
    [esr, 'amazon', ['screen protectors', 'iphone 16 pro max', 'tempered glass', 'military grade', 'hd clear', '3-pack'], ['glass screen protector', 'iphone 15']],
    [palarn, 'amazon', ['t shirt', "women's", 'o neck', 'sleeveless'], ['sleeve', 'v neck']],
  ] as const)('%j', (text, marketplace, present, absent) => {
    const out = keywordCoverage(text, [...present, ...absent], { marketplace });
    expect(out.filter((c) => c.present).map((c) => c.keyword)).toEqual(present);
  });
});

describe('keywordCoverage: front-loaded', () => {
  it.each([
    // Amazon: the occurrence must END within the first 80 characters.
    [`${'a'.repeat(75)} lamp`, true], // lamp ends at 80
    [`${'a'.repeat(76)} lamp`, false], // ends at 81
    [`${'😀'.repeat(70)} lamp`, true], // code points, not UTF-16 units: ends at 75
  ])('amazon %#', (text, front) => {
    expect(keywordCoverage(text, ['lamp'], { marketplace: 'amazon' })[0]!.frontLoaded).toBe(front);
  });

  it('Amazon: the first occurrence counts', () => {
    const text = `Lamp ${'a'.repeat(90)} lamp`;
    expect(keywordCoverage(text, ['lamp'], { marketplace: 'amazon' })[0]!.frontLoaded).toBe(true);
    const late = `${'a'.repeat(90)} lamp lamp`;
    expect(keywordCoverage(late, ['lamp'], { marketplace: 'amazon' })[0]!.frontLoaded).toBe(false);
  });

  it.each([
    // 伊嘉 4 + ** 2 + 2016 4 + 秋季 4 + 新款 4 = 18 bytes ≤ 20; 女装 ends at 22.
    ['伊嘉**2016秋季新款女装时尚', '秋季新款', true],
    ['伊嘉**2016秋季新款女装时尚', '女装', false],
    ['abcdefghijklm 帆布鞋', '帆布鞋', true], // 13 + 1 + 6 = 20
    ['abcdefghijklmn 帆布鞋', '帆布鞋', false], // 21
  ] as const)('taobao %j %j', (text, keyword, front) => {
    for (const marketplace of ['taobao', 'tmall', 'jd'] as const) {
      expect(keywordCoverage(text, [keyword], { marketplace })[0]!.frontLoaded).toBe(front);
    }
  });

  it('is false for a missing keyword', () => {
    expect(keywordCoverage('Desk Lamp', ['shade'], { marketplace: 'amazon' })[0]!.frontLoaded).toBe(false);
  });
});

describe('keywordCoverage: stuffed', () => {
  it.each([
    ['Pillow Cover for Body Pillow', 'pillow', 'amazon', false], // twice is allowed
    ['Pillow Pillow Cover for Body Pillows', 'pillow', 'amazon', true], // 3 > 2, plurals count
    ['USB-C Cable, USB C Charger, usb-c hub', 'usb c', 'amazon', true],
    // Taobao/JD: any repeat (domain-rules §1.5's own example)
    ['轮滑鞋成人溜冰鞋休闲鞋轮滑鞋', '轮滑鞋', 'taobao', true],
    ['轮滑鞋成人溜冰鞋休闲鞋轮滑鞋', '休闲鞋', 'taobao', false],
    ['莫代尔Y字长吊带 打底吊带衫背心女修身包臀背心裙 中长款 白色', '背心', 'taobao', true],
    ['莫代尔Y字长吊带 打底吊带衫背心女修身包臀背心裙 中长款 白色', '打底', 'taobao', false],
    ['索尼（SONY）耳机 再现索尼经典', '索尼', 'jd', true],
  ] as const)('%j %j on %s', (text, keyword, marketplace, stuffed) => {
    const [c] = keywordCoverage(text, [keyword], { marketplace });
    expect(c!.stuffed).toBe(stuffed);
  });

  it('exempts the brand from the Amazon repeat rule (§7.2), not from the Chinese one', () => {
    const amazon = 'Anker Charger, Anker Cable, Anker Power Bank';
    expect(keywordCoverage(amazon, ['anker'], { marketplace: 'amazon' })[0]!.stuffed).toBe(true);
    expect(keywordCoverage(amazon, ['anker'], { marketplace: 'amazon', brand: 'Anker' })[0]!.stuffed).toBe(false);
    expect(keywordCoverage('索尼（SONY）耳机 再现索尼经典', ['索尼'], { marketplace: 'jd', brand: '索尼' })[0]!.stuffed).toBe(true);
  });
});
