import { textOf, textWithout } from '../../shared/dom';
import { firstNumberToken, parseCount, toAsciiDigits } from '../../shared/numbers';
import { RESULT_COUNT } from '../selectors/search';

export interface ResultCount {
  total: number;
  strategy: string;
}

/**
 * The total the page claims, as a lower bound: "1-16 of over 2,000 results for" → 2000,
 * "1-48 von mehr als 5.000 Ergebnissen" → 5000, "検索結果 10,000 以上 のうち 1-48件" → 10000,
 * "14 results for" → 14. Undefined when the page shows no such line (best-seller lists).
 * `wholePage`: look for the info bar outside the results column too.
 */
export function readResultCount(doc: Document, wholePage: boolean): ResultCount | undefined {
  const legacy = doc.getElementById(RESULT_COUNT.legacyId);
  if (legacy) {
    const total = parseResultCount(textWithout(legacy, RESULT_COUNT.query));
    if (total !== undefined) return { total, strategy: 'legacy-result-count' };
  }
  // Scoped to the results column; the whole page only when tiles were found outside it.
  const root = doc.getElementById(RESULT_COUNT.rootId) ?? (wholePage ? doc : undefined);
  const bar = root?.querySelector(RESULT_COUNT.infoBar);
  if (bar) {
    // The count is the first leaf span with a digit; the echoed query is a later span.
    for (const span of Array.from(bar.querySelectorAll('span'))) {
      if (span.childElementCount > 0 || span.closest(RESULT_COUNT.query)) continue;
      const text = textOf(span);
      if (!/\d/.test(toAsciiDigits(text))) continue;
      const total = parseResultCount(text);
      if (total !== undefined) return { total, strategy: 'result-info-bar' };
      break;
    }
  }
  return undefined;
}

/** Parses one count line; the "1-16" range is what this page shows, not the total. */
export function parseResultCount(text: string): number | undefined {
  const ascii = toAsciiDigits(text)
    .replace(/["“”„«»「『][\s\S]*$/, '') // the echoed query, which may hold digits
    .replace(/\d[\d.,\u00a0\u202f]*\s*[-–—~〜]\s*\d[\d.,\u00a0\u202f]*/, ' '); // "1-48", "1.001–1.016"
  const token = firstNumberToken(ascii); // "2,000", "5.000", "1 000"
  return token === undefined ? undefined : parseCount(token);
}
