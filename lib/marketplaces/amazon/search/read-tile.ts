import type { Money } from '../../../schema';
import { isHidden, textOf } from '../../shared/dom';
import type { MoneyContext } from '../../shared/money';
import { parseCount, parseRating } from '../../shared/numbers';
import { SPONSORED, TILE } from '../selectors/search';
import { ASIN } from '../asin';
import { asinFromUrl, productUrl } from './product-link';
import { readTilePrice } from './tile-price';
import { visibleText } from './tile-text';
import { matchesSelector, queryAll, queryFirst } from './simple-selectors';

/** What one tile shows; `position` is added by the list reader. */
export interface TileRead {
  id?: string;
  title?: string;
  url?: string;
  price?: Money;
  priceStrategy?: string;
  rating?: number;
  reviewCount?: number;
  sponsored: boolean;
}

/** Reads one result tile. Never throws; a field it cannot see is left out. */
export function readTile(tile: Element, layout: string, base: URL, money: MoneyContext): TileRead {
  const titleEl = safe(() => findTitle(tile));
  const url = safe(() => tileUrl(tile, titleEl, base));
  const price = safe(() => readTilePrice(tile, layout, money));
  const stars = safe(() => starTexts(tile)) ?? [];
  const out: TileRead = {
    id: safe(() => tileAsin(tile, url)),
    title: titleEl ? visibleText(titleEl, TILE.titleNoise) || undefined : undefined,
    url,
    price: price?.price,
    priceStrategy: price?.strategy,
    rating: safe(() => tileRating(stars)),
    reviewCount: safe(() => tileReviewCount(tile, stars)),
    sponsored: safe(() => isSponsored(tile)) ?? false,
  };
  return out;
}

function safe<T>(read: () => T | undefined): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * The title element: the first h2 with visible text that is joined to a link (inside one
 * or holding one), else the first h2 with text, else a best-seller title line. Headings in
 * hidden parts of the tile (the "ClimatePartner certified" side sheet) are never titles.
 */
function findTitle(tile: Element): Element | undefined {
  let firstWithText: Element | undefined;
  for (const h of queryAll(tile, TILE.titleHeading)) {
    if (!visibleText(h, TILE.titleNoise) || isHidden(h, tile)) continue;
    if (linkAround(h, tile) || queryFirst(h, '[href]')) return h;
    firstWithText ??= h;
  }
  if (firstWithText) return firstWithText;
  for (const selector of TILE.titleFallbacks) {
    for (const el of queryAll(tile, selector)) {
      if (visibleText(el, TILE.titleNoise)) return el;
    }
  }
  return undefined;
}

/** `data-asin` of the tile, else an inner ASIN holder, else the ASIN in the product link. */
function tileAsin(tile: Element, url: string | undefined): string | undefined {
  const own = tile.getAttribute('data-asin')?.trim();
  if (own && ASIN.test(own)) return own;
  for (const selector of TILE.asinHolders) {
    for (const el of queryAll(tile, selector)) {
      const v = (el.getAttribute('data-asin') || el.getAttribute('id') || '').trim();
      if (ASIN.test(v)) return v;
    }
  }
  return asinFromUrl(url);
}

/** The title's own link (it may wrap the title or sit inside it), else the first product link. */
function tileUrl(tile: Element, titleEl: Element | undefined, base: URL): string | undefined {
  const titleLink = titleEl ? (linkAround(titleEl, tile) ?? queryFirst(titleEl, '[href]')) : undefined;
  const fromTitle = productUrl(titleLink?.getAttribute('href'), base);
  if (fromTitle) return fromTitle;
  for (const selector of TILE.productLinks) {
    const url = productUrl(queryFirst(tile, selector)?.getAttribute('href'), base);
    if (url) return url;
  }
  return undefined;
}

function linkAround(el: Element, tile: Element): Element | undefined {
  for (let e: Element | null = el; e && e !== tile; e = e.parentElement) {
    if (e.tagName === 'A' && e.hasAttribute('href')) return e;
  }
  return undefined;
}

/** The star icons' alt texts, in page order. */
function starTexts(tile: Element): Element[] {
  return queryAll(tile, TILE.ratingText).filter((el) => el.parentElement && matchesSelector(el.parentElement, TILE.starIcon));
}

function tileRating(stars: Element[]): number | undefined {
  for (const el of stars) {
    const rating = parseRating(textOf(el));
    if (rating !== undefined) return rating;
  }
  return undefined;
}

/**
 * The ratings count: the reviews link, else the number right after the stars in their row,
 * else the best-seller icon row. The visible text may be abbreviated ("(1.2K)"); an
 * aria-label that agrees with it ("1,187 ratings") gives the exact number.
 */
function tileReviewCount(tile: Element, stars: Element[]): number | undefined {
  for (const selector of TILE.reviewCountLinks) {
    for (const el of queryAll(tile, selector)) {
      if (stars.some((s) => el.contains(s))) continue; // the stars' own link
      const n = countOf(el);
      if (n !== undefined) return n;
    }
  }
  const afterStars = countAfterStars(tile, stars.flatMap((s) => (s.parentElement ? [s.parentElement as Element] : [])));
  if (afterStars !== undefined) return afterStars;
  for (const selector of TILE.reviewCountInIconRow) {
    const n = countOf(queryFirst(tile, selector) ?? null);
    if (n !== undefined) return n;
  }
  return undefined;
}

/**
 * 2019–2022 tiles: `<span aria-label="4.6 out of 5 stars">…</span><span aria-label="41"><a>41</a></span>`.
 * No element holding any of the stars counts: a second star link's "4.7 out of 5" is not a count.
 */
function countAfterStars(tile: Element, starIcons: Element[]): number | undefined {
  const star = starIcons[0];
  let row: Element | undefined;
  for (let e = star?.parentElement ?? null; e && e !== tile; e = e.parentElement) {
    if (matchesSelector(e, TILE.ratingRow)) {
      row = e;
      break;
    }
  }
  if (!star || !row) return undefined;
  for (const el of queryAll(row, TILE.countInRatingRow)) {
    if (starIcons.some((s) => el.contains(s) || s.contains(el))) continue;
    const n = countOf(el);
    if (n !== undefined) return n;
  }
  return undefined;
}

const ABBREVIATED = /\d\s*[kKmM千万萬]/;

function countOf(el: Element | null): number | undefined {
  if (!el) return undefined;
  const visible = textOf(el);
  if (!/\d/.test(visible)) return undefined;
  const shown = parseCount(visible);
  if (shown === undefined || !ABBREVIATED.test(visible)) return shown;
  const label = parseCount(el.getAttribute('aria-label') ?? '');
  // "1.2K" stands for 1150–1249: an exact label within that rounding is the same count.
  return label !== undefined && Math.abs(label - shown) <= shown * 0.1 ? label : shown;
}

/** An ad class on the tile, an ad-click link, a sponsored label or its word; one walk of the tile. */
function isSponsored(tile: Element): boolean {
  if (SPONSORED.tileClasses.some((c) => tile.classList.contains(c))) return true;
  const labels = SPONSORED.labels.join(', ');
  for (const el of queryAll(tile, `${labels}, ${SPONSORED.labelTexts}, [href]`)) {
    if (SPONSORED.adHref.test(el.getAttribute('href') ?? '')) return true;
    if (matchesSelector(el, labels)) return true;
    if (matchesSelector(el, SPONSORED.labelTexts) && SPONSORED.words.test(textOf(el))) return true;
  }
  return false;
}
