import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../lib/cli/load-page';
import type { AnswerKey, KeyMoney } from '../support/shared-fixtures';
import { listingExpectations, type ListingExpectation } from '../support/listing-expected';
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
  /** Listing parts (data-part → data-part-value), from our own answer key (tests/fixtures/listing-expected). */
  parts?: Record<string, string>;
  /** A listing score card whose total is the sum of its sections. */
  listingScore?: boolean;
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
      // A competitor in the real saved search (its third result's ASIN), for the FABE case.
      name: 'own-amazon-power-bank',
      ...own('amazon-power-bank.html'),
      url: 'https://www.amazon.com/dp/B0CB1FW5FC',
      expect: {
        state: 'read',
        pageKind: 'product',
        fields: {
          marketplace: 'amazon',
          id: 'B0CB1FW5FC',
          title: 'Listing Lens Test Power Bank 10000mAh, 45W Fast Charging, USB-C',
          price: '21.59 USD',
          rating: '4.4',
          reviewCount: '5120',
          bullets: '5',
        },
      },
    },
    {
      // Its price bands are checked by the history case (values worked out by hand in the file).
      name: 'own-amazon-search-cat-food',
      ...own('amazon-search-cat-food.html'),
      url: 'https://www.amazon.co.uk/s?k=cat+food',
      expect: { state: 'read', pageKind: 'search', fields: { marketplace: 'amazon', results: '16' } },
    },
    {
      name: 'own-not-a-marketplace',
      ...own('not-a-marketplace.html'),
      url: 'https://shop.example.test/kettles',
      expect: { state: 'no-marketplace' },
    },
    {
      name: 'own-jd-modern-item',
      ...own('jd-modern-item.html'),
      url: 'https://item.jd.com/100098765432.html',
      expect: {
        state: 'read',
        pageKind: 'product',
        fields: {
          marketplace: 'jd',
          id: '100098765432',
          title: 'Listing Lens 测试电热水壶 1.7L 304不锈钢 家用大容量 自动断电',
          // Filled in by the page's script 1.2 s after load (JD's wareBusiness request).
          price: '129 CNY',
          listPrice: '199 CNY',
          shop: 'Listing Lens 京东自营旗舰店',
          selfOperated: 'true',
          options: '2',
        },
        // JD shows no star average and no bullet points: neither is "not found".
        absent: ['rating', 'bullets'],
      },
    },
    {
      name: 'own-taobao-slider-punish',
      ...own('taobao-slider-punish.html'),
      url: 'https://item.taobao.com/_____tmd_____/punish?x5secdata=xd1b2c3&x5step=1',
      expect: { state: 'blocked', pageKind: 'blocked', blockedReason: 'captcha', fields: { marketplace: 'taobao' }, absent: ['title', 'price'] },
    },
    {
      name: 'own-jd-risk-check',
      ...own('jd-risk-check.html'),
      url: 'https://cfe.m.jd.com/privatedomain/risk_handler/03101900/?returnurl=https%3A%2F%2Fitem.jd.com%2F100098765432.html&evtype=2&rpid=rp-8817',
      expect: { state: 'blocked', pageKind: 'blocked', blockedReason: 'risk-check', fields: { marketplace: 'jd' }, absent: ['title', 'price'] },
    },
  ];
}

/**
 * Real saved pages, served at their answer key's URL (over HTTPS, as the marketplaces serve
 * them now; the content scripts match https only) with the charset their bytes are in, and
 * checked against the key's values.
 */
const REAL_PAGES = [
  'amazon/product/us-charmast-charger-pricechecker.html',
  'amazon/product/de-B07H57DNVV-music-cd.html',
  'amazon/search/us-portable-charger-pricechecker.html',
  'amazon/reviews/us-dawn-dish-soap-reviews.html',
  'amazon/other/captcha-robot-check-us-legacy.html',
  // 淘宝价 ¥25 over a struck 价格 ¥28; UTF-8.
  'taobao/product/item-538429031287-blouse.html',
  // GBK bytes behind a utf-8 <meta charset>; a SKU price range 5499–6799.
  'tmall/product/item-605258110430-iphone11.html',
  // GBK, saved after its scripts filled in the price.
  'jd/product/item-917461-huawei-p6.html',
  // The price is an empty AJAX placeholder: it must show as not found.
  'jd/product/item-hp-envy-dv4.html',
];

/** Core fields each marketplace's product pages show (a key's null there is "not found"; elsewhere "not shown"). */
const EXPECTED_CORE: Record<string, readonly string[]> = {
  amazon: ['price', 'rating', 'reviewCount'],
  taobao: ['price', 'reviewCount'],
  tmall: ['price', 'reviewCount'],
  jd: ['price', 'reviewCount'],
};

function realCases(): BrowserCase[] {
  const keys = ['amazon', 'taobao', 'tmall', 'jd'].flatMap(answerKeys);
  return REAL_PAGES.map((file) => {
    const key = keys.find((k) => k.file === file);
    if (!key?.url) throw new Error(`no answer key with a URL for ${file}`);
    const expect: PanelExpectation = { state: key.pageKind === 'blocked' ? 'blocked' : 'read', pageKind: key.pageKind, fields: { marketplace: key.marketplace } };
    const fields = expect.fields!;
    const missing: string[] = [];
    const absent: string[] = [];
    if (key.pageKind === 'blocked') expect.blockedReason = 'captcha';
    if (key.product) {
      const p = key.product;
      fields.id = p.id;
      const core = EXPECTED_CORE[key.marketplace] ?? [];
      const put = (name: string, value: string | null, whenNull: string[]) => {
        if (value === null) whenNull.push(name);
        else fields[name] = value;
      };
      put('title', p.title, missing);
      // A review page's product box often has no price; the panel then leaves the row out.
      put('price', money(p.price), key.pageKind === 'reviews' ? absent : missing);
      put('priceRange', keyRange(p.priceRange), absent);
      put('listPrice', money(p.listPrice), absent);
      put('rating', p.rating === null ? null : String(p.rating), core.includes('rating') ? missing : absent);
      put('reviewCount', p.reviewCount === null ? null : String(p.reviewCount), missing);
    }
    const listing = key.pageKind === 'product' ? listingExpectations(key.marketplace).find((l) => l.file === file) : undefined;
    if (listing) Object.assign(expect, { parts: listingParts(listing), listingScore: true });
    if (key.search) fields.results = String(key.search.resultsCount);
    if (key.reviews) fields.reviews = String(key.reviews.count);
    const url = new URL(key.url);
    url.protocol = 'https:';
    return {
      name: file.replace(/^amazon\//, '').replace(/\.html$/, '').replace(/\//g, '-'),
      source: `${SHARED_FIXTURES}/${file}`,
      body: readFileSync(join(SHARED_FIXTURES, file)),
      url: url.href,
      expect: { ...expect, missing, absent },
    };
  });
}

/**
 * The Page tab's listing parts as components/listing/listing-parts-view.tsx exposes them:
 * media `<images>/<videos or 0>`, badges and promotions by count, '' when the page shows none.
 */
function listingParts(l: ListingExpectation): Record<string, string> {
  const out: Record<string, string> = {
    badges: l.badges ? String(l.badges.length) : '',
    promotions: l.promotions ? String(l.promotions.length) : '',
    questionCount: l.questionCount === null ? '' : String(l.questionCount),
  };
  if (l.media === null) out.media = '';
  else if (l.media.imageCount !== undefined && l.media.videoCount !== undefined) out.media = `${l.media.imageCount}/${l.media.videoCount ?? 0}`;
  return out;
}

/** The key's flat price range (`{ min: 5499, max: 6799, currency: 'CNY' }`) as the panel's raw `<min>-<max> <currency>`. */
function keyRange(range: NonNullable<AnswerKey['product']>['priceRange']): string | null {
  return range === null ? null : `${range.min}-${range.max} ${range.currency}`;
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
