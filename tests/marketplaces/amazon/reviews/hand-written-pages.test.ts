import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amazonPageContext } from '../../../../lib/marketplaces/amazon/page-context';
import { readReviewsPageProduct } from '../../../../lib/marketplaces/amazon/read-reviews-product';
import { readReviewList } from '../../../../lib/marketplaces/amazon/read-reviews';
import { readPage } from '../../../../lib/marketplaces/run-reader';
import { FieldReader } from '../../../../lib/marketplaces/shared/field-reader';
import { PageReadSchema } from '../../../../lib/schema';
import { htmlDoc } from '../../../support/html';

/** Pages we wrote (tests/fixtures/amazon/reviews); each says at its top what it is modelled on. */
const FIXTURES = join(import.meta.dirname, '../../../fixtures/amazon/reviews');

function load(name: string, href: string) {
  const doc = htmlDoc(readFileSync(join(FIXTURES, name), 'utf8'), href);
  const url = new URL(href);
  return { doc, url, ctx: amazonPageContext(doc, url) };
}

function reviewsOf(name: string, href: string, where: 'product' | 'reviews') {
  const { doc, url, ctx } = load(name, href);
  const r = new FieldReader();
  return { reviews: readReviewList(doc, url, ctx, r, where), issues: r.issues, provenance: r.provenance };
}

const REVIEWS_URL = 'https://www.amazon.com/Lumen-Desk-Lamp/product-reviews/B0TESTLAMP';

describe('classic review page (2024 /product-reviews/)', () => {
  it('reads every field of a classic card, without the star text in the title', () => {
    const { reviews } = reviewsOf('classic-review-page.html', REVIEWS_URL, 'reviews');
    expect(reviews).toHaveLength(2);
    expect(reviews![0]).toEqual({
      id: 'R1CLASSIC0001',
      rating: 4,
      title: 'Bright, but the clamp is weak',
      body: 'The light is great for reading.\nThe clamp slipped after a week.\nStill worth it.',
      date: '2024-03-05',
      dateText: 'Reviewed in the United States on March 5, 2024',
      author: 'Jane Q. Reviewer',
      verified: true,
      variant: 'Size: Large | Colour: Matte Black',
      helpfulVotes: 42,
    });
  });

  it("takes the card's own fields, not the image lightbox copy after them", () => {
    const { reviews } = reviewsOf('classic-review-page.html', REVIEWS_URL, 'reviews');
    expect(reviews![1]).toMatchObject({ author: 'Sam', date: '2024-01-01', verified: false, helpfulVotes: 1, rating: 1 });
    expect(reviews![1]!.variant).toBeUndefined();
  });

  it('does not count the top positive viewpoint teaser', () => {
    const { reviews } = reviewsOf('classic-review-page.html', REVIEWS_URL, 'reviews');
    expect(reviews!.map((r) => r.author)).not.toContain('Teaser Person');
  });

  it('reads the product box: id from the URL, title, "by" brand, price, rating, total ratings', () => {
    const { doc, url, ctx } = load('classic-review-page.html', REVIEWS_URL);
    const r = new FieldReader();
    expect(readReviewsPageProduct(doc, url, ctx, r)).toEqual({
      id: 'B0TESTLAMP',
      title: 'Lumen Desk Lamp, Dimmable, 3 Colour Modes',
      brand: 'Lumen',
      price: { amount: 24.99, currency: 'USD' },
      rating: 4.6,
      reviewCount: 3217,
    });
    expect(r.issues).toEqual([]);
  });

  it('produces a valid PageRead through the adapter', () => {
    const { doc } = load('classic-review-page.html', REVIEWS_URL);
    const read = readPage(doc, REVIEWS_URL, new Date('2026-01-01T00:00:00Z'));
    expect(PageReadSchema.safeParse(read).success).toBe(true);
    expect(read.pageKind).toBe('reviews');
    expect(read.reviews).toHaveLength(2);
    expect(read.provenance?.reviews).toBe('review-cards');
  });
});

describe('camelCase reviewContainer cards (2025–26 product page)', () => {
  const url = 'https://www.amazon.com/Test-Power-Bank/dp/B0TESTBANK';

  it('counts a reviewContainer around a [data-hook=review] once, and a bare camelCase card, not the teaser', () => {
    const { reviews } = reviewsOf('camel-case-product.html', url, 'product');
    expect(reviews!.map((r) => r.id)).toEqual(['R3CAMEL00001', 'R3CAMEL00002']);
  });

  it('reads the wrapped card, ignoring the hidden media popover copy and teaser labels', () => {
    const { reviews } = reviewsOf('camel-case-product.html', url, 'product');
    expect(reviews![0]).toEqual({
      id: 'R3CAMEL00001',
      rating: 5,
      title: 'Would buy again',
      body: 'Charges two phones at once.\nWhat I like',
      date: '2026-07-30',
      dateText: 'Reviewed in the United States on July 30, 2026',
      author: 'TL',
      verified: true,
      variant: 'Color: dustpink',
      helpfulVotes: 1,
    });
  });

  it('reads a bare camelCase card (rating from the star class when there is no star text)', () => {
    const { reviews } = reviewsOf('camel-case-product.html', url, 'product');
    expect(reviews![1]).toEqual({
      id: 'R3CAMEL00002',
      rating: 3.5,
      title: 'Heavy, & slow to recharge',
      body: 'Takes six hours to fill.',
      date: '2026-03-05',
      dateText: 'Reviewed in India on 5 March 2026',
      author: 'Priya',
      verified: false,
      helpfulVotes: 3,
    });
  });
});

describe('zero-card shells', () => {
  it('reports missing-required reviews on a review page with an empty list', () => {
    const { reviews, issues } = reviewsOf('zero-card-review-page.html', 'https://www.amazon.com/Chair/product-reviews/B0TESTCHAI', 'reviews');
    expect(reviews).toBeUndefined();
    expect(issues).toContainEqual(expect.objectContaining({ field: 'reviews', severity: 'missing-required' }));
  });

  it('still reads the product box of the shell', () => {
    const href = 'https://www.amazon.com/Chair/product-reviews/B0TESTCHAI';
    const { doc, url, ctx } = load('zero-card-review-page.html', href);
    const r = new FieldReader();
    expect(readReviewsPageProduct(doc, url, ctx, r)).toEqual({
      id: 'B0TESTCHAI', title: 'Test Gaming Chair', brand: 'TestCo', rating: 4, reviewCount: 1382,
    });
    expect(r.issues.map((i) => [i.field, i.severity])).toEqual([['product.price', 'missing-optional']]);
  });

  it('reports only missing-optional on a product page without reviews', () => {
    const doc = htmlDoc('<div id="customerReviews"><div id="reviewsMedley"><h2>Customer reviews</h2><p>No customer reviews</p></div></div>');
    const url = new URL('https://www.amazon.com/dp/B0TESTNONE');
    const r = new FieldReader();
    expect(readReviewList(doc, url, amazonPageContext(doc, url), r, 'product')).toBeUndefined();
    expect(r.issues.map((i) => [i.field, i.severity])).toEqual([['reviews', 'missing-optional']]);
  });
});

describe('a review from another country, on amazon.de', () => {
  const url = 'https://www.amazon.de/Test-Pool/product-reviews/B0TESTPOOL';

  it('reads the original text, not the empty hidden translation', () => {
    const { reviews } = reviewsOf('foreign-review-page.html', url, 'reviews');
    expect(reviews![0]).toEqual({
      id: 'R1FOREIGN0001',
      rating: 3,
      title: 'Misure più piccole del previsto',
      body: 'Misure molto più piccole',
      date: '2022-07-16',
      dateText: 'Rezension aus Italien vom 16. Juli 2022',
      author: 'faustina',
      verified: true,
      variant: 'Größe: S | Farbe: Blau',
      helpfulVotes: 1,
    });
  });

  it('leaves the "Read more" prompt out of a collapsed body', () => {
    const { reviews } = reviewsOf('foreign-review-page.html', url, 'reviews');
    expect(reviews![1]).toMatchObject({ title: 'Super', body: 'Alles bestens.', date: '2024-03-05', rating: 5, helpfulVotes: 12 });
  });
});

describe('markup typed by a reviewer', () => {
  it('comes out as plain text; scripts and images add nothing', () => {
    const { reviews } = reviewsOf('injected-markup-review.html', 'https://www.amazon.com/x/product-reviews/B0TESTINJX', 'reviews');
    expect(reviews![0]).toMatchObject({
      title: '<img src=x onerror=alert(1)>',
      body: 'Nice <img src=x onerror=alert(1)> lamp',
      author: '<b>bold</b> name',
      rating: 2,
    });
  });
});
