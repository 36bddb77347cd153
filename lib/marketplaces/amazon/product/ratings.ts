import type { Product } from '../../../schema';
import { collapse, textOf } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { parseCount, parseLocaleNumber, parseRating, toAsciiDigits } from '../../shared/numbers';
import { HISTOGRAM, LEGACY_RATING_ROOTS, RATING, REVIEW_COUNT, SALES_VOLUME } from '../selectors/product';
import { firstScoped } from './page';

/**
 * The average and count shown next to the title. Only the title's widget is read (the first
 * `#acrPopover` in the page): a "Customer reviews" row in the details table repeats it, and a
 * cross-marketplace summary lower down belongs to another store.
 */
export function ratingStrategies(doc: Document): Strategy<number>[] {
  return [
    {
      name: 'acr-popover',
      read: () => {
        const el = firstScoped(doc, RATING);
        if (!el) return undefined;
        const title = el.getAttribute('title');
        return parseRating(title || textOf(el.querySelector('.a-icon-alt') ?? el));
      },
    },
    {
      // e.g. 2010: <span class="swSprite s_star_4_0" title="4.0 out of 5 stars">
      name: 'legacy-stars',
      read: () => {
        const star = firstScoped(doc, LEGACY_RATING_ROOTS)?.querySelector('[title]');
        return star ? parseRating(star.getAttribute('title') ?? '') : undefined;
      },
    },
  ];
}

export function reviewCountStrategies(doc: Document): Strategy<number>[] {
  return [
    {
      name: 'acr-review-text',
      read: () => {
        const el = firstScoped(doc, REVIEW_COUNT);
        return el ? parseCount(textOf(el)) : undefined;
      },
    },
    {
      // e.g. 2010: "(<a>11 customer reviews</a>)" right after the stars
      name: 'legacy-review-link',
      read: () => {
        const root = firstScoped(doc, LEGACY_RATING_ROOTS);
        const link = root && Array.from(root.children).find((c) => c.tagName === 'A');
        return link ? parseCount(textOf(link)) : undefined;
      },
    },
  ];
}

/** Thousands words that `parseCount` does not know ("10 mil+ compras"). */
const WORD_MULTIPLIERS: Record<string, number> = { mil: 1e3, mille: 1e3, tsd: 1e3, k: 1e3 };

/**
 * "2K+ bought in past month" → 2000, "Mehr als 1.000 Mal …" → 1000, "過去1か月で1000点以上購入" →
 * 1000: the largest count in the text is the volume (other numbers are "1 month").
 */
export function parseSalesVolume(text: string): Product['salesVolume'] {
  const t = collapse(text);
  if (!t) return undefined;
  let best: number | undefined;
  for (const m of toAsciiDigits(t).matchAll(/\d[\d.,]*\s*(?:[kKmM万千](?![a-zA-Z])|mil\b|mille\b|Tsd\.?)?/g)) {
    const token = m[0].trim();
    const word = /(mil|mille|tsd)\.?$/i.exec(token)?.[1]?.toLowerCase();
    const n = word
      ? Math.round((parseLocaleNumber(token.replace(/\s*(mil|mille|tsd)\.?$/i, ''), ',') ?? 0) * WORD_MULTIPLIERS[word]!)
      : parseCount(token);
    if (n !== undefined && (best === undefined || n > best)) best = n;
  }
  return best === undefined ? undefined : { min: best, text: t.slice(0, 2000) };
}

export function salesVolumeStrategies(doc: Document): Strategy<NonNullable<Product['salesVolume']>>[] {
  return [
    {
      name: 'bought-past-month',
      read: () => {
        const el = firstScoped(doc, SALES_VOLUME);
        return el ? parseSalesVolume(textOf(el)) : undefined;
      },
    },
  ];
}

const STAR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
/** Rounded percentages add up to 100 ± a few; anything else is not this histogram. */
const SUM_MIN = 95;
const SUM_MAX = 105;

/** The star a histogram row filters by: its link (`filterByStar=five_star`), its state, else undefined. */
function rowStar(row: Element): number | undefined {
  const sources = [row.getAttribute('data-reviews-state-param') ?? '', row.querySelector(HISTOGRAM.starLink)?.getAttribute('href') ?? ''];
  for (const s of sources) {
    const m = /filterByStar(?:=|&quot;:&quot;|":")(one|two|three|four|five)_star/.exec(s);
    if (m) return STAR_WORDS[m[1]!];
  }
  return undefined;
}

/** The percent a row shows: its bar's value (`aria-valuenow="72"`, `aria-label="72%"`, `width: 72%`). */
function rowPercent(row: Element): number | undefined {
  const meter = row.querySelector(HISTOGRAM.meter);
  const candidates = [
    meter?.getAttribute('aria-valuenow'),
    meter?.getAttribute('aria-label'),
    /width:\s*([\d.]+)%/.exec(meter?.querySelector('.a-meter-bar')?.getAttribute('style') ?? '')?.[1],
  ];
  for (const c of candidates) {
    const m = /^\s*(\d{1,3})(?:[.,]\d+)?\s*%?\s*$/.exec(c ?? '');
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * The page's star histogram as shown: percent of ratings at 1★…5★ (index 0 = 1★). Rows
 * name their star by their filter link; rows that do not are taken in the page's order
 * (5★ first). All five stars must be there and the shares must add up to about 100 (a
 * histogram of a product with no ratings shows 0 % everywhere: no histogram).
 */
export function readStarHistogram(doc: Document): number[] | undefined {
  const first = doc.getElementById(HISTOGRAM.id);
  if (!first) return undefined;
  const scope = first.parentElement ?? first;
  let rows: Element[] = [];
  for (const selector of HISTOGRAM.rows) {
    rows = Array.from(scope.querySelectorAll(selector));
    if (rows.length) break;
  }
  if (rows.length !== 5) return undefined;
  const shares: (number | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  rows.forEach((row, i) => {
    const star = rowStar(row) ?? 5 - i;
    if (shares[star - 1] === undefined) shares[star - 1] = rowPercent(row);
  });
  if (shares.some((x) => x === undefined || x > 100)) return undefined;
  const sum = (shares as number[]).reduce((a, b) => a + b, 0);
  return sum >= SUM_MIN && sum <= SUM_MAX ? (shares as number[]) : undefined;
}

export function starHistogramStrategies(doc: Document): Strategy<number[]>[] {
  return [{ name: 'histogram-table', read: () => readStarHistogram(doc) }];
}
