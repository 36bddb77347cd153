import { textOf } from '../../shared/dom';
import { parseCount, toAsciiDigits } from '../../shared/numbers';
import type { JdPage } from '../page';
import { NO_RESULTS, RESULT_COUNT_IDS, RESULT_COUNT_TEXT } from '../selectors/search';

/** The list's total as shown (`共4.2万件商品` → 42000, `1700+` → 1700, `共2874个商品`); a lower bound. */
export function readResultCount(page: JdPage): { total: number; strategy: string } | undefined {
  for (const id of RESULT_COUNT_IDS) {
    const text = textOf(page.doc.getElementById(id));
    const total = /\d/.test(text) ? parseCount(text) : undefined;
    if (total !== undefined) return { total, strategy: `#${id}` };
  }
  for (const anchor of RESULT_COUNT_TEXT) {
    for (const el of page.index().query(anchor).slice(0, 5)) {
      const m = /共\s*(\d[\d.,]*\s*[万亿]?)\s*\+?\s*(?:件|个)商品/.exec(toAsciiDigits(textOf(el)));
      const total = m ? parseCount(m[1]!) : undefined;
      if (total !== undefined) return { total, strategy: 'result-total-text' };
    }
  }
  return undefined;
}

/** "抱歉，没有找到与…相关的商品" — a real empty result, not a broken layout. */
export function isZeroResultsPage(page: JdPage): boolean {
  return NO_RESULTS.some((anchor) => page.index().query(anchor).some((el) => /抱歉|没有找到|未找到/.test(textOf(el))));
}
