import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUntrustedHtml } from '../../../../lib/cli/load-page';
import { readPage } from '../../../../lib/marketplaces/run-reader';
import { PageReadSchema, type PageRead, type Product } from '../../../../lib/schema';

/** Small pages we wrote (tests/fixtures/amazon/product); each says at its top what it is modelled on. */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/amazon/product');
const NOW = new Date('2026-11-26T00:00:00Z');

function withPage<T>(file: string, url: string, edit: (doc: Document) => void, fn: (read: PageRead) => T): T {
  const { document, close } = parseUntrustedHtml(readFileSync(join(FIXTURES, file), 'utf8'), url);
  try {
    edit(document);
    const read = readPage(document, url, NOW);
    expect(PageReadSchema.safeParse(read).success).toBe(true);
    return fn(read);
  } finally {
    close();
  }
}

const read = (file: string, url: string, edit: (doc: Document) => void = () => undefined) =>
  withPage(file, url, edit, (r) => r);

const issueFields = (r: PageRead) => r.issues.map((i) => i.field);

const CORE = ['core-price-2025.html', 'https://www.amazon.com/Acme-Electric-Kettle/dp/B0FAKE0001'] as const;

describe('readProduct on hand-written pages', () => {
  it('reads a 2025 page whose .a-offscreen is empty from the visible whole/fraction spans', () => {
    const r = read(...CORE);
    expect(r.pageKind).toBe('product');
    expect(r.product).toEqual<Product>({
      id: 'B0FAKE0001',
      title: 'Acme Electric Kettle 1.7 L, Stainless Steel, Auto Shut-Off',
      brand: 'Acme',
      price: { amount: 24.99, currency: 'USD' },
      listPrice: { amount: 29.99, currency: 'USD' },
      rating: 4.6,
      reviewCount: 12345,
      salesVolume: { min: 2000, text: '2K+ bought in past month' },
      bullets: ['Boils 1.7 L of water in about four minutes', 'Auto shut-off and boil-dry protection'],
      description: 'A fast, quiet kettle for tea and coffee.',
      specs: {
        Brand: 'Acme',
        Capacity: '1.7 Liters',
        'Product Dimensions': '20 x 15 x 25 cm; 1.1 kg',
        'Item model number': 'AK-17',
        ASIN: 'B0FAKE0001',
      },
      images: [
        'https://m.media-amazon.com/images/I/71kettleAAL._AC_SL1500_.jpg',
        'https://m.media-amazon.com/images/I/31kettleBBL._AC_.jpg',
      ],
      categoryPath: ['Home & Kitchen', 'Electric Kettles'],
      salesRanks: [
        { rank: 1234, category: 'Home & Kitchen' },
        { rank: 5, category: 'Electric Kettles' },
      ],
      seller: 'Acme Direct',
      availability: 'In Stock',
      // Listing parts (issue #10): two gallery entries in 'colorImages', "-17%" beside the price.
      media: { imageCount: 2, mainImage: 'https://m.media-amazon.com/images/I/71kettleAAL._AC_SL1500_.jpg' },
      promotions: [{ kind: 'discount', text: '-17%', percentOff: 17 }],
    });
    expect(r.provenance).toMatchObject({ 'product.price': 'core-price', 'product.listPrice': 'strike-in-price-block' });
    expect(issueFields(r).filter((f) => f.startsWith('product.'))).toEqual([]);
  });

  it.each([
    // file, url, expected price, expected provenance
    ['apex-label-only.html', 'https://www.amazon.com/dp/B0FAKE0002', { amount: 17.75, currency: 'USD' }, 'apex-price-label'],
    ['product-facts-de.html', 'https://www.amazon.de/dp/B0FAKE0003', { amount: 19.99, currency: 'EUR' }, 'core-price'],
    ['variation-range.html', 'https://www.amazon.com/dp/B0FAKE0006', { amount: 12.99, currency: 'USD' }, 'core-price'],
  ] as const)('%s: price %o from %s', (file, url, price, provenance) => {
    const r = read(file, url);
    expect(r.product?.price).toEqual(price);
    expect(r.provenance?.['product.price']).toBe(provenance);
    expect(issueFields(r)).not.toContain('product.price');
  });

  it('reads a variation parent range as priceRange with the minimum as price', () => {
    const r = read('variation-range.html', 'https://www.amazon.com/dp/B0FAKE0006');
    expect(r.product?.priceRange).toEqual({ min: { amount: 12.99, currency: 'USD' }, max: { amount: 24.99, currency: 'USD' } });
    expect(r.product?.brand).toBe('Palm');
  });

  it('reads the product-facts layout: bullets from its list, facts rows as specs, German formats', () => {
    const p = read('product-facts-de.html', 'https://www.amazon.de/dp/B0FAKE0003').product!;
    expect(p.bullets).toEqual(['Weiche Bio-Baumwolle mit 180 g/m²', 'Klassischer Rundhalsausschnitt', 'Bei 40 °C waschbar']);
    expect(p.specs).toMatchObject({ Materialzusammensetzung: '100 % Baumwolle', Pflegehinweise: 'Maschinenwäsche', Herkunftsland: 'Portugal' });
    expect(p.specs?.['Im Angebot von Amazon.de seit']).toBe('3. März 2025');
    expect(p).toMatchObject({
      brand: 'Nordwind',
      rating: 4.3,
      reviewCount: 1234,
      seller: 'Amazon',
      availability: 'Auf Lager.',
      categoryPath: ['Fashion', 'Herren', 'T-Shirts'],
      salesRanks: [{ rank: 4321, category: 'Fashion' }, { rank: 12, category: 'T-Shirts für Herren' }],
    });
  });

  it.each([
    // file, url, words the price issue must contain
    ['currently-unavailable.html', 'https://www.amazon.co.uk/dp/B0FAKE0004', 'currently unavailable'],
    ['see-all-buying-options.html', 'https://www.amazon.com/dp/B0FAKE0005', 'See all buying options'],
  ] as const)('%s: no buy-box price → price absent with a required issue', (file, url, words) => {
    const r = read(file, url);
    expect(r.product?.id).toBeDefined();
    expect(r.product?.price).toBeUndefined();
    expect(r.product?.listPrice).toBeUndefined(); // carousel / other-seller strikes are not this product's
    const issue = r.issues.find((i) => i.field === 'product.price');
    expect(issue?.severity).toBe('missing-required');
    expect(issue?.message).toContain(words);
  });

  it('keeps the out-of-stock headline as availability', () => {
    const r = read('currently-unavailable.html', 'https://www.amazon.co.uk/dp/B0FAKE0004');
    expect(r.product?.availability).toBe("Currently unavailable. We don't know when or if this item will be back in stock.");
    expect(r.product?.brand).toBe('Fjord');
  });

  it('gives no brand for a contributor byline and reports it', () => {
    const r = read('see-all-buying-options.html', 'https://www.amazon.com/dp/B0FAKE0005');
    expect(r.product?.brand).toBeUndefined();
    expect(issueFields(r)).toContain('product.brand');
    expect(r.product).toMatchObject({ rating: 4, reviewCount: 79, title: 'The Lighthouse Sessions - Live 1981' });
  });
});

describe('readProduct with parts of the page removed', () => {
  const remove = (selector: string) => (doc: Document) => {
    for (const el of Array.from(doc.querySelectorAll(selector))) el.remove();
  };

  it.each([
    // what is removed, selector, field that must become an issue, severity
    ['the title', '#productTitle', 'product.title', 'missing-required'],
    ['every price block', '#apex_desktop', 'product.price', 'missing-required'],
    ['the rating widget', '#averageCustomerReviews', 'product.rating', 'missing-optional'],
    ['the byline', '#bylineInfo_feature_div', 'product.brand', null],
    ['the bullets', '#feature-bullets', 'product.bullets', 'missing-optional'],
    ['the breadcrumbs', '#wayfinding-breadcrumbs_feature_div', 'product.categoryPath', 'missing-optional'],
  ] as const)('without %s (%s) it reports %s and keeps the rest', (_what, selector, field, severity) => {
    const r = read(...CORE, remove(selector));
    const p = r.product as Record<string, unknown> | undefined;
    expect(p?.id).toBe('B0FAKE0001');
    if (severity) {
      expect(p?.[field.replace('product.', '')]).toBeUndefined();
      expect(r.issues.find((i) => i.field === field)?.severity).toBe(severity);
    }
    // No wrong value sneaks in from elsewhere on the page.
    if (field === 'product.price') {
      expect(p?.listPrice).toBeUndefined();
      expect(p?.priceRange).toBeUndefined();
    }
    expect(p?.title === undefined).toBe(field === 'product.title');
  });

  it('falls back to the spec table for the brand when the byline is gone', () => {
    const r = read(...CORE, remove('#bylineInfo_feature_div'));
    expect(r.product?.brand).toBe('Acme');
    expect(r.provenance?.['product.brand']).toBe('spec-brand');
  });

  it('takes the ASIN from the URL when the page has none', () => {
    const r = read(...CORE, remove('#ASIN, [data-asin], [data-csa-c-asin]'));
    expect(r.product?.id).toBe('B0FAKE0001');
    expect(r.provenance?.['product.id']).toBe('url');
  });

  it('returns no product, with a required issue, when no ASIN can be found anywhere', () => {
    const r = read(CORE[0], 'https://www.amazon.com/some-landing-page', (doc) => {
      remove('#ASIN, [data-asin], [data-csa-c-asin], link[rel="canonical"]')(doc);
    });
    expect(r.product).toBeUndefined();
    expect(r.issues.find((i) => i.field === 'product.id')?.severity).toBe('missing-required');
  });

  it('does not crash on an empty document', () => {
    const r = read(CORE[0], CORE[1], (doc) => {
      for (const c of Array.from(doc.body.children)) c.remove();
    });
    expect(r.product?.id).toBe('B0FAKE0001');
    expect(issueFields(r)).toEqual(expect.arrayContaining(['product.title', 'product.price']));
  });
});
