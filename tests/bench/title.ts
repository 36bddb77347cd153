/**
 * The "title" section of `npm run bench`: what the title workbench costs while the user
 * types, and what mining a results page for suggestions costs. Medians, p99 and ratios
 * only; nothing here asserts a time.
 *
 * - Per keystroke: a 200-character title typed one character at a time, each prefix
 *   scored with `scoreTitle` against 50 target keywords (200 calls per pass), as the
 *   workbench does on every input event. Reported per call: median, p99 and p99 as a
 *   share of a 16 ms frame; keywordCoverage alone alongside, to show its part.
 * - Mining: `suggestKeywords` over the 60 titles of a real search page (median of runs).
 */
import { keywordCoverage } from '../../lib/analyses/title/keywords';
import { scoreTitle } from '../../lib/analyses/title/score-title';
import { suggestKeywords, type CompetitorTitle } from '../../lib/analyses/title/suggest';
import { readPage } from '../../lib/marketplaces/run-reader';
import type { Marketplace } from '../../lib/schema';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../support/shared-fixtures';
import { median, percentile, time } from './measure';

const FRAME_MS = 16;

const AMAZON_TITLE = 'Memory Foam Pillow for Sleeping, Cervical Neck Pillow for Pain Relief, Orthopedic Contour Pillow for Side, Back and Stomach Sleepers with Washable Bamboo Cover, Ergonomic Bed Pillow, Queen Size, Grey.';
const AMAZON_KEYWORDS = [
  'pillow', 'memory foam', 'neck pain', 'cervical pillow', 'side sleeper', 'orthopedic', 'contour pillow', 'washable cover', 'bed pillow', 'standard size',
  'knee pillow', 'pain relief', 'ergonomic', 'back sleepers', 'cooling', 'gel', 'queen', 'king size', 'hypoallergenic', 'bamboo',
  'shredded foam', 'adjustable', 'firm', 'soft', 'travel pillow', 'neck support', 'wedge pillow', 'pregnancy', 'body pillow', 'lumbar',
  'chiropractic', 'sciatica', 'headache', 'snoring', 'stomach sleeper', 'cotton', 'breathable', 'zipper', 'pillowcase', 'set of 2',
  'usb-c', 'batteries', 'knives', 'glass', 'bus', 'news', 't-shirt', 'shoulder', 'hip', 'leg',
];
/** Worst case: 200 Chinese characters (a Taobao title holds 30, a JD one about 60). */
const CN_TITLE = '回力男鞋帆布鞋男夏季透气低帮学生鞋潮鞋子男士布鞋运动休闲板鞋小白鞋情侣款经典百搭一脚蹬懒人鞋'.repeat(5).slice(0, 200);
for (const t of [AMAZON_TITLE, CN_TITLE]) if ([...t].length !== 200) throw new Error(`bench title is ${[...t].length} characters, not 200`);
const CN_KEYWORDS = [
  '帆布鞋', '男鞋', '低帮', '学生鞋', '潮鞋', '布鞋', '男士', '运动鞋', '休闲鞋', '板鞋', '经典款', '情侣鞋', '透气', '百搭', '小白鞋', '纯棉', '短袖', 'T恤', '新款', '夏季',
  '女鞋', '高帮', '回力', '鞋子', '跑步鞋', '篮球鞋', '帆布', '韩版', '复古', '系带', '懒人鞋', '一脚蹬', '单鞋', '网面', '防滑', '耐磨', '轻便', '舒适', '软底', '大码',
  '白色', '黑色', '秋季', '春季', '情侣', '学生', '男女', '棉短', '和服', '男篮',
];

/** Per-call times of typing `title` one code point at a time, `passes` times after a warm-up pass. */
function typing(title: string, passes: number, call: (prefix: string) => unknown): number[] {
  const points = [...title];
  const prefixes = points.map((_, i) => points.slice(0, i + 1).join(''));
  for (const p of prefixes) call(p);
  const times: number[] = [];
  for (let pass = 0; pass < passes; pass++) for (const p of prefixes) times.push(time(() => call(p)));
  return times;
}

function searchPage(file: string): CompetitorTitle[] {
  const key = answerKeys(file.split('/')[0]!).find((k) => k.file === file);
  if (!key?.url) return [];
  const { document, close } = loadSavedPage(file, key.url);
  try {
    return (readPage(document, key.url).results ?? []).map(({ title, position }) => ({ title, position }));
  } finally {
    close();
  }
}

export interface TitleBenchSummary {
  keystrokeMedianMs: number;
  keystrokeP99Ms: number;
  miningMedianMs?: number;
}

export function runTitleBench(runs: number, table: (header: string[], body: string[][], textColumns: number) => void): TitleBenchSummary {
  const passes = Math.max(5, runs);
  console.log(`\ntitle: scoreTitle per keystroke, 50 target keywords, ${passes} typing passes after a warm-up (ms per call)\n`);
  const cases: [string, Marketplace, string, string[]][] = [
    ['amazon', 'amazon', AMAZON_TITLE, AMAZON_KEYWORDS],
    ['jd (200 Chinese chars)', 'jd', CN_TITLE, CN_KEYWORDS],
  ];
  const rows: string[][] = [];
  let first: TitleBenchSummary | undefined;
  for (const [name, marketplace, title, keywords] of cases) {
    const score = typing(title, passes, (p) => scoreTitle(p, { marketplace, keywords }));
    const cover = typing(title, passes, (p) => keywordCoverage(p, keywords, { marketplace }));
    const [med, p99] = [median(score), percentile(score, 99)];
    first ??= { keystrokeMedianMs: med, keystrokeP99Ms: p99 };
    rows.push([
      name, String([...title].length), String(score.length), med.toFixed(3), p99.toFixed(3), `${(p99 / FRAME_MS).toFixed(3)}×`,
      median(cover).toFixed(3), percentile(cover, 99).toFixed(3),
    ]);
  }
  table(['title', 'chars', 'calls', 'score median', 'score p99', 'p99 / 16 ms frame', 'coverage median', 'coverage p99'], rows, 1);

  if (!HAVE_SHARED_FIXTURES) {
    console.log(`\n[bench] ${SKIP_REASON}; suggestion mining skipped.`);
    return first!;
  }
  const miningRuns = Math.max(15, runs);
  console.log(`\ntitle: suggestKeywords over a real results page, median of ${miningRuns} runs after a warm-up (ms)\n`);
  const pages: [string, Marketplace, string][] = [
    ['amazon/search/us-pillow-fsa-wayback-2021.html', 'amazon', 'Memory Foam Cervical Pillow for Neck Pain'],
    ['jd/search/keyword-123-yaohuiwu.html', 'jd', '珠江钢琴 立式钢琴 家用 黑色'],
    ['taobao/search/huili-mens-shoes-imf0206.html', 'taobao', '回力帆布鞋男低帮'],
  ];
  const mining: string[][] = [];
  let pillow: number | undefined;
  for (const [file, marketplace, draft] of pages) {
    const titles = searchPage(file);
    const mine = () => suggestKeywords(draft, titles, { marketplace });
    mine();
    const times = Array.from({ length: miningRuns }, () => time(mine));
    const med = median(times);
    pillow ??= med;
    mining.push([file, String(titles.length), med.toFixed(2), (med / titles.length).toFixed(3), `${(med / FRAME_MS).toFixed(2)}×`]);
  }
  table(['page', 'titles', 'median ms', 'ms per title', 'median / 16 ms frame'], mining, 1);
  return { ...first!, miningMedianMs: pillow };
}
