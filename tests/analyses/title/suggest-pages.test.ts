import { describe, expect, it } from 'vitest';
import { keywordCoverage } from '../../../lib/analyses/title/keywords';
import { suggestKeywords, type CompetitorTitle } from '../../../lib/analyses/title/suggest';
import { readPage } from '../../../lib/marketplaces/run-reader';
import { KeywordSuggestionSchema, type KeywordSuggestion, type Marketplace } from '../../../lib/schema';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../../support/shared-fixtures';

/**
 * Suggestions mined from real search pages (the saved pages in ../shared/fixtures). The
 * word lists below were made by reading the pages' titles, not from the output.
 */

if (!HAVE_SHARED_FIXTURES) console.warn(`[skip] suggestions on real search pages: ${SKIP_REASON}`);

function competitors(file: string): CompetitorTitle[] {
  const marketplace = file.split('/')[0]!;
  const key = answerKeys(marketplace).find((k) => k.file === file)!;
  const { document, close } = loadSavedPage(file, key.url!);
  try {
    return (readPage(document, key.url!).results ?? []).map(({ title, position }) => ({ title, position }));
  } finally {
    close();
  }
}

function mine(file: string, draft: string, marketplace: Marketplace, limit = 200) {
  const titles = competitors(file);
  const out = suggestKeywords(draft, titles, { marketplace, limit });
  return { titles, out, terms: out.map((s) => s.term) };
}

/** How many distinct titles match, counted independently of the miner. */
const titlesMatching = (titles: readonly CompetitorTitle[], re: RegExp) => new Set(titles.map((t) => t.title).filter((t) => re.test(t))).size;

function wellFormed(out: readonly KeywordSuggestion[]): void {
  for (const s of out) {
    KeywordSuggestionSchema.parse(s);
    expect(s.competitors).toBeGreaterThanOrEqual(2);
  }
  const scores = out.map((s) => s.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(new Set(out.map((s) => s.term)).size).toBe(out.length);
}

describe.skipIf(!HAVE_SHARED_FIXTURES)('suggestKeywords on real JD and Taobao search pages', () => {
  it('JD "123" (60 titles: pianos, books, cross-stitch, formula): whole words first, no fragment anywhere', () => {
    const { titles, out, terms } = mine('jd/search/keyword-123-yaohuiwu.html', '', 'jd');
    expect(titles).toHaveLength(60);
    wellFormed(out);
    const words = ['立式钢琴', '钢琴', '立式', '黑色', '白色', '德国', '十字绣', '新款', '客厅', '卧室', '婴儿', '全新', '高考', '全套', '教学', '家用', '年级', '全国版', '适用于', '奶粉', '进口', '原装进口', '成人', '小学', '高中'];
    for (const term of terms.slice(0, 10)) expect(words).toContain(term);
    expect(terms.slice(0, 2)).toEqual(expect.arrayContaining(['立式钢琴', '钢琴'])); // 11 and 15 of the 60 titles
    // Each of these straddles two words and recurs in 3–11 titles, so only the filters keep it out.
    const fragments = ['式钢', '式钢琴', '立式钢', '字绣', '版考点', '考点考', '点考题', '题考法', '进口婴', '口婴儿', '儿配方', '配方奶', '装进口', '段接近', '近母乳', '老人手', '人手机', '动联通', '爱他', '他美', '球购'];
    for (const f of fragments) {
      expect(titlesMatching(titles, new RegExp(f))).toBeGreaterThanOrEqual(3);
      expect(terms).not.toContain(f);
    }
    // Brands written 星海（XINGHAI）, Boland/博兰德, or opening every title they are in (JD is brand-first).
    for (const brand of ['卡罗德', 'Carod', '珠江钢琴', '珠江', '星海', 'XINGHAI', '志高', '大显', 'Daxian', '博兰德', 'Boland', '美素佳儿', '帕格雅']) {
      expect(terms.some((t) => t.includes(brand))).toBe(false);
    }
  });

  it('Taobao 回力 (36 keyword-salad titles): the top 20 are whole words, fragments and the brand are not', () => {
    const { titles, out, terms } = mine('taobao/search/huili-mens-shoes-imf0206.html', '', 'taobao');
    expect(titles).toHaveLength(36);
    wellFormed(out);
    const words = [
      '帆布鞋', '休闲鞋', '运动鞋', '板鞋', '低帮', '高帮', '经典', '经典款', '情侣', '情侣鞋', '情侣款', '男士', '男鞋', '女鞋', '透气', '夏季', '秋季', '春季',
      '休闲', '正品', '跑步鞋', '慢跑鞋', '运动', '潮鞋', '篮球鞋', '学生鞋', '学生', '布鞋', '小白鞋', '白色', '复古', '韩版', '系带', '球鞋', '帆布', '鞋子',
      '新款', '百搭', '潮流', '防滑', '懒人鞋', '单鞋', '田径鞋', '足球鞋', '网球鞋', '牛筋底', '大码',
      '男鞋女鞋', // two words, written together in 9 titles
    ];
    const top = terms.slice(0, 20);
    for (const term of top) expect(words).toContain(term);
    for (const f of ['鞋男', '鞋女', '鞋男鞋', '鞋女鞋', '力男', '力男鞋', '布鞋男', '男鞋女', '鞋休闲', '闲鞋', '动鞋', '动鞋男', '鞋情侣', '鞋帆布', '鞋男士', '鞋经典', '鞋夏季', '鞋学生', '生鞋', '步鞋', '侣鞋', '鞋低帮']) {
      expect(titlesMatching(titles, new RegExp(f))).toBeGreaterThanOrEqual(3);
      expect(top).not.toContain(f);
    }
    expect(terms.some((t) => t.includes('回力') || /warrior/i.test(t))).toBe(false);
  });

  it('Taobao iPad: the brand in both scripts is out, and units of quantities (9.7英寸) are not terms', () => {
    const { out, terms } = mine('taobao/search/ipad-py3webspider.html', 'iPad 2018款 9.7英寸', 'taobao');
    wellFormed(out);
    expect(terms.slice(0, 3)).toContain('平板电脑'); // in 29 of 36 titles
    expect(terms.some((t) => t.includes('苹果') || /apple/i.test(t))).toBe(false);
    expect(terms).not.toContain('英寸');
    expect(terms).not.toContain('iPad'); // in the draft
  });

  it('JD Sony earphones: 索尼（SONY） is a brand; model codes (MDR-EX15LP) give no terms', () => {
    const { out, terms } = mine('jd/search/sony-earphones-imf0206.html', '', 'jd');
    wellFormed(out);
    expect(terms[0]).toBe('耳机'); // 26 of 29 titles
    expect(terms.some((t) => t.includes('索尼') || /sony/i.test(t))).toBe(false);
    for (const code of ['MDR', 'AP', 'EX', 'LP', 'BT', 'XB']) expect(terms).not.toContain(code);
  });
});

describe.skipIf(!HAVE_SHARED_FIXTURES)('suggestKeywords on real Amazon search pages', () => {
  const STOP = new Set(['a', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'because', 'been', 'but', 'by', 'for', 'from', 'in', 'into', 'is', 'of', 'on', 'or', 'so', 'some', 'such', 'the', 'was', 'were', 'with', 'to']);

  it('US pillow (60 titles): no stop-word edges, nothing the draft has, counts match the titles', () => {
    const draft = 'Memory Foam Cervical Pillow for Neck Pain';
    const { titles, out, terms } = mine('amazon/search/us-pillow-fsa-wayback-2021.html', draft, 'amazon');
    expect(titles).toHaveLength(60);
    wellFormed(out);
    for (const term of terms) {
      const words = term.toLowerCase().split(/[\s-]+/);
      expect(STOP.has(words[0]!), term).toBe(false);
      expect(STOP.has(words.at(-1)!), term).toBe(false);
    }
    expect(keywordCoverage(draft, terms, { marketplace: 'amazon' }).filter((c) => c.present)).toEqual([]);
    expect(terms.slice(0, 5)).toEqual(expect.arrayContaining(['Back', 'Relief']));
    const byTerm = new Map(out.map((s) => [s.term, s]));
    for (const [term, re] of [
      ['Back', /\bbacks?\b/i],
      ['Relief', /\breliefs?\b/i],
      ['Side Sleepers', /\bside[\s-]+sleepers?\b/i],
      ['Knee Pillow', /\bknee[\s-]+pillows?\b/i],
    ] as const) {
      expect(byTerm.get(term)?.competitors, term).toBe(titlesMatching(titles, re));
    }
    for (const brand of ['kanjo', 'pure']) expect(terms.some((t) => t.toLowerCase().split(' ').includes(brand))).toBe(false);
  });

  it('US portable charger: brands and capacity codes are not suggested', () => {
    const { titles, out, terms } = mine('amazon/search/us-portable-charger-pricechecker.html', 'Portable Charger 10000mAh', 'amazon');
    wellFormed(out);
    for (const brand of ['anker', 'iniu', 'charmast', 'miady', 'iwalk']) {
      expect(terms.some((t) => t.toLowerCase().split(/\s+/).includes(brand))).toBe(false);
    }
    expect(terms.some((t) => /mah|\d/i.test(t))).toBe(false);
    expect(out.find((s) => s.term === 'Power Bank')?.competitors).toBe(titlesMatching(titles, /power bank/i));
    expect(terms).not.toContain('Portable Charger');
  });
});
