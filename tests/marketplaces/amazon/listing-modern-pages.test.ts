import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUntrustedHtml } from '../../../lib/cli/load-page';
import { readPage } from '../../../lib/marketplaces/run-reader';
import { PageReadSchema, type PageRead } from '../../../lib/schema';

/** Our own 2025 pages (tests/fixtures/amazon/product/listing-modern-*.html); each says what it is modelled on. */
const FIXTURES = join(import.meta.dirname, '../../fixtures/amazon/product');
const NOW = new Date('2026-11-26T00:00:00Z');

function readFixture(file: string, url: string, edit: (doc: Document) => void = () => undefined): PageRead {
  const { document, close } = parseUntrustedHtml(readFileSync(join(FIXTURES, file), 'utf8'), url);
  try {
    edit(document);
    const read = readPage(document, url, NOW);
    expect(PageReadSchema.safeParse(read).error).toBeUndefined();
    return read;
  } finally {
    close();
  }
}

const FULL = ['listing-modern-full.html', 'https://www.amazon.com/Acme-Gooseneck-Kettle/dp/B0FAKE0101'] as const;
const BARE = ['listing-modern-bare.html', 'https://www.amazon.com/Acme-Tea-Strainer/dp/B0FAKE0201'] as const;
const LISTING = /^product\.(media|richContent|variations|badges|promotions|questionCount|delivery)/;

describe('listing parts of a 2025 page that shows them all', () => {
  const r = readFixture(...FULL);
  const p = r.product!;

  it('reads the gallery from its page-state, the video tile and the main image', () => {
    // Five 'colorImages' entries while the strip shows three tiles; "4 VIDEOS" on the video tile.
    expect(p.media).toEqual({ imageCount: 5, videoCount: 4, mainImage: 'https://m.media-amazon.com/images/I/71gooseAAL._AC_SL1500_.jpg' });
  });

  it('reads A+ and the brand story: outer modules and distinct real images (no grey-pixel placeholders)', () => {
    expect(p.richContent).toMatchObject({ kinds: ['a-plus', 'brand-story'], modules: 5, imageCount: 5 });
    expect(p.richContent!.textLength).toBeGreaterThan(50);
  });

  it('reads both inline-twister rows, the four child ASINs and the selection as shown', () => {
    expect(p.variations).toEqual({ dimensions: ['Size', 'Color'], count: 4, selected: 'Size: 1 Liter · Color: Matte Black' });
  });

  it("reads the product's own badges, not the sponsored carousel's", () => {
    expect(p.badges).toEqual([
      { kind: 'amazons-choice', text: 'Amazon\'s Choice for "gooseneck kettle"', category: 'gooseneck kettle' },
      { kind: 'best-seller', text: '#1 Best Seller in Electric Kettles', category: 'Electric Kettles' },
      { kind: 'climate-pledge', text: 'Climate Pledge Friendly' },
    ]);
  });

  it('reads every promotion in page order; the hidden pickup-offer row and the carousel are left out', () => {
    expect(p.promotions).toEqual([
      { kind: 'coupon', text: 'Apply $5 coupon', amountOff: { amount: 5, currency: 'USD' } },
      { kind: 'threshold', text: 'Save 5% on any 2 or more', percentOff: 5 },
      { kind: 'deal', text: 'Limited time deal', endsText: 'Ends in 05:12:33', endsInSeconds: 5 * 3600 + 12 * 60 + 33 },
      { kind: 'discount', text: '-20%', percentOff: 20 },
      { kind: 'subscribe-save', text: 'Subscribe & Save: $37.99 Save 5% now and up to 15% on repeat deliveries', percentOff: 5 },
    ]);
  });

  it('reads the answered-questions count and the delivery block', () => {
    expect(p.questionCount).toBe(1024);
    expect(p.delivery).toEqual({
      promise: 'FREE delivery Tuesday, May 7 on orders shipped by Amazon over $35',
      freeShipping: true,
      fulfilledBy: 'marketplace',
      fulfilmentText: 'Ships from Amazon',
      prime: true,
    });
  });

  it('records where each part came from and raises no listing issue', () => {
    expect(r.provenance).toMatchObject({
      'product.media.imageCount': 'gallery-state',
      'product.questionCount': 'askATFLink',
      'product.delivery': 'delivery-block+fulfiller-row',
    });
    expect(r.issues.filter((i) => LISTING.test(i.field))).toEqual([]);
  });
});

describe('listing parts of a 2025 page that shows none of them', () => {
  const r = readFixture(...BARE);

  it('reports every part absent (not zero, not empty) except the one main image', () => {
    const p = r.product!;
    expect(p.media).toEqual({ imageCount: 1, mainImage: 'https://m.media-amazon.com/images/I/61strainAL._AC_SL1500_.jpg' });
    for (const part of ['richContent', 'variations', 'badges', 'promotions', 'questionCount', 'delivery'] as const) {
      expect(p[part], part).toBeUndefined();
    }
    expect(r.issues.filter((i) => LISTING.test(i.field))).toEqual([]);
  });

  it('names a missing gallery as a missing-optional issue', () => {
    const noImage = readFixture(...BARE, (doc) => doc.getElementById('landingImage')?.remove());
    expect(noImage.product?.media).toBeUndefined();
    expect(noImage.issues).toContainEqual(expect.objectContaining({ field: 'product.media', severity: 'missing-optional' }));
  });
});

describe('listing parts when blocks are present but unreadable', () => {
  it('turns a video tile without a count into an unparseable issue, not a guess', () => {
    const r = readFixture(...FULL, (doc) => {
      doc.getElementById('videoCount')!.textContent = 'Watch';
    });
    expect(r.product?.media?.videoCount).toBeUndefined();
    expect(r.issues).toContainEqual(expect.objectContaining({ field: 'product.media.videoCount', severity: 'unparseable' }));
  });

  it('turns twister rows without dimension names into an unparseable issue', () => {
    const r = readFixture(...FULL, (doc) => {
      for (const el of Array.from(doc.querySelectorAll('#twister_feature_div .dimension-text'))) el.remove();
    });
    expect(r.product?.variations).toBeUndefined();
    expect(r.issues).toContainEqual(expect.objectContaining({ field: 'product.variations', severity: 'unparseable' }));
  });

  it('gives no image count when the strip hides the rest behind a "4+" tile and there is no page-state', () => {
    const r = readFixture(...FULL, (doc) => {
      doc.querySelector('#imageBlock_feature_div script')?.remove();
      Array.from(doc.querySelectorAll('#altImages li.imageThumbnail')).at(-1)!.classList.add('overlayRestOfImages');
    });
    expect(r.product?.media).toEqual({ videoCount: 4, mainImage: 'https://m.media-amazon.com/images/I/71gooseAAL._AC_SL1500_.jpg' });
    expect(r.issues).toContainEqual(expect.objectContaining({ field: 'product.media.imageCount', severity: 'missing-optional' }));
  });
});

describe('a coupon whose saving cannot be read', () => {
  it('keeps the coupon with its wording and names it unparseable', () => {
    const r = readFixture(...FULL, (doc) => {
      doc.getElementById('couponTextpctch1')!.firstChild!.textContent = 'Apply coupon ';
    });
    expect(r.product?.promotions?.[0]).toEqual({ kind: 'coupon', text: 'Apply coupon' });
    expect(r.issues).toContainEqual(expect.objectContaining({ field: 'product.promotions', severity: 'unparseable' }));
  });
});

describe('listing parts the page does not make (found by the mutation suite)', () => {
  it('a copied twister row is one dimension, its selection said once', () => {
    const once = readFixture(...FULL).product!.variations!;
    const twice = readFixture(...FULL, (doc) => {
      const row = doc.getElementById('inline-twister-row-size_name')!;
      row.after(row.cloneNode(true));
    }).product!.variations!;
    expect(twice.dimensions).toEqual(once.dimensions);
    expect(twice.selected).toBe(once.selected);
  });

  it("text in the Amazon's Choice container without the badge's own markup is no badge", () => {
    const r = readFixture(...FULL, (doc) => {
      const box = doc.getElementById('acBadge_feature_div')!;
      box.replaceChildren(Object.assign(doc.createElement('span'), { textContent: 'See all 6 formats and editions' }));
    });
    expect(r.product!.badges?.some((b) => b.kind === 'amazons-choice') ?? false).toBe(false);
  });
});
