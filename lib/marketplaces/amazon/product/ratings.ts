import type { Product } from '../../../schema';
import { collapse, textOf } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { parseCount, parseLocaleNumber, parseRating, toAsciiDigits } from '../../shared/numbers';
import { LEGACY_RATING_ROOTS, RATING, REVIEW_COUNT, SALES_VOLUME } from '../selectors/product';
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
