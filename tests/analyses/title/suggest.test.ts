import { describe, expect, it } from 'vitest';
import { MAX_COMPETITORS, suggestKeywords, type CompetitorTitle } from '../../../lib/analyses/title/suggest';
import { KeywordSuggestionSchema, type Marketplace } from '../../../lib/schema';

/**
 * Small title sets with the ranking worked out by hand from the formula in suggest.ts:
 * score = (1 − 1/df) × Σ 1/log₂(position + 1). Weights: w(1) = 1, w(2) = 0.6309298,
 * w(3) = 0.5, w(4) = 0.4306766, w(5) = 0.3868528, no position → w(10) = 0.2890648.
 */

const at = (titles: string[], positions: (number | undefined)[] = titles.map((_, i) => i + 1)): CompetitorTitle[] =>
  titles.map((title, i) => (positions[i] === undefined ? { title } : { title, position: positions[i] }));

const run = (draft: string, competitors: CompetitorTitle[], marketplace: Marketplace, more: object = {}) => {
  const out = suggestKeywords(draft, competitors, { marketplace, ...more });
  for (const s of out) KeywordSuggestionSchema.parse(s);
  return out;
};

const PILLOWS = at([
  'Memory Foam Pillow for Neck Pain',
  'Cervical Pillow, Memory Foam, Side Sleeper',
  'Knee Pillow for Side Sleepers',
  'Contour Memory Foam Knee Pillow',
]);

describe('suggestKeywords: English n-grams', () => {
  it('ranks recurring phrases by document frequency and position', () => {
    // memory foam: titles 1, 2, 4 → (2/3)(1 + 0.6309 + 0.4307) = 1.3744.
    // side sleeper(s): 2, 3 → ½(0.6309 + 0.5) = 0.5655; knee pillow: 3, 4 → ½(0.5 + 0.4307) = 0.4653.
    // "memory", "foam", "side", "sleeper", "knee" never occur outside those phrases; "pillow"
    // is in the draft; everything else is in one title only.
    expect(run('Bed Pillow', PILLOWS, 'amazon')).toEqual([
      { term: 'Memory Foam', score: 1.3744, competitors: 3, bestPosition: 1 },
      { term: 'Side Sleeper', score: 0.5655, competitors: 2, bestPosition: 2 },
      { term: 'Knee Pillow', score: 0.4653, competitors: 2, bestPosition: 3 },
    ]);
  });

  it('counts titles without a position as position 10 and breaks ties by the term', () => {
    const unpositioned = PILLOWS.map(({ title }) => ({ title }));
    // memory foam: (2/3)·3·0.2890648 = 0.5781; the two others ½·2·0.2890648 = 0.2891 each.
    expect(run('Bed Pillow', unpositioned, 'amazon')).toEqual([
      { term: 'Memory Foam', score: 0.5781, competitors: 3 },
      { term: 'Knee Pillow', score: 0.2891, competitors: 2 },
      { term: 'Side Sleeper', score: 0.2891, competitors: 2 },
    ]);
  });

  it('treats a position that is not a 1-based rank as unknown', () => {
    const odd = PILLOWS.map(({ title }, i) => ({ title, position: [0, 2.5, -1, Number.NaN][i] }));
    expect(run('Bed Pillow', odd, 'amazon')).toEqual(run('Bed Pillow', PILLOWS.map(({ title }) => ({ title })), 'amazon'));
  });

  it('reads at most MAX_COMPETITORS distinct titles', () => {
    const many = [
      ...Array.from({ length: MAX_COMPETITORS }, (_, i) => ({ title: `Acme Widget Holder ${i}`, position: i + 1 })),
      ...Array.from({ length: 1000 }, (_, i) => ({ title: `Acme Gizmo Stand ${i}`, position: i + 1 })),
    ];
    const terms = run('', many, 'amazon').map((s) => s.term);
    expect(terms).toContain('Widget Holder');
    expect(terms.some((t) => /gizmo|stand/i.test(t))).toBe(false);
  });

  it.each([
    ['a draft with the plural', 'Memory Foams Pillow', {}, ['Side Sleeper', 'Knee Pillow']],
    ['a limit', 'Bed Pillow', { limit: 1 }, ['Memory Foam']],
    // The parts of a banned phrase do not come back on their own.
    ['a banned set', 'Bed Pillow', { banned: new Set(['FOAM']) }, ['Side Sleeper', 'Knee Pillow']],
    ['a banned predicate', 'Bed Pillow', { banned: (t: string) => t === 'Side Sleeper' }, ['Memory Foam', 'Knee Pillow']],
  ])('leaves out what the draft has and what is banned: %s', (_name, draft, options, terms) => {
    expect(run(draft, PILLOWS, 'amazon', options).map((s) => s.term)).toEqual(terms);
  });

  it('counts a listing shown twice once, at its best position', () => {
    // leg wedge: distinct titles 1 and 3 → ½(1 + 0.5) = 0.75 (not (2/3)(1 + 0.5 + 0.387)).
    const titles = at(['Leg Wedge Cushion', 'Leg Wedge Cushion', 'Foam Leg Wedge'], [5, 1, 3]);
    expect(run('', titles, 'amazon')).toEqual([{ term: 'Leg Wedge', score: 0.75, competitors: 2, bestPosition: 1 }]);
  });

  it('never suggests a competitor brand (brand-first: it opens every title it is in)', () => {
    const titles = at(['Zyllo Neck Massager', 'Zyllo Back Massager Pillow', 'Shiatsu Neck Massager', 'Heated Back Massager']);
    // massager: all 4 → ¾(1 + 0.6309 + 0.5 + 0.4307) = 1.9212; neck massager: 1, 3 → 0.75;
    // back massager: 2, 4 → 0.5308.
    expect(run('', titles, 'amazon')).toEqual([
      { term: 'Massager', score: 1.9212, competitors: 4, bestPosition: 1 },
      { term: 'Neck Massager', score: 0.75, competitors: 2, bestPosition: 1 },
      { term: 'Back Massager', score: 0.5308, competitors: 2, bestPosition: 2 },
    ]);
  });

  it('keeps the generic phrase when a brand is all that surrounds it', () => {
    // Kanjo opens every title it is in; "Kanjo Acupressure …" must not hide "Acupressure …".
    // acupressure: 1, 2, 3 → 1.4206; acupressure mat: 1, 2 → ½(1 + 0.6309) = 0.8155; mat never alone.
    const titles = at(['Kanjo Acupressure Mat Set', 'Kanjo Acupressure Mat, Onyx', 'Kanjo Acupressure Pillow']);
    expect(run('', titles, 'amazon')).toEqual([
      { term: 'Acupressure', score: 1.4206, competitors: 3, bestPosition: 1 },
      { term: 'Acupressure Mat', score: 0.8155, competitors: 2, bestPosition: 1 },
    ]);
  });

  it('never suggests words of the marketplace lists, nor their parts', () => {
    // "Free Shipping" is in words/amazon-promo.json; yoga mat: 1, 2, 3 → (2/3)(2.1309) = 1.4206.
    const titles = at(['Free Shipping Yoga Mat', 'Yoga Mat Free Shipping', 'Yoga Mat Non Slip']);
    expect(run('', titles, 'amazon')).toEqual([{ term: 'Yoga Mat', score: 1.4206, competitors: 3, bestPosition: 1 }]);
  });

  it('is deterministic: the order of the input does not matter', () => {
    expect(run('Bed Pillow', [...PILLOWS].reverse(), 'amazon')).toEqual(run('Bed Pillow', PILLOWS, 'amazon'));
  });
});

describe('suggestKeywords: Chinese n-grams', () => {
  const TEES = at(['纯棉短袖T恤男', '全棉短袖T恤女', '纯棉T恤宽松', '冰丝短袖衬衫']);

  it('finds 纯棉, 短袖 and T恤 as units, not the fragment 棉短', () => {
    // T恤: 1, 2, 3 → (2/3)(2.1309) = 1.4206; 短袖: 1, 2, 4 → (2/3)(2.0616) = 1.3744; 纯棉: 1, 3 → 0.75.
    // 棉短 recurs (titles 1, 2) but is always followed by 袖; 短袖T恤 is always after 棉.
    expect(run('', TEES, 'taobao')).toEqual([
      { term: 'T恤', score: 1.4206, competitors: 3, bestPosition: 1 },
      { term: '短袖', score: 1.3744, competitors: 3, bestPosition: 1 },
      { term: '纯棉', score: 0.75, competitors: 2, bestPosition: 1 },
    ]);
  });

  it('leaves out terms already in the draft, as characters', () => {
    expect(run('夏季纯棉t恤', TEES, 'taobao').map((s) => s.term)).toEqual(['短袖']);
  });

  it('gives the shared character to the word, not to a fragment that recurs and branches', () => {
    const titles = at(['帆布鞋男', '运动鞋男', '帆布鞋女', '运动鞋女', '男鞋 帆布鞋']);
    // 鞋男 (titles 1, 2) and 鞋女 (3, 4) pass the branching test, but the segmentation gives 鞋
    // to 帆布鞋 / 运动鞋. 帆布鞋: 1, 3, 5 → (2/3)(1 + 0.5 + 0.3869) = 1.2579; 运动鞋: 2, 4 → 0.5308.
    expect(run('', titles, 'taobao')).toEqual([
      { term: '帆布鞋', score: 1.2579, competitors: 3, bestPosition: 1 },
      { term: '运动鞋', score: 0.5308, competitors: 2, bestPosition: 2 },
    ]);
  });

  it.each([
    // The unit after a number is the tail of a quantity; 免息 never branches left (always 期).
    ['quantity tails', ['3期免息 平板电脑', '12期免息 笔记本', '6期免息 手机'], []],
    // A spec code next to a word is a boundary like a space: 独显 is a word in 2G独显.
    ['codes', ['2G独显 游戏本', '4G独显 轻薄本'], [{ term: '独显', score: 0.8155, competitors: 2, bestPosition: 1 }]],
  ])('%s', (_name, titles, expected) => {
    expect(run('', at(titles), 'taobao')).toEqual(expected);
  });

  it('never suggests brands written the store way, 索尼（SONY） and Sony/索尼', () => {
    const titles = at(['索尼（SONY）耳机 黑色', '索尼（SONY）耳机 白色', '漫步者（EDIFIER）耳机 黑色', 'Sony/索尼 耳机 白色']);
    // 耳机: all 4 → 1.9212; 黑色: 1, 3 → 0.75; 白色: 2, 4 → 0.5308. 索尼 and SONY recur, unsuggested.
    expect(run('', titles, 'jd')).toEqual([
      { term: '耳机', score: 1.9212, competitors: 4, bestPosition: 1 },
      { term: '黑色', score: 0.75, competitors: 2, bestPosition: 1 },
      { term: '白色', score: 0.5308, competitors: 2, bestPosition: 2 },
    ]);
  });

  it('never suggests Taobao filtered words (words/taobao-keyword-abuse.json)', () => {
    expect(run('', at(['高仿 手表 男', '高仿 手表 女']), 'taobao')).toEqual([{ term: '手表', score: 0.8155, competitors: 2, bestPosition: 1 }]);
  });

  it('answers nothing for no competitors', () => {
    expect(run('纯棉T恤', [], 'taobao')).toEqual([]);
  });
});
