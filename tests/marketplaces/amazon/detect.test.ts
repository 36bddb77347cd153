import { describe, expect, it } from 'vitest';
import { blockReason, detectAmazonPage } from '../../../lib/marketplaces/amazon/detect';
import { amazonStore, AMAZON_MATCHES } from '../../../lib/marketplaces/amazon/hosts';
import { htmlDoc } from '../../support/html';

const EMPTY = htmlDoc('<html><body></body></html>');

describe('detectAmazonPage by URL', () => {
  it.each([
    ['https://www.amazon.com/dp/B0DR8G428S', 'product'],
    ['https://www.amazon.de/Cars-Live/dp/B00004YS4O', 'product'],
    ['https://www.amazon.de/Cars-Live/dp/B00004YS4O/ref=sr_1_1?keywords=x', 'product'],
    ['https://www.amazon.com/gp/product/0131103628', 'product'],
    ['https://www.amazon.co.jp/gp/aw/d/B07H57DNVV', 'product'],
    ['https://www.amazon.com/Dawn-Ultra/product-reviews/B0BBPNPZTC?pageNumber=2', 'reviews'],
    ['https://www.amazon.com/portal/customer-reviews/B0BBPNPZTC', 'reviews'],
    ['https://www.amazon.com/gp/customer-reviews/R1ABCDEFGHIJ', 'reviews'],
    ['http://www.amazon.com/review/RWUN3MGC1ZIPB', 'reviews'],
    ['https://www.amazon.com/s?k=portable+charger', 'search'],
    ['https://www.amazon.de/plastikfrei-flasche/s?ie=UTF8&page=1', 'search'],
    ['https://www.amazon.com/s?me=A2DP2EEPU3VU45', 'search'],
    ['https://www.amazon.ae/gp/bestsellers/appliances', 'search'],
    ['https://www.amazon.com/Best-Sellers-Tools-Home-Improvement/zgbs/hi', 'search'],
    ['https://www.amazon.com/gp/new-releases/books', 'search'],
    ['https://www.amazon.com/b?node=16225007011', 'search'],
    ['https://www.amazon.com/gp/offer-listing/B07L6P7J2M', 'unsupported'],
    ['https://www.amazon.com/gp/cart/view.html', 'unsupported'],
    ['https://www.amazon.com/stores/Anker/page/1F7A', 'unsupported'],
    ['https://www.amazon.com/', 'unsupported'],
    ['https://www.amazon.com/ap/signin?openid.return_to=x', 'blocked'],
    ['https://www.amazon.com/errors/validateCaptcha?amzn=1', 'blocked'],
  ] as const)('%s → %s', (href, kind) => {
    expect(detectAmazonPage(new URL(href), EMPTY)).toBe(kind);
  });
});

describe('detectAmazonPage by document', () => {
  it.each([
    ['<title>Robot Check</title><form action="/errors/validateCaptcha"></form>', 'blocked'],
    ['<input id="captchacharacters">', 'blocked'],
    ['<div id="dp-container"><span id="productTitle">X</span></div>', 'product'],
    ['<div data-component-type="s-search-result" data-asin="B000000001"></div>', 'search'],
    ['<div id="cm_cr-review_list"></div>', 'reviews'],
    ['<p>Looking for something?</p>', 'unsupported'],
  ] as const)('%s → %s', (html, kind) => {
    expect(detectAmazonPage(new URL('https://www.amazon.com/some/odd/path'), htmlDoc(html))).toBe(kind);
  });

  it('a captcha served at a product URL is blocked, with its reason', () => {
    const doc = htmlDoc('<form method="get" action="/errors/validateCaptcha"><input name="amzn"></form>');
    const url = new URL('https://www.amazon.com/dp/0001982389');
    expect(detectAmazonPage(url, doc)).toBe('blocked');
    expect(blockReason(url, doc)).toBe('captcha');
  });

  it('a sign-in wall is blocked for login', () => {
    const url = new URL('https://www.amazon.com/ap/signin?openid.return_to=https%3A%2F%2Fwww.amazon.com%2Fproduct-reviews%2FB0');
    expect(blockReason(url, EMPTY)).toBe('login');
  });
});

describe('amazon hosts', () => {
  it.each([
    ['www.amazon.co.uk', 'GBP'],
    ['www.amazon.com.br', 'BRL'],
    ['smile.amazon.com', 'USD'],
    ['www.amazon.sa', 'SAR'],
  ])('%s → %s', (host, currency) => {
    expect(amazonStore(host)?.currency).toBe(currency);
  });

  it.each(['www.amazon.evil.com', 'amazon.com.evil.org', 'www.notamazon.com'])('does not own %s', (host) => {
    expect(amazonStore(host)).toBeUndefined();
  });

  it('match patterns are https www storefronts only', () => {
    for (const m of AMAZON_MATCHES) expect(m).toMatch(/^https:\/\/www\.amazon\.[a-z.]+\/\*$/);
    expect(AMAZON_MATCHES).toHaveLength(22);
  });
});
