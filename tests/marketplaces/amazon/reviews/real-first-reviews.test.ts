import { describe, expect, it } from 'vitest';
import { amazonPageContext } from '../../../../lib/marketplaces/amazon/page-context';
import { readReviewList } from '../../../../lib/marketplaces/amazon/read-reviews';
import { FieldReader } from '../../../../lib/marketplaces/shared/field-reader';
import type { Review } from '../../../../lib/schema';
import { HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../../../support/shared-fixtures';

/**
 * The first review of real saved pages, field by field. Every value was read by hand in
 * the page's HTML (not copied from the reader's output); the answer key only covers
 * rating, title and body, so this is where date, author, verified, variant and helpful
 * votes are checked.
 */
const CASES: [file: string, url: string, where: 'product' | 'reviews', want: Review][] = [
  [
    // Foreign review on amazon.co.uk: 'Reviewed in Italy on 16 July 2022', format strip
    // with a separator icon, '18 people found this helpful'.
    'amazon/reviews/uk-duerer-pool-reviews.html',
    'https://www.amazon.co.uk/Duerer-Inflatable-Swimming-Backyard-Outdoor/product-reviews/B086X5XDD3?pageNumber=10',
    'reviews',
    {
      id: 'RVSUCWZO21X9W',
      author: 'faustino pietro',
      date: '2022-07-16',
      dateText: 'Reviewed in Italy on 16 July 2022',
      verified: true,
      variant: 'Size Name: S( 241cm x 142cm x 56cm) | Colour Name: Blue',
      helpfulVotes: 18,
    },
  ],
  [
    // amazon.it 2018: bare '14 novembre 2018', 'Acquisto verificato', '921 persone l'hanno trovato utile'.
    'amazon/reviews/it-B07747FR44-kindle-reviews-p1.html',
    'https://www.amazon.it/Paperwhite-resistente-allacqua-risoluzione-speciali/product-reviews/B07747FR44',
    'reviews',
    {
      id: 'R3OXHZOZ0WM7AZ',
      author: 'Darkphoenix',
      date: '2018-11-14',
      dateText: '14 novembre 2018',
      verified: true,
      variant: 'Connettività: Wi-Fi | Memoria: 8 | Configurazione: Con offerte speciali',
      helpfulVotes: 921,
    },
  ],
  [
    // 2010 permalink: '1 of 2 people found the following review helpful:', <nobr>February 8, 2010</nobr>,
    // 'Amazon Verified Purchase' stripe, author link 'Sara Kazemi "Sarie"'.
    'amazon/reviews/us-0596516499-single-review-legacy.html',
    'http://www.amazon.com/review/RWUN3MGC1ZIPB',
    'reviews',
    {
      id: 'RWUN3MGC1ZIPB',
      author: 'Sara Kazemi "Sarie"',
      date: '2010-02-08',
      dateText: 'February 8, 2010',
      verified: true,
      helpfulVotes: 1,
    },
  ],
  [
    // 2014–16 AUI product page: 'By Eric Redmond on February 12, 2014', 'Format: Kindle Edition',
    // no Verified Purchase badge, '37 people found this helpful.'
    'amazon/product/us-smile-1937785734-book.html',
    'https://www.amazon.com/Node-js-Right-Way-Server-Side-JavaScript/dp/1937785734',
    'product',
    {
      id: 'RAS77D2SCS6S2',
      author: 'Eric Redmond',
      date: '2014-02-12',
      dateText: 'on February 12, 2014',
      verified: false,
      variant: 'Format: Kindle Edition',
      helpfulVotes: 37,
    },
  ],
  [
    // 2026 camelCase card: 'Color: dustpink', Verified Purchase, no helpful statement on this card.
    'amazon/product/us-charmast-charger-pricechecker.html',
    'https://www.amazon.com/dp/B0DR8G428S',
    'product',
    {
      id: 'R2XWT91Z55S2B7',
      author: 'TL',
      date: '2026-07-30',
      dateText: 'Reviewed in the United States on July 30, 2026',
      verified: true,
      variant: 'Color: dustpink',
    },
  ],
];

const FIELDS = ['id', 'author', 'date', 'dateText', 'verified', 'variant', 'helpfulVotes'] as const;

describe.skipIf(!HAVE_SHARED_FIXTURES)('first review of real saved pages', () => {
  it.each(CASES)('%s', (file, href, where, want) => {
    const { document, close } = loadSavedPage(file, href);
    try {
      const url = new URL(href);
      const reviews = readReviewList(document, url, amazonPageContext(document, url), new FieldReader(), where);
      const got = reviews?.[0] ?? {};
      const picked = Object.fromEntries(FIELDS.map((f) => [f, got[f]]));
      const wanted = Object.fromEntries(FIELDS.map((f) => [f, want[f]]));
      expect(picked).toEqual(wanted);
    } finally {
      close();
    }
  });
});

if (!HAVE_SHARED_FIXTURES) console.warn(`[skip] first review of real saved pages: ${SKIP_REASON}`);
