import { describe, expect, it } from 'vitest';
import { asinFromUrl, productUrl } from '../../../../lib/marketplaces/amazon/search/product-link';
import { parseResultCount } from '../../../../lib/marketplaces/amazon/search/result-count';
import { queryAll } from '../../../../lib/marketplaces/amazon/search/simple-selectors';
import { htmlDoc } from '../../../support/html';

describe('parseResultCount', () => {
  it.each([
    ['1-16 of over 2,000 results for', 2000],
    ['1-48 of 76 results for', 76],
    ['14 results for', 14],
    ['1-48 von mehr als 5.000 Ergebnissen', 5000],
    ['1-16 von 33 Ergebnissen oder Vorschlägen für "plastikfrei besteck"', 33],
    ['7 Ergebnisse für "plastikfrei für einsteiger"', 7],
    ['1-48 de más de 10.000 resultados para', 10000],
    ['1-48 de mais de 6.000 resultados para "notebook dell"', 6000],
    ['検索結果 10,000 以上 のうち 1-48件', 10000],
    ['2,000件以上のうち1-48件', 2000],
    ['1-16 sur plus de 1 000 résultats pour', 1000],
    ['1-24 of over 1,000 results for "iphone 12"', 1000],
    ['17–32 of 195 results', 195],
  ])('%s → %i', (text, want) => {
    expect(parseResultCount(text)).toBe(want);
  });

  it.each([['Sort by: Featured'], ['']])('%j → undefined', (text) => {
    expect(parseResultCount(text)).toBeUndefined();
  });
});

describe('productUrl', () => {
  const base = new URL('https://www.amazon.com/s?k=charger');
  it.each([
    // relative /dp/ link: slug and ASIN kept, /ref=… and tracking query dropped
    ['/Anker-Power-Bank/dp/B0CXDXP8VR/ref=sr_1_8?keywords=charger&qid=1&sr=8-8', 'https://www.amazon.com/Anker-Power-Bank/dp/B0CXDXP8VR'],
    // 2020+ sponsored click redirect
    ['/sspa/click?ie=UTF8&spc=MTox&url=%2FCoowisty-Portable%2Fdp%2FB0FQVG4RWW%2Fref%3Dsr_1_1_sspa%3Fpsc%3D1', 'https://www.amazon.com/Coowisty-Portable/dp/B0FQVG4RWW'],
    // ≤2021 picassoRedirect with an absolute target and a session id after the ref
    ['/gp/slredirect/picassoRedirect.html/ref=pa_sp_atf?ie=UTF8&url=https%3A%2F%2Fwww.amazon.de%2FFreiglas%2Fdp%2FB077ZB6LWK%2Fref%3Dsr_1_1_sspa%2F258-2175373-7115355', 'https://www.amazon.de/Freiglas/dp/B077ZB6LWK'],
    ['/gp/product/B00004YS4O/ref=x', 'https://www.amazon.com/gp/product/B00004YS4O'],
    // not a /dp/ link: kept whole (the track ASIN is in the query), hash dropped
    ['/-/en/music/player/albums/B08D9164JT?trackAsin=B08D92SGLJ#customerReviews', 'https://www.amazon.com/-/en/music/player/albums/B08D9164JT?trackAsin=B08D92SGLJ'],
  ])('%s', (href, want) => {
    expect(productUrl(href, base)).toBe(want);
  });

  it.each([[null], [''], ['javascript:void(0)'], ['/sspa/click?ie=UTF8']])('%j → undefined', (href) => {
    expect(productUrl(href, base)).toBeUndefined();
  });

  it('finds the ASIN in a product URL', () => {
    expect(asinFromUrl('https://www.amazon.com/x/dp/0596516495')).toBe('0596516495');
    expect(asinFromUrl('https://www.amazon.com/b?node=1')).toBeUndefined();
  });
});

describe('queryAll fast path', () => {
  const doc = htmlDoc(`<div id="root">
    <span class="a-price x" data-a-strike="true">1</span>
    <h2 class="t"><span class="a-offscreen">2</span></h2>
    <a href="/s/dp/B000000001#customerReviews">3</a>
    <div class="_cDEzb_p13n-sc-price_3mJ9Z">4</div>
  </div>`);
  const root = doc.getElementById('root')!;

  it.each([
    ['.a-price', ['1']],
    ['[data-a-strike="true"], .a-offscreen', ['1', '2']],
    ['[href*="customerReviews"]', ['3']],
    ['[class*="p13n-sc-price_"]', ['4']],
    ['h2', ['2']],
    ['h2 .a-offscreen', ['2']], // not simple: answered by the DOM
  ])('%s matches what querySelectorAll matches', (selector, want) => {
    expect(queryAll(root, selector).map((e) => e.textContent?.trim())).toEqual(want);
    expect(Array.from(root.querySelectorAll(selector)).map((e) => e.textContent?.trim())).toEqual(want);
  });
});
