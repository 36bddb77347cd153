import type { Unit } from './units';

/**
 * Where Chinese text has word boundaries, from `Intl.Segmenter('zh', {granularity: 'word'})`
 * (ICU's dictionary segmenter, built into the browser: no dictionary to download).
 *
 * ICU knows common words (手机, 篮球, 总和, 服务, 衣裙) and falls back to one character per
 * segment for words it does not know (纯|棉|短|袖|T|恤). So its answer has two kinds of
 * positions between two adjacent Chinese characters:
 * - CLOSED: strictly inside a word it knows. A keyword may not start or end there: 男篮
 *   is not in 运动鞋男篮球鞋 (男|篮球), 和服 not in 总和服务 (总和|服务), 市长 not in
 *   南京市长江大桥 (南京市|长江).
 * - OPEN: between segments. Either a real boundary, or ICU did not know the word; the
 *   keyword list decides there (see keywords/match.ts).
 */

/**
 * One segmenter for the module. Intl.Segmenter is in every browser the extension supports
 * (Chrome 87+, Firefox 125+); without it, no position is closed and the keyword list alone
 * decides (rule 3 of match.ts).
 */
const SEGMENTER = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/**
 * Closed positions (UTF-16 offsets) between two adjacent CJK units. Only computed when
 * the text has any, so English titles never pay for the segmenter.
 */
export function closedPositions(text: string, units: readonly Unit[]): Set<number> {
  const closed = new Set<number>();
  let adjacent = false;
  for (let i = 1; i < units.length; i++) {
    if (units[i]!.kind === 'cjk' && units[i - 1]!.kind === 'cjk' && units[i]!.gap === 'none') {
      adjacent = true;
      break;
    }
  }
  if (!adjacent || !SEGMENTER) return closed;
  for (const { segment, index } of SEGMENTER.segment(text)) {
    // Positions inside a segment longer than one code point (surrogate pairs are one).
    let offset = index;
    for (const ch of segment) {
      if (offset > index) closed.add(offset);
      offset += ch.length;
    }
  }
  return closed;
}
