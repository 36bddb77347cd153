import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../../../lib/marketplaces/run-reader';
import type { PageRead, SearchResult } from '../../../../lib/schema';
import { htmlDoc } from '../../../support/html';

/** Pages we wrote (tests/fixtures/amazon/search); each says at its top what it is modelled on. */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/amazon/search');

const NOW = new Date('2026-11-26T00:00:00Z');

function read(name: string, href: string): PageRead {
  return readPage(htmlDoc(readFileSync(join(FIXTURES, name), 'utf8'), href), href, NOW);
}

const usd = (amount: number) => ({ amount, currency: 'USD' });
const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('modern tiles (2025/26 data-cy layout)', () => {
  const page = read('modern-tiles.html', 'https://www.amazon.com/s?k=garlic+press+2');
  const results = page.results ?? [];

  it('reads a search page with one result per tile, brand banner and video widget left out', () => {
    expect(page.pageKind).toBe('search');
    expect(results.map((r) => r.id)).toEqual(['B0TSPONS01', 'B0TORGAN02', 'B0TUNAVA03', 'B0TWHOLE04', 'B0THIDDE05']);
    expect(results.map((r) => r.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each<[number, Partial<SearchResult>]>([
    // sponsored: label + /sspa/click; the ad redirect is unwrapped; struck List price after the price
    [1, { title: 'Acme Garlic Press, Rocker Style', sponsored: true, price: usd(25.18), rating: 4.5, reviewCount: 1187, url: 'https://www.amazon.com/Acme-Garlic-Press/dp/B0TSPONS01' }],
    // struck "Typical" price before the price, unit price, brand h2 above the title, "(1.2K)" alone
    [2, { title: 'Garlic Press, Stainless Steel Mincer', sponsored: false, price: usd(19.99), rating: 4.1, reviewCount: 1200, url: 'https://www.amazon.com/Zest-Garlic-Press/dp/B0TORGAN02' }],
    // "Currently unavailable": "More Buying Choices $2.39" is another seller's offer
    [3, { title: 'Vintage Garlic Press (Discontinued)', sponsored: false, price: undefined, rating: 3.6, reviewCount: 88 }],
    // empty .a-offscreen: visible whole/fraction spans
    [4, { title: 'Professional Garlic Press, Commercial Grade', price: usd(1299), rating: 4.8, reviewCount: 3405, url: 'https://www.amazon.com/Pro-Press/dp/B0TWHOLE04' }],
    // hidden pickup price before the shown one; no reviews yet
    [5, { title: 'Mini Garlic Press', price: usd(12.49), rating: undefined, reviewCount: undefined }],
  ])('tile %i', (position, want) => {
    const got = results[position - 1];
    expect(got).toBeDefined();
    for (const [field, value] of Object.entries(want)) {
      expect(got![field as keyof SearchResult], field).toEqual(value);
    }
  });

  it('reads the "over 2,000 results" line as a lower bound, not the query\'s digits', () => {
    expect(page.totalResults).toBe(2000);
    expect(page.provenance?.totalResults).toBe('result-info-bar');
  });

  it('reports tiles without a price or rating once for the list, as optional', () => {
    expect(page.issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'results.price', severity: 'missing-optional' }),
      expect.objectContaining({ field: 'results.rating', severity: 'missing-optional' }),
    ]));
    expect(page.issues.filter((i) => i.field === 'results')).toEqual([]);
  });
});

describe('legacy tiles (2019 amazon.de li.s-result-item)', () => {
  const page = read('legacy-tiles.html', 'https://www.amazon.de/plastikfrei-flasche/s?ie=UTF8&page=1&rh=i%3Aaps%2Ck%3Aplastikfrei%20flasche');
  const results = page.results ?? [];

  it('counts the three tiles: not the hidden placeholder, not the commented-out next page', () => {
    expect(results.map((r) => r.id)).toEqual(['B0LEGSPON0', 'B0LEGKIND1', 'B0LEGORGA2']);
    expect(page.provenance?.results).toBe('legacy-result-items');
  });

  it.each<[number, Partial<SearchResult>]>([
    // "Gesponsert" header, offscreen "[Gesponsert]" prefix left out of the title, no price shown
    [1, { title: 'Glas Trinkflasche 1,0l *Blume des Lebens*', sponsored: true, price: undefined, rating: 4.8, reviewCount: 7, url: 'https://www.amazon.de/Glas-Trinkflasche-Blume/dp/B0LEGSPON0' }],
    // Kindle Unlimited "EUR 0,00" then "EUR 2,99 kaufen": the purchase price
    [2, { title: 'Fermentieren für Anfänger: So gelingt es', sponsored: false, price: eur(2.99), rating: 4.6, reviewCount: 1096 }],
    // struck RRP before the price; highlight markup joined without extra spaces
    [3, { title: 'Edelstahl Trinkflasche plastikfrei, 750 ml', sponsored: false, price: eur(19.99), url: 'https://www.amazon.de/Edelstahl-Trinkflasche/dp/B0LEGORGA2' }],
  ])('tile %i', (position, want) => {
    const got = results[position - 1];
    expect(got).toBeDefined();
    for (const [field, value] of Object.entries(want)) {
      expect(got![field as keyof SearchResult], field).toEqual(value);
    }
  });

  it('reads "1-16 von 139 Ergebnissen" as 139', () => {
    expect(page.totalResults).toBe(139);
  });
});

describe('zero-result page', () => {
  it('gives an empty list and no results issue', () => {
    const page = read('zero-results.html', 'https://www.amazon.com/s?k=qwxzyv+garlic');
    expect(page.pageKind).toBe('search');
    expect(page.results).toEqual([]);
    expect(page.totalResults).toBe(0);
    expect(page.issues.filter((i) => i.field === 'results')).toEqual([]);
  });
});

describe('pages whose markup changed', () => {
  it('reports missing results (not an empty list) when no tile layout matches', () => {
    const page = read('renamed-tiles.html', 'https://www.amazon.com/s?k=pillow');
    expect(page.pageKind).toBe('search');
    expect(page.results).toBeUndefined();
    expect(page.issues).toContainEqual(expect.objectContaining({ field: 'results', severity: 'missing-required' }));
    expect(page.issues.find((i) => i.field === 'results')?.tried).toContain('search-result-tiles');
  });

  it('leaves the price out, never taking a struck, unit, coupon or other-offer amount', () => {
    const page = read('renamed-price.html', 'https://www.amazon.com/s?k=pillow');
    expect(page.results?.map((r) => [r.id, r.price])).toEqual([
      ['B0PRICEX01', undefined],
      ['B0PRICEX02', undefined],
      ['B0PRICEX03', undefined],
    ]);
    expect(page.issues).toContainEqual(expect.objectContaining({ field: 'results.price', severity: 'missing-required' }));
  });
});

describe('best-seller cards (2021+ #gridItemRoot)', () => {
  const page = read('best-sellers.html', 'https://www.amazon.com/gp/bestsellers/kitchen');

  it.each<[number, SearchResult]>([
    // ASIN from the faceout id; "1 offer from $59.99" is the card's only price
    [1, { position: 1, id: 'B0ZGCARD01', title: 'Spiral Slicer, 5 Blades', url: 'https://www.amazon.com/Spiral-Slicer/dp/B0ZGCARD01', price: usd(59.99), rating: 4.6, reviewCount: 132223, sponsored: false }],
    // inner data-asin; hashed price class
    [2, { position: 2, id: 'B0ZGCARD02', title: 'Herb Scissors with 5 Blades', url: 'https://www.amazon.com/Herb-Scissors/dp/B0ZGCARD02', price: usd(12.99), rating: 3.9, reviewCount: 1321, sponsored: false }],
  ])('card %i', (position, want) => {
    expect(page.results?.[position - 1]).toEqual(want);
  });

  it('has no result count to read', () => {
    expect(page.totalResults).toBeUndefined();
    expect(page.issues).toContainEqual(expect.objectContaining({ field: 'totalResults', severity: 'missing-optional' }));
  });
});
