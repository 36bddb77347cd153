import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../lib/cli/load-page';
import type { KeyMoney } from '../support/shared-fixtures';
import { answerKeys, HAVE_SHARED_FIXTURES, SHARED_FIXTURES, SKIP_REASON } from '../support/shared-fixtures';

/** What the side panel must show for one page (its data-* test contract). */
export interface PanelExpectation {
  state: 'read' | 'blocked' | 'no-marketplace';
  pageKind?: string;
  blockedReason?: string;
  /** data-field → exact data-value. */
  fields?: Record<string, string>;
  /** Fields the panel must show as not found (data-missing-field). */
  missing?: string[];
  /** Fields the panel must not show at all. */
  absent?: string[];
}

export interface BrowserCase {
  name: string;
  /** Where the bytes come from, for messages. */
  source: string;
  body: Buffer;
  url: string;
  expect: PanelExpectation;
}

const OWN = join(import.meta.dirname, '../fixtures/browser');

/** Pages written for this test (always run): values checked by reading the files. */
function ownCases(): BrowserCase[] {
  const own = (file: string) => ({ source: `tests/fixtures/browser/${file}`, body: readFileSync(join(OWN, file)) });
  return [
    {
      name: 'own-late-price-product',
      ...own('late-price-product.html'),
      url: 'https://www.amazon.co.uk/Listing-Lens-Test-Kettle/dp/B0TESTBRW1',
      expect: {
        state: 'read',
        pageKind: 'product',
        fields: {
          marketplace: 'amazon',
          id: 'B0TESTBRW1',
          title: 'Listing Lens Test Kettle 1.7 L, Stainless Steel, 3000 W',
          // Rendered by the page's script 1.5 s after load: the content script must wait or re-read.
          price: '24.99 GBP',
          listPrice: '29.99 GBP',
          rating: '4.3',
          reviewCount: '1234',
          bullets: '3',
        },
      },
    },
    {
      name: 'own-not-a-marketplace',
      ...own('not-a-marketplace.html'),
      url: 'https://shop.example.test/kettles',
      expect: { state: 'no-marketplace' },
    },
  ];
}

/** Real saved pages, served at their answer key's URL and checked against the key's values. */
const REAL_PAGES = [
  'amazon/product/us-charmast-charger-pricechecker.html',
  'amazon/product/de-B07H57DNVV-music-cd.html',
  'amazon/search/us-portable-charger-pricechecker.html',
  'amazon/reviews/us-dawn-dish-soap-reviews.html',
  'amazon/other/captcha-robot-check-us-legacy.html',
];

function realCases(): BrowserCase[] {
  const keys = answerKeys('amazon');
  return REAL_PAGES.map((file) => {
    const key = keys.find((k) => k.file === file);
    if (!key?.url) throw new Error(`no answer key with a URL for ${file}`);
    const expect: PanelExpectation = { state: key.pageKind === 'blocked' ? 'blocked' : 'read', pageKind: key.pageKind, fields: { marketplace: 'amazon' } };
    const fields = expect.fields!;
    const missing: string[] = [];
    const absent: string[] = [];
    if (key.pageKind === 'blocked') expect.blockedReason = 'captcha';
    if (key.product) {
      const p = key.product;
      fields.id = p.id;
      const put = (name: string, value: string | null, whenNull: string[]) => {
        if (value === null) whenNull.push(name);
        else fields[name] = value;
      };
      put('title', p.title, missing);
      // A review page's product box often has no price; the panel then leaves the row out.
      put('price', money(p.price), key.pageKind === 'reviews' ? absent : missing);
      put('listPrice', money(p.listPrice), absent);
      put('rating', p.rating === null ? null : String(p.rating), missing);
      put('reviewCount', p.reviewCount === null ? null : String(p.reviewCount), missing);
    }
    if (key.search) fields.results = String(key.search.resultsCount);
    if (key.reviews) fields.reviews = String(key.reviews.count);
    return {
      name: file.replace(/^amazon\//, '').replace(/\.html$/, '').replace(/\//g, '-'),
      source: `${SHARED_FIXTURES}/${file}`,
      body: readFileSync(join(SHARED_FIXTURES, file)),
      url: key.url,
      expect: { ...expect, missing, absent },
    };
  });
}

function money(m: KeyMoney | null): string | null {
  return m === null ? null : `${m.amount} ${m.currency}`;
}

export function browserCases(): { cases: BrowserCase[]; skipped?: string } {
  if (!HAVE_SHARED_FIXTURES) return { cases: ownCases(), skipped: SKIP_REASON };
  return { cases: [...realCases(), ...ownCases()] };
}

/** The Content-Type the real server would have sent: the charset the bytes really are in. */
export function contentTypeFor(body: Buffer): string {
  const { encoding } = decodeHtml(body);
  return `text/html; charset=${encoding === 'gb18030' ? 'gbk' : encoding}`;
}
