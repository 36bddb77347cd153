import type { Unit } from '../keywords/units';
import { EN_STOP_WORDS } from './stop-words';

/**
 * Competitors' brands, so they are never suggested: putting another seller's brand in a
 * title is prohibited on Amazon (domain-rules §1.3) and is 滥用关键词 on Taobao (§1.5 (3)).
 * No brand list covers every category, so brands are recognised by how titles write them:
 *
 * 1. The Chinese store formats `索尼（SONY）` and `Apple/苹果` (JD and Taobao brand fields):
 *    both halves are brands. A long Chinese half (Warrior/回力正品) keeps the part that
 *    opens the most titles.
 * 2. Openings shared by a page: a word (Latin) or a 2–4-character prefix (Chinese) that
 *    opens at least 3 titles, 2/3 of the titles using it and a quarter of the page (回力
 *    opens 27 of 36 titles on a 回力 search page, and sits mid-title in 上海回力鞋). The
 *    page share keeps out product words that merely often come first (德国 opens 4 of the
 *    6 titles using it).
 * 3. Brand-first marketplaces only (Amazon §1.2, JD §1.6: the brand is the title's first
 *    word): an opening of at least 2 titles that opens EVERY title using it ("Anker",
 *    "INIU"; not "Portable", which opens 3 of 17; 珠江钢琴; for Chinese the opening must
 *    also be a whole run somewhere, so 赠电动牙刷 does not make 赠电 a brand). Taobao titles
 *    often open with the product word (核心词, §1.5), so there this would hide 纯棉.
 *    A Latin word glued to a Chinese brand opening is the same brand (卡罗德Carod).
 *
 * A false positive only hides the terms containing it; a missed brand is still caught by
 * brands.json when it is a known one (suggest/listed-words.ts).
 */

export interface Brands {
  /** Stemmed Latin unit keys, space-joined for several words. */
  latin: Set<string>;
  /** Chinese brand names as written (NFKC). */
  han: Set<string>;
}

export interface TitleUnits {
  text: string;
  units: readonly Unit[];
}

/** Letters only inside the brackets: `(i5-4200H GTX850M)` is a spec, not a brand. */
const PAREN = /(\p{Script=Han}+)\s*[（(]\s*([A-Za-z][A-Za-z .&'’-]{0,30}?)\s*[）)]/gu;
const SLASH = /(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9.&'’-]{0,30})\s*[/／]\s*(\p{Script=Han}+)/gu;
/** Leading 【全球购】, [12期分期], (新品) blocks are not where the brand is. */
const LEADING_BLOCKS = /^\s*(?:[【[(（][^】\])）]{0,20}[】\])）]\s*)+/u;
const HAN_RUN = /^\p{Script=Han}+/u;
const HAN = /\p{Script=Han}/u;

interface Opening {
  /** The first Latin word's key, or ''. */
  latin: string;
  /** The leading run of Chinese characters (NFKC), or ''. */
  han: string;
  /** UTF-16 offset where the Chinese run ends. */
  hanEnd: number;
}

export function detectBrands(titles: readonly TitleUnits[], latinKey: (s: string) => string, brandFirst: boolean): Brands {
  const latin = new Set<string>();
  const han = new Set<string>();
  const hanSides: { run: string; atEnd: boolean; delimited: boolean }[] = [];
  for (const { text } of titles) {
    for (const m of text.matchAll(PAREN)) {
      latin.add(latinKey(m[2]!));
      hanSides.push({ run: m[1]!.normalize('NFKC'), atEnd: true, delimited: !HAN.test(text[m.index - 1] ?? '') });
    }
    for (const m of text.matchAll(SLASH)) {
      latin.add(latinKey(m[1]!));
      hanSides.push({ run: m[2]!.normalize('NFKC'), atEnd: false, delimited: !HAN.test(text[m.index + m[0].length] ?? '') });
    }
  }

  const openings = titles.map(opening);
  const opens = (test: (o: Opening) => boolean) => openings.filter(test).length;
  const isBrand = (starts: number, df: number, whole: boolean) =>
    (starts >= 3 && starts * 3 >= df * 2 && starts * 4 >= titles.length) || (brandFirst && whole && starts >= 2 && starts === df);

  const leading = new Set(openings.map((o) => o.latin).filter((k) => k !== ''));
  const latinDf = new Map<string, number>();
  for (const { units } of titles) {
    for (const key of new Set(units.map((u) => u.key))) if (leading.has(key)) latinDf.set(key, (latinDf.get(key) ?? 0) + 1);
  }
  for (const key of leading) if (isBrand(opens((o) => o.latin === key), latinDf.get(key) ?? 0, true)) latin.add(key);
  const norms = titles.map(({ text }) => text.normalize('NFKC'));
  const prefixes = new Set(openings.flatMap((o) => [2, 3, 4].filter((n) => n <= o.han.length).map((n) => o.han.slice(0, n))));
  for (const prefix of prefixes) {
    const df = norms.filter((norm) => norm.includes(prefix)).length;
    if (isBrand(opens((o) => o.han.startsWith(prefix)), df, openings.some((o) => o.han === prefix))) han.add(prefix);
  }
  for (const { run, atEnd, delimited } of hanSides) {
    if (delimited && run.length <= 4) {
      han.add(run);
      continue;
    }
    let best = '';
    let bestStarts = 1;
    for (let n = 2; n <= Math.min(4, run.length); n++) {
      const part = atEnd ? run.slice(-n) : run.slice(0, n);
      const starts = opens((o) => o.han.startsWith(part));
      if (starts > bestStarts) [best, bestStarts] = [part, starts];
    }
    if (best) han.add(best);
  }
  titles.forEach(({ units }, t) => {
    const o = openings[t]!;
    if (!han.has(o.han)) return;
    const next = units.find((u) => u.start === o.hanEnd);
    if (next?.kind === 'word' && next.gap === 'none' && next.key.length > 1) latin.add(next.key);
  });
  // Keep only the shortest of nested Chinese names (回力, not also 回力男鞋).
  for (const name of [...han]) if ([...han].some((other) => other !== name && name.includes(other))) han.delete(name);
  return { latin, han };
}

function opening({ text, units }: TitleUnits): Opening {
  const offset = LEADING_BLOCKS.exec(text)?.[0].length ?? 0;
  const first = units.find((u) => u.start >= offset);
  const latin = first?.kind === 'word' && first.key.length > 1 && !EN_STOP_WORDS.has(first.key) ? first.key : '';
  const run = HAN_RUN.exec(text.slice(offset))?.[0] ?? '';
  return { latin, han: run.length >= 2 ? run.normalize('NFKC') : '', hanEnd: offset + run.length };
}
