// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storePageRead, trackProduct, type ListingLensDb } from '../../lib/db';
import { PageReadSchema, type PageRead, type Review } from '../../lib/schema';
import { loadStoredReviews, type StoredReviews } from '../../entrypoints/sidepanel/reviews-sources';
import { openTestDb } from '../db/helpers';
import { productRead } from '../db/fixtures/sample-reads';
import { mountReviews, type MountedReviews } from './reviews-harness';
import { i18nFor } from './render';

/**
 * "Themes over time" in the Reviews view, over reviews stored through the real capture
 * path for a tracked product. Two visits: 31 January shows four January reviews, 20 March
 * eight March ones (g has no date: it is dated by the visit that first saw it).
 *
 * Worked out by hand (direction: the latest month's share against the earlier months'
 * mean, ±5 points; rising also needs ≥ 2 mentions; February has no reviews and is skipped):
 *   months 2025-01 (4 reviews), 2025-02 (0), 2025-03 (8)
 *   durability, negative: a | d e g   → 1,0,3  25 % → 37.5 %  rising
 *   delivery, negative:   h | k l     → 1,0,2  25 % → 25 %    steady
 *   comfort, positive:    b c | —     → 2,0,0  50 % → 0 %     falling
 *   size, negative:       — | i j     → 0,0,2  none before   new
 * Order: most mentions first (4, 3, 2, 2), ties by aspect name (comfort before size-fit).
 */
const KEY = 'amazon:B0BYNZ6B6Y';
const rv = (id: string, body: string, rating: number, date?: string): Review => ({ id, body, rating, ...(date ? { date } : {}) });
const JANUARY = [rv('a', 'The zipper broke.', 1, '2025-01-10'), rv('b', 'Very comfortable.', 5, '2025-01-20'), rv('c', 'Comfortable, I wear it daily.', 5, '2025-01-25'), rv('h', 'Arrived late.', 2, '2025-01-26')];
const MARCH = [
  rv('d', 'Broke within two days.', 1, '2025-03-02'),
  rv('e', 'The strap broke.', 2, '2025-03-05'),
  rv('g', 'Handle broke after a week.', 1),
  rv('i', 'Too small, runs small.', 2, '2025-03-06'),
  rv('j', 'Way too small for me.', 2, '2025-03-07'),
  rv('k', 'Shipping was slow.', 2, '2025-03-08'),
  rv('l', 'Arrived late again.', 2, '2025-03-09'),
  rv('m', 'Fine.', 3, '2025-03-10'),
];
const reviewPage = (readAt: string, reviews: Review[]): PageRead =>
  PageReadSchema.parse({ ...productRead({ readAt, pageKind: 'reviews', url: 'https://www.amazon.com/product-reviews/B0BYNZ6B6Y' }, { id: 'B0BYNZ6B6Y' }), reviews });

let db: ListingLensDb;
let mounted: MountedReviews | undefined;
beforeEach(async () => {
  db = openTestDb();
  await storePageRead(db, 1, { ...reviewPage('2025-01-05T10:00:00.000Z', []), pageKind: 'product', url: 'https://www.amazon.com/dp/B0BYNZ6B6Y' });
});
afterEach(() => {
  mounted?.cleanup();
  mounted = undefined;
  db.close();
});

async function show(read: PageRead, lang: 'en' | 'zh_CN' = 'en'): Promise<MountedReviews> {
  const stored = signal<StoredReviews | undefined>(await loadStoredReviews(db, KEY));
  mounted = mountReviews({ read, stored, i18n: i18nFor(lang) });
  return mounted;
}
const trends = (m: MountedReviews) => m.root.querySelector<HTMLElement>('[data-testid="review-trends"]')!;

describe('themes over time', () => {
  it('shows each followed theme’s direction and counts per month, with the sample, as a table', async () => {
    await trackProduct(db, { productKey: KEY, role: 'competitor' }, { now: 0 });
    await storePageRead(db, 2, reviewPage('2025-01-31T10:00:00.000Z', JANUARY));
    await storePageRead(db, 2, reviewPage('2025-03-20T10:00:00.000Z', MARCH));
    const m = await show(reviewPage('2025-03-20T10:00:00.000Z', MARCH));
    expect(trends(m).dataset.state).toBe('trends');
    expect(m.all('[data-testid="review-trend"]').map((row) => [row.dataset.aspect, row.dataset.sentiment, row.dataset.direction, row.dataset.counts])).toEqual([
      ['quality-durability', 'negative', 'rising', '1,0,3'],
      ['delivery', 'negative', 'steady', '1,0,2'],
      ['comfort', 'positive', 'falling', '2,0,0'],
      ['size-fit', 'negative', 'new', '0,0,2'],
    ]);
    expect(m.root.querySelector('[data-testid="review-trends-per-month"]')?.getAttribute('data-counts')).toBe('4,0,8');
    expect(m.root.querySelector('[data-testid="review-trends-sample"]')?.textContent).toBe('Based on 12 reviews stored from this product’s pages, 2025-01 to 2025-03');
    // Accessible: a captioned table whose counts each have a row and a column header.
    const table = m.root.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toContain('per month');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Theme'],
      ['col', 'Trend'],
      ['col', '2025-01'],
      ['col', '2025-02'],
      ['col', '2025-03'],
    ]);
    const first = m.all('[data-testid="review-trend"]')[0]!;
    expect(first.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect([...first.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Rising', '1', '0', '3']);
    expect(m.root.querySelector('[data-testid="review-trends-note"]')).toBeNull();
  });

  it('says in Chinese what it shows', async () => {
    await trackProduct(db, { productKey: KEY, role: 'mine' }, { now: 0 });
    await storePageRead(db, 2, reviewPage('2025-01-31T10:00:00.000Z', JANUARY));
    await storePageRead(db, 2, reviewPage('2025-03-20T10:00:00.000Z', MARCH));
    const m = await show(reviewPage('2025-03-20T10:00:00.000Z', MARCH), 'zh_CN');
    expect(trends(m).querySelector('h2')?.textContent).toBe('主题随时间的变化');
    expect([...m.all('[data-testid="review-trend"]')].map((row) => row.querySelectorAll('td')[0]!.textContent)).toEqual(['上升', '持平', '下降', '新出现']);
  });

  it.each([
    ['one month of stored reviews', true, [JANUARY], 'too-few', 'Trends appear once this product’s reviews have been seen over more than one month — 4 reviews stored so far.'],
    ['nothing stored yet', true, [], 'too-few', '— 0 reviews stored so far.'],
    ['an untracked product', false, [JANUARY, MARCH], 'untracked', 'Track this product (as yours or as a competitor)'],
  ])('with %s, a note instead of the table', async (_what, track, visits, state, words) => {
    if (track) await trackProduct(db, { productKey: KEY, role: 'competitor' }, { now: 0 });
    for (const [i, reviews] of visits.entries()) await storePageRead(db, 2, reviewPage(`2025-0${1 + 2 * i}-28T10:00:00.000Z`, reviews));
    const m = await show(reviewPage('2025-03-28T10:00:00.000Z', JANUARY));
    expect(trends(m).dataset.state).toBe(state);
    expect(m.root.querySelector('[data-testid="review-trends-note"]')?.textContent).toContain(words);
    expect(m.root.querySelector('table')).toBeNull();
  });

  it('waits for the stored reviews of the shown product, and follows them as they arrive', async () => {
    await trackProduct(db, { productKey: KEY, role: 'competitor' }, { now: 0 });
    const stored = signal<StoredReviews | undefined>(undefined);
    mounted = mountReviews({ read: reviewPage('2025-03-20T10:00:00.000Z', MARCH), stored, i18n: i18nFor('en') });
    expect(trends(mounted).dataset.state).toBe('loading');
    // Another product's rows (the query of the previous tab) are not this one's.
    act(() => void (stored.value = { productKey: 'amazon:B0OTHER001', tracked: true, visits: [] }));
    expect(trends(mounted).dataset.state).toBe('loading');
    await storePageRead(db, 2, reviewPage('2025-01-31T10:00:00.000Z', JANUARY));
    await storePageRead(db, 2, reviewPage('2025-03-20T10:00:00.000Z', MARCH));
    const loaded = await loadStoredReviews(db, KEY);
    act(() => void (stored.value = loaded));
    expect(trends(mounted).dataset.state).toBe('trends');
  });

  it('is not shown where nothing is stored (the demo: no stored source)', async () => {
    mounted = mountReviews({ read: reviewPage('2025-03-20T10:00:00.000Z', MARCH) });
    expect(mounted.root.querySelector('[data-testid="review-trends"]')).toBeNull();
  });
});
