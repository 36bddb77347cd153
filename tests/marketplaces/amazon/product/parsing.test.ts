import { afterAll, describe, expect, it } from 'vitest';
import { parseUntrustedHtml } from '../../../../lib/cli/load-page';
import { sellerFromMerchantText } from '../../../../lib/marketplaces/amazon/product/buying';
import { markupToText } from '../../../../lib/marketplaces/amazon/product/content';
import { parseSalesRanks } from '../../../../lib/marketplaces/amazon/product/details';
import { cleanBrand } from '../../../../lib/marketplaces/amazon/product/identity';
import { readAPrice, readPriceText } from '../../../../lib/marketplaces/amazon/product/price';
import { parseSalesVolume, ratingStrategies, reviewCountStrategies } from '../../../../lib/marketplaces/amazon/product/ratings';
import type { MoneyContext } from '../../../../lib/marketplaces/shared/money';

const pages: Array<() => void> = [];
afterAll(() => pages.forEach((close) => close()));

/** A fragment of our own markup as an element (parsed, never assigned through innerHTML). */
function fragment(html: string): Element {
  // A table cell only parses inside a table.
  const isCell = html.startsWith('<td');
  const body = isCell ? `<table><tbody><tr>${html}</tr></tbody></table>` : html;
  const { document, close } = parseUntrustedHtml(`<!doctype html><body>${body}</body>`, 'https://www.amazon.com/');
  pages.push(close);
  return isCell ? document.querySelector('td')! : document.body.firstElementChild!;
}

const USD: MoneyContext = { currency: 'USD', decimal: '.' };
const EUR: MoneyContext = { currency: 'EUR', decimal: ',' };

describe('cleanBrand', () => {
  it.each([
    ['Visit the JETech Store', 'JETech'],
    ['Brand: WMF', 'WMF'],
    ['Besuchen Sie den Bosch-Store', 'Bosch'],
    ['Visita la tienda de Cecotec', 'Cecotec'],
    ['Visita lo Store di Philips', 'Philips'],
    ['Marque : Tefal', 'Tefal'],
    ['Marke: sourcing map', 'sourcing map'],
    ['Ankerのストアを表示', 'Anker'],
    ['uxcell', 'uxcell'], // a plain brand link
  ])('%s → %s', (text, brand) => expect(cleanBrand(text)).toBe(brand));
});

describe('parseSalesVolume', () => {
  it.each([
    ['2K+ bought in past month', 2000],
    ['300+ bought in past month', 300],
    ['Mehr als 1.000 Mal im letzten Monat gekauft', 1000],
    ['過去1か月で1000点以上購入されました', 1000],
    ['10 mil+ comprados no mês passado', 10000],
  ])('%s → min %d', (text, min) => expect(parseSalesVolume(text)).toEqual({ min, text }));

  it('gives nothing for text without a count', () => expect(parseSalesVolume('bought in past month')).toBeUndefined());
});

describe('sellerFromMerchantText', () => {
  it.each([
    ['Ships from and sold by Amazon.com. Gift-wrap available.', 'Amazon.com'],
    ['Sold by Cousin Floyd and Fulfilled by Amazon. Gift-wrap available.', 'Cousin Floyd'],
    ['Dispatched from and sold by Ascot City.', 'Ascot City'],
    ['Verkauf und Versand durch Amazon. Geschenkverpackung verfügbar.', 'Amazon'],
    ['Verkauf durch NITZ OVERSEAS und Versand durch Amazon.', 'NITZ OVERSEAS'],
    ['Expédié et vendu par livres_allemands.', 'livres_allemands'],
    ['Vendido y enviado por Amazon.', 'Amazon'],
  ])('%s → %s', (text, seller) => expect(sellerFromMerchantText(text)).toBe(seller));

  it('finds no seller in unrelated text', () => expect(sellerFromMerchantText('In Stock.')).toBeUndefined());
});

describe('readPriceText', () => {
  it.each([
    ['$12.99 - $24.99', USD, { amount: 12.99, currency: 'USD' }, { min: 12.99, max: 24.99 }],
    ['EUR 6,37', EUR, { amount: 6.37, currency: 'EUR' }, undefined],
    ['CDN$ 9.99', USD, { amount: 9.99, currency: 'CAD' }, undefined],
    ['£6.39', USD, { amount: 6.39, currency: 'GBP' }, undefined],
    ['12,99 € – 19,99 €', EUR, { amount: 12.99, currency: 'EUR' }, { min: 12.99, max: 19.99 }],
  ] as const)('%s', (text, ctx, price, range) => {
    const read = readPriceText(text, ctx);
    expect(read?.price).toEqual(price);
    expect(read?.range && { min: read.range.min.amount, max: read.range.max.amount }).toEqual(range);
  });

  it('reads nothing from text without digits', () => expect(readPriceText('Currently unavailable.', USD)).toBeUndefined());
});

describe('readAPrice', () => {
  it.each([
    // markup, context, amount, currency
    ['<span class="a-price"><span class="a-offscreen">$35.99</span><span aria-hidden="true">$35.99</span></span>', USD, 35.99, 'USD'],
    // 2024+: empty offscreen, the visible parts carry the price
    ['<span class="a-price"><span class="a-offscreen"> </span><span aria-hidden="true"><span class="a-price-symbol">AED</span><span class="a-price-whole">1,299<span class="a-price-decimal">.</span></span><span class="a-price-fraction">50</span></span></span>', USD, 1299.5, 'AED'],
    ['<span class="a-price"><span class="a-offscreen"></span><span aria-hidden="true"><span class="a-price-whole">1.299<span class="a-price-decimal">,</span></span><span class="a-price-fraction">00</span><span class="a-price-symbol">€</span></span></span>', EUR, 1299, 'EUR'],
  ] as const)('%#: %s', (html, ctx, amount, currency) => {
    expect(readAPrice(fragment(html), ctx)).toEqual({ amount, currency });
  });

  it('reads nothing from an empty price shell', () => {
    expect(readAPrice(fragment('<span class="a-price"><span class="a-offscreen"> </span><span aria-hidden="true"></span></span>'), USD)).toBeUndefined();
  });
});

describe('parseSalesRanks', () => {
  it.each([
    [
      '2019 list item with sub-ranks (en)',
      '<li id="SalesRank"><b>Amazon Best Sellers Rank:</b> #409,707 in Clothing, Shoes &amp; Jewelry (<a>See Top 100 in Clothing, Shoes &amp; Jewelry</a>)<ul class="zg_hrsr"><li class="zg_hrsr_item"><span class="zg_hrsr_rank">#15457</span> <span class="zg_hrsr_ladder">in&nbsp;<a>Clothing, Shoes &amp; Jewelry</a> &gt; <a>Women</a> &gt; <b><a>Tops, Tees &amp; Blouses</a></b></span></li></ul></li>',
      [{ rank: 409707, category: 'Clothing, Shoes & Jewelry' }, { rank: 15457, category: 'Tops, Tees & Blouses' }],
    ],
    [
      '2025 table cell, lines split by <br>',
      '<td><span><span>#16,222 in Kitchen (<a>See Top 100 in Kitchen</a>)</span><br><span>#24 in <a>Centrifugal Juicers</a></span><br></span></td>',
      [{ rank: 16222, category: 'Kitchen' }, { rank: 24, category: 'Centrifugal Juicers' }],
    ],
    [
      'German',
      '<td class="value"> Nr. 1.234.207 in Küche, Haushalt &amp; Wohnen (<a>Siehe Top 100 in Küche, Haushalt &amp; Wohnen</a>)<ul class="zg_hrsr"><li class="zg_hrsr_item"><span class="zg_hrsr_rank">Nr. 1345</span> <span class="zg_hrsr_ladder">in&nbsp;<a>Hussen</a></span></li></ul></td>',
      [{ rank: 1234207, category: 'Küche, Haushalt & Wohnen' }, { rank: 1345, category: 'Hussen' }],
    ],
    [
      'French (no # marker, "dans" for sub-ranks)',
      '<li id="SalesRank"><b>Classement des meilleures ventes d\'Amazon:</b> 167 en CD &amp; Vinyles (<a>Voir les 100 premiers en CD &amp; Vinyles</a>)<ul class="zg_hrsr"><li class="zg_hrsr_item"><span class="zg_hrsr_rank">n°9</span> <span class="zg_hrsr_ladder">dans&nbsp;<a>Pop Rock</a></span></li></ul></li>',
      [{ rank: 167, category: 'CD & Vinyles' }, { rank: 9, category: 'Pop Rock' }],
    ],
    [
      'Spanish',
      '<td><span><span>nº1,643,215 en Hogar y cocina (<a>Ver el Top 100 en Hogar y cocina</a>)</span><br><span>nº2,417 en <a>Robots aspiradores</a></span></span></td>',
      [{ rank: 1643215, category: 'Hogar y cocina' }, { rank: 2417, category: 'Robots aspiradores' }],
    ],
    [
      'Japanese',
      '<li id="SalesRank"><b>Amazon 売れ筋ランキング:</b> 本 - 12,345位 (<a>本の売れ筋ランキングを見る</a>)<ul class="zg_hrsr"><li class="zg_hrsr_item"><span class="zg_hrsr_rank">89位</span><span class="zg_hrsr_ladder"><a>Python</a></span></li></ul></li>',
      [{ rank: 12345, category: '本' }, { rank: 89, category: 'Python' }],
    ],
  ])('%s', (_name, html, ranks) => expect(parseSalesRanks([fragment(html)])).toEqual(ranks));
});

describe('rating and review count next to the title, by locale', () => {
  it.each([
    ['4.5 out of 5 stars', '5,136 ratings', 4.5, 5136],
    ['4,1 de 5 estrellas', '5.182 valoraciones', 4.1, 5182],
    ['4,3 von 5 Sternen', '1.234 Sternebewertungen', 4.3, 1234],
    ['4,6 sur 5 étoiles', '2\u202f345 évaluations', 4.6, 2345],
    ['5つ星のうち4.5', '1,234個の評価', 4.5, 1234],
    ['4.2 out of 5 stars', '(226)', 4.2, 226],
  ])('%s / %s', (title, countText, rating, count) => {
    const el = fragment(
      `<div id="averageCustomerReviews"><span id="acrPopover" title="${title}"></span><span id="acrCustomerReviewText">${countText}</span></div>`,
    );
    const doc = el.ownerDocument;
    expect(ratingStrategies(doc)[0]!.read()).toBe(rating);
    expect(reviewCountStrategies(doc)[0]!.read()).toBe(count);
  });
});

describe('markupToText', () => {
  it('strips tags and decodes entities of <noscript> text without parsing it as HTML', () => {
    expect(markupToText('<div><p><strong>Girls &amp; boys</strong> can&nbsp;rule.</p><script>x()</script><p>It&#8217;s true</p></div>')).toBe(
      'Girls & boys can rule. It’s true',
    );
  });
});
