import type { Money, Product } from '../../schema';
import { ASIN, asinFromReviewsPath } from './asin';
import type { FieldReader, Strategy } from '../shared/field-reader';
import { parseMoney } from '../shared/money';
import { parseCount, parseRating } from '../shared/numbers';
import type { AmazonPageContext } from './page-context';
import { starHistogramStrategies } from './product/ratings';
import { compact } from './reviews/review-card';
import { visibleLine } from './reviews/review-text';
import { REVIEWS_PRODUCT } from './selectors/reviews';

/**
 * Reads the product box at the top of a review page: id, title, "by X" brand, price when
 * shown, average rating and total ratings. Review pages show no bullets, so none are read.
 */
export function readReviewsPageProduct(doc: Document, url: URL, ctx: AmazonPageContext, r: FieldReader): Product | undefined {
  const roots = boxRoots(doc);
  const inBox = (selectors: readonly string[]) => firstIn(roots, selectors);

  const id = r.pick('product.id', 'missing-required', [
    { name: 'url-asin', read: () => asinFromReviewsPath(url.pathname) },
    { name: 'box-product-link', read: () => asinFromLinks(roots) },
    { name: 'box-asin-attribute', read: () => asinFromAttributes(roots) },
  ]);
  if (!id) return undefined;

  const money = (name: string, selectors: readonly string[]): Strategy<Money> => ({
    name,
    read: () => {
      const text = visibleLine(inBox(selectors));
      return text ? parseMoney(text, ctx.money) : undefined;
    },
  });

  return compact({
    id,
    title: r.pick('product.title', 'missing-required', [
      { name: 'box-title', read: () => visibleLine(inBox(REVIEWS_PRODUCT.title)) },
    ]),
    brand: r.pick('product.brand', 'missing-optional', [{ name: 'box-byline-link', read: () => bylineBrand(inBox(REVIEWS_PRODUCT.byline)) }]),
    price: r.pick('product.price', 'missing-optional', [money('box-price', REVIEWS_PRODUCT.price)]),
    listPrice: r.pick('product.listPrice', null, [money('box-list-price', REVIEWS_PRODUCT.listPrice)]),
    rating: r.pick('product.rating', 'missing-optional', REVIEWS_PRODUCT.rating.map((selector) => ({
      name: `box-rating ${selector}`,
      read: () => ratingIn(firstIn(roots, [selector])),
    }))),
    reviewCount: r.pick('product.reviewCount', 'missing-optional', REVIEWS_PRODUCT.count.map((selector) => ({
      name: `box-count ${selector}`,
      read: () => countIn(visibleLine(firstIn(roots, [selector]))),
    }))),
    starHistogram: r.pick('product.starHistogram', null, starHistogramStrategies(doc)),
  });
}

/** The box: its id'd root, else the 2010 list page's summary table and sidebar. */
function boxRoots(doc: Document): ParentNode[] {
  for (const id of REVIEWS_PRODUCT.rootIds) {
    const el = doc.getElementById(id);
    if (el) return [el];
  }
  const legacy = REVIEWS_PRODUCT.legacyRoots.map((s) => doc.querySelector(s)).filter((e): e is Element => !!e);
  return legacy.length ? legacy : [];
}

function firstIn(roots: ParentNode[], selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    for (const root of roots) {
      const el = root.querySelector(selector);
      if (el) return el;
    }
  }
  return undefined;
}


// e.g. https://www.amazon.com/Dawn-Ultra/product-reviews/B0BBPNPZTC?pageNumber=2
//      https://www.amazon.com/portal/customer-reviews/B0BBPNPZTC

/** The box's link to the product (`/dp/ASIN`, `/gp/product/ASIN`); review permalinks have no ASIN in the URL. */
function asinFromLinks(roots: ParentNode[]): string | undefined {
  for (const root of roots) {
    for (const a of Array.from(root.querySelectorAll('a[href]'))) {
      const m = /\/(?:dp|gp\/product|product-reviews)\/([0-9A-Z]{10})(?:[/?]|$)/.exec(a.getAttribute('href') ?? '');
      if (m) return m[1];
    }
  }
  return undefined;
}

/** `data-asin`, or the 2010 `.asinReviewsSummary[name]` next to the average stars. */
function asinFromAttributes(roots: ParentNode[]): string | undefined {
  for (const root of roots) {
    const el = root.querySelector('[data-asin], .asinReviewsSummary[name]');
    const value = (el?.getAttribute('data-asin') ?? el?.getAttribute('name') ?? '').trim();
    if (ASIN.test(value)) return value;
  }
  return undefined;
}

/**
 * The brand from "by X": the byline's link text. Contributor bylines (books, music, film:
 * author pages `/e/…`, `field-author=` searches, "(Author)" roles) name people, not brands.
 */
function bylineBrand(byline: Element | undefined): string | undefined {
  if (!byline) return undefined;
  for (const a of Array.from(byline.querySelectorAll('a'))) {
    const href = a.getAttribute('href') ?? '';
    if (/\/e\/[0-9A-Z]{10}|field-author=|\/author\//i.test(href)) return undefined;
    const after = a.nextSibling?.textContent ?? '';
    if (/^\s*\(/.test(after)) return undefined;
    const text = visibleLine(a);
    if (text) return text;
  }
  return undefined;
}

/** "4,7 su 5 stelle" in the star icon, "4.8 out of 5", or the 2010 sprite's title/alt. */
function ratingIn(el: Element | undefined): number | undefined {
  if (!el) return undefined;
  const labels = [
    el.querySelector('.a-icon-alt')?.textContent,
    el.getAttribute('title'),
    ...Array.from(el.querySelectorAll('[title], img[alt]')).map((e) => e.getAttribute('title') ?? e.getAttribute('alt')),
    el.textContent,
  ];
  for (const label of labels) {
    // A scale needs two numbers ("4.7 … 5"); a lone "5" is not an average.
    if (label && /\d\D+\d/.test(label)) {
      const value = parseRating(label);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** "5,849 global ratings", "2.345 valutazioni clienti", 2010 "… (11 customer reviews)". */
function countIn(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const inParens = /\((\d[\d.,\s\u00a0]*)[^)]*\)/.exec(text);
  return parseCount(inParens ? inParens[1]! : text);
}
