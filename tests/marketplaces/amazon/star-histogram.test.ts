import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/marketplaces/run-reader';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../../support/shared-fixtures';

/**
 * product.starHistogram on real saved pages: percent per star, index 0 = 1★, as the page
 * shows it. Each expectation was read off the page's HTML by hand (the row label, bar or
 * text named in the comment), not copied from the reader's output.
 */
const CASES: [file: string, histogram: number[] | undefined, how: string][] = [
  // 2022+ review page: `tr.a-histogram-row` with title "5 stars represent 89% of rating"; an empty table#histogramTable comes first.
  ['amazon/reviews/us-dawn-dish-soap-reviews.html', [3, 1, 1, 6, 89], '89 / 6 / 1 / 1 / 3 % from 5★ down'],
  ['amazon/reviews/us-sitmod-gaming-chair-reviews.html', [11, 7, 9, 17, 56], '"5 stars represent 56% of rating" … "1 stars represent 11%", aria-valuenow="56%"'],
  ['amazon/reviews/uk-duerer-pool-reviews.html', [16, 5, 6, 20, 53], '"53% of reviews have 5 stars" … 16 % at 1★'],
  ['amazon/reviews/it-B07747FR44-kindle-reviews-p1.html', [2, 1, 4, 14, 79], '"79% di recensioni hanno 5 stelle" … "2% di recensioni hanno 1 stelle"'],
  // 2023+ product page: `ul#histogramTable > li`, aria-label "72 percent of reviews have 5 stars"; each row also carries every star's percent in hidden spans.
  ['amazon/product/ae-B00LAYVPOU-juicer.html', [6, 2, 5, 14, 72], '72 / 14 / 5 / 2 / 6 %'],
  ['amazon/product/us-charmast-charger-pricechecker.html', [11, 4, 5, 9, 71], '71 / 9 / 5 / 4 / 11 %'],
  // 2019–21 product pages: `tr.a-histogram-row`, link aria-label "2 star (12%)"; a 0 % row has no link.
  ['amazon/product/ca-0062796984-book.html', [0, 12, 0, 13, 75], '"5 star (75%)", "4 star (13%)", 3★ 0%, "2 star (12%)", 1★ 0%'],
  ['amazon/product/de-B00004YS4O-dvd.html', [100, 0, 0, 0, 0], 'only "1 Stern (100%)"'],
  ['amazon/product/us-smile-1937785734-book.html', [3, 10, 10, 16, 61], 'title "5 stars represent 61% of rating" … "1 stars represent 3%"'],
  ['amazon/product/es-B01MUGXRT9-window-robot-metascraper.html', [10, 5, 10, 19, 56], '"Un 56 por ciento de las reseñas tienen 5 estrellas" … 10 % at 1★'],
  // No histogram: the 2010 page has none; a product without ratings shows 0 % on every row.
  ['amazon/product/us-0596516499-book-legacy.html', undefined, 'no #histogramTable'],
  ['amazon/product/de-1439878676-book.html', undefined, 'all five rows 0 %'],
];

describe('Amazon star histogram on real pages', () => {
  if (!HAVE_SHARED_FIXTURES) {
    console.warn(`[skip] star histogram: ${SKIP_REASON}`);
    it.skip('skipped: real pages absent', () => undefined);
    return;
  }
  const urls = new Map(answerKeys('amazon').map((k) => [k.file, k.url]));
  it.each(CASES)('%s → %j (%s)', (file, histogram) => {
    const url = urls.get(file)!;
    const { document, close } = loadSavedPage(file, url);
    try {
      const read = readPage(document, url);
      expect(read.product?.starHistogram).toEqual(histogram);
      if (histogram) expect(read.provenance?.['product.starHistogram']).toBe('histogram-table');
    } finally {
      close();
    }
  });
});
