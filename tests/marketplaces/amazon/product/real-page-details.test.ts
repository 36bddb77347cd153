import { describe, expect, it } from 'vitest';
import { readPage } from '../../../../lib/marketplaces/run-reader';
import type { PageRead, Product } from '../../../../lib/schema';
import { answerKeys, HAVE_SHARED_FIXTURES, loadSavedPage, SKIP_REASON } from '../../../support/shared-fixtures';

/**
 * Fields the answer key does not cover (sales ranks, specs, category path, seller, availability),
 * checked on real saved pages. Every value below was read off the page's HTML by hand (the row,
 * list item or link it comes from is named in the comment), not copied from the reader's output.
 */
interface Case {
  file: string;
  expect: Partial<Product>;
  /** Spec entries that must be present (the page has more). */
  specs?: Record<string, string>;
  /** Spec names that must not be there (rating / rank rows). */
  notSpecs?: string[];
  /** Fields that are not on the page: absent, and named in the issues. */
  absent?: (keyof Product)[];
}

const CASES: Case[] = [
  {
    // 2025 amazon.ae: th/td "Best Sellers Rank" row with two <span> lines; RTL marks in the tech-spec cells.
    file: 'amazon/product/ae-B00LAYVPOU-juicer.html',
    expect: {
      salesRanks: [{ rank: 16222, category: 'Kitchen' }, { rank: 24, category: 'Centrifugal Juicers' }],
      categoryPath: ['Kitchen', 'Small Appliances', 'Juicers', 'Centrifugal Juicers'],
      seller: 'EGKStore', // a#sellerProfileTriggerId
      availability: 'Usually ships within 5 to 6 days', // #availability span
    },
    specs: { Brand: 'Versuni', 'Model Number': 'HR1832/01', Color: 'Black', 'Date First Available': '1 October 2014' },
    notSpecs: ['Customer Reviews', 'Best Sellers Rank'],
  },
  {
    // 2025 amazon.ae: detail bullets "Name ‏ : ‎ value", rank in its own ul with ul.zg_hrsr.
    file: 'amazon/product/ae-B08CZDYNF7-kitchen-scale.html',
    expect: {
      salesRanks: [{ rank: 1, category: 'Kitchen' }, { rank: 1, category: 'Digital Kitchen Scales' }],
      salesVolume: { min: 1000, text: '1K+ bought in past month' },
      seller: 'Forest Hill AE',
      availability: 'In Stock',
    },
    specs: { 'Item model number': 'UL-KS01', Batteries: '1 CR2032 batteries required. (included)', Manufacturer: 'Ultrean' },
    notSpecs: ['Customer reviews', 'Best Sellers Rank'],
  },
  {
    // 2019 amazon.de book: #detail_bullets_id ".content li" with <b>Name:</b>, li#SalesRank "Nr. 13.222 in Bücher".
    file: 'amazon/product/de-0131103628-book.html',
    expect: {
      salesRanks: [{ rank: 13222, category: 'Bücher' }, { rank: 3, category: 'C' }],
      categoryPath: ['Bücher', 'Computer & Internet', 'Programmierung & Webdesign'],
      seller: 'NITZ OVERSEAS', // "Verkauf durch NITZ OVERSEAS und Versand durch Amazon."
      availability: 'Nur noch 1 auf Lager',
    },
    specs: {
      Taschenbuch: '274 Seiten',
      Verlag: 'Markt+Technik Verlag; Auflage: 2nd ed (7. Februar 2000)',
      Sprache: 'Englisch',
      'ISBN-13': '978-0131103627',
      'Größe und/oder Gewicht': '17,5 x 2,3 x 23,4 cm',
    },
    notSpecs: ['Durchschnittliche Kundenbewertung', 'Amazon Bestseller-Rang'],
  },
  {
    // 2019 amazon.fr CD: "167 en CD & Vinyles" (no # marker) and "n°9 dans Pop Rock".
    file: 'amazon/product/fr-B07H57DNVV-music-cd.html',
    expect: {
      salesRanks: [{ rank: 167, category: 'CD & Vinyles' }, { rank: 9, category: 'Pop Rock' }],
      categoryPath: ['CD & Vinyles', 'Pop', 'Pop Rock'],
      seller: 'Amazon', // "Expédié et vendu par Amazon."
      availability: 'En stock.',
    },
    specs: { 'Nombre de disques': '1', Label: 'Republic', ASIN: 'B07H57DNVV' },
  },
  {
    // 2010 legacy page: product details list is the ul holding li#SalesRank; "In Stock. Ships from and sold by Amazon.com."
    file: 'amazon/product/us-0596516499-book-legacy.html',
    expect: {
      salesRanks: [
        { rank: 45661, category: 'Books' },
        { rank: 13, category: 'Python' },
        { rank: 39, category: 'Programming' },
        { rank: 53, category: 'Algorithms' },
      ],
      seller: 'Amazon.com',
      availability: 'In Stock.',
    },
    specs: { Paperback: '512 pages', Publisher: "O'Reilly Media; 1 edition (June 19, 2009)", 'ISBN-10': '0596516495' },
    absent: ['categoryPath'],
  },
  {
    // 2019 amazon.ca apparel, out of stock: #outOfStock headline, no seller, no rank.
    file: 'amazon/product/ca-B07CL39Z8Q-apparel-variations.html',
    expect: {
      availability: "Currently unavailable. We don't know when or if this item will be back in stock.",
      categoryPath: ['Clothing & Accessories', 'Women', 'Tops & Tees', 'Blouses & Button-Down Shirts'],
    },
    absent: ['seller', 'salesRanks', 'price'],
  },
];

function readSaved(file: string): PageRead {
  const key = answerKeys('amazon').find((k) => k.file === file);
  const url = key?.url ?? 'https://www.amazon.com/';
  const { document, close } = loadSavedPage(file, url);
  try {
    return readPage(document, url, new Date('2026-11-26T00:00:00Z'));
  } finally {
    close();
  }
}

if (!HAVE_SHARED_FIXTURES) {
  console.warn(`[skip] amazon product details on real pages: ${SKIP_REASON}`);
  describe.skip('amazon product details on real pages', () => it('skipped', () => undefined));
} else {
  describe('amazon product details on real pages', () => {
    it.each(CASES.map((c) => [c.file.replace('amazon/product/', ''), c] as const))('%s', (_name, c) => {
      const r = readSaved(c.file);
      const p = r.product!;
      expect(p).toMatchObject(c.expect);
      if (c.specs) expect(p.specs).toMatchObject(c.specs);
      for (const name of c.notSpecs ?? []) expect(p.specs).not.toHaveProperty(name);
      for (const field of c.absent ?? []) {
        expect(p[field]).toBeUndefined();
        expect(r.issues.map((i) => i.field)).toContain(`product.${field}`);
      }
    });
  });
}
