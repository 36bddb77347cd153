// @vitest-environment happy-dom
import { join } from 'node:path';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BOM } from '../../lib/export/csv';
import { auditFile } from '../../lib/cli/audit-file';
import { PageReadSchema, type PageRead, type Review } from '../../lib/schema';
import { csvObjects, parseCsv } from '../cli/parse-csv';
import { productRead, searchRead } from '../db/fixtures/sample-reads';
import { HAVE_SHARED_FIXTURES, SHARED_FIXTURES, SKIP_REASON } from '../support/shared-fixtures';
import { click } from './fabe-harness';
import { mountReviews, type MountedReviews } from './reviews-harness';
import { i18nFor } from './render';

let m: MountedReviews | undefined;
afterEach(() => {
  m?.cleanup();
  m = undefined;
  document.body.replaceChildren();
});

const HOSTILE = '<img src=x onerror=alert(1)>';
const FORMULA = "=cmd|' /C calc' the battery died within a week.";

const review = (i: number, body: string, rating: number, extra: Partial<Review> = {}): Review => ({
  id: `RTESTREV${String(i).padStart(2, '0')}`, rating, body, author: `Buyer ${i}`, date: `2026-0${1 + (i % 8)}-1${i % 9}`, ...extra,
});

/** A review page of a power bank: three battery complaints (one hostile, one a formula), two value praises, one plain. */
const SMALL = [
  review(0, `The battery died after two days ${HOSTILE}`, 1, { author: `Eve ${HOSTILE}` }),
  review(1, FORMULA, 1),
  review(2, 'Battery died quickly, very disappointed.', 2),
  review(3, 'Great value for the money.', 5),
  review(4, 'Good value, works well.', 5),
  review(5, 'Love it.', 5),
];

const reviewPage = (reviews: Review[], product: Record<string, unknown> = {}): PageRead =>
  PageReadSchema.parse({
    version: 1,
    marketplace: 'amazon',
    pageKind: 'reviews',
    url: 'https://www.amazon.com/product-reviews/B0TESTREVW',
    locale: 'en-US',
    readAt: '2026-11-26T08:00:00.000Z',
    product: { id: 'B0TESTREVW', title: 'Listing Lens Test Power Bank', ...product },
    reviews,
    issues: [],
  });

/** 60 reviews: 12 say the battery died (1★), 48 say nothing about any aspect (5★). */
const LARGE = [
  ...Array.from({ length: 12 }, (_, i) => review(i, 'The battery died after a month.', 1)),
  ...Array.from({ length: 48 }, (_, i) => review(12 + i, 'Arrived as expected.', 5)),
];

const theme = (m: MountedReviews, aspect: string, sentiment: string) => m.root.querySelector<HTMLElement>(`[data-testid="review-theme"][data-aspect="${aspect}"][data-sentiment="${sentiment}"]`);

describe('Reviews view: states without an analysis', () => {
  it('asks for a marketplace page when the tab has no read', () => {
    m = mountReviews();
    expect(m.view().dataset.state).toBe('no-read');
    expect(m.view().textContent).toContain('Open a product page or a review page');
  });

  it.each<[string, PageRead, string]>([
    ['a search page', searchRead(), 'search'],
    ['a product page whose reviews have not loaded', productRead({}, {}), 'product'],
  ])('%s: says there are no reviews here and where reviews are read', (_name, read, kind) => {
    m = mountReviews({ read: { ...read, reviews: [] } });
    expect(m.view().dataset).toMatchObject({ state: 'no-reviews', pageKind: kind });
    expect(m.view().textContent).toContain('No reviews on this page');
    expect(m.view().textContent).toContain('at the bottom of a product page');
  });

  it('in Chinese too', () => {
    m = mountReviews({ read: searchRead(), i18n: i18nFor('zh_CN') });
    expect(m.view().textContent).toContain('此页面没有评价');
    expect(m.view().textContent).toContain('商品页底部');
  });

  it('an analysis that throws becomes the view’s error, not a broken panel', () => {
    m = mountReviews({ read: reviewPage(SMALL), analyseReviews: () => { throw new Error('lexicon missing'); } });
    expect(m.view().dataset.state).toBe('error');
    expect(m.root.querySelector('[data-testid="reviews-error"]')?.textContent).toBe('The review analysis failed: lexicon missing');
  });
});

describe('Reviews view: a small sample', () => {
  it('is labelled as one: named state, a note before anything else, mentions counted as "n of N" without a share', () => {
    m = mountReviews({ read: reviewPage(SMALL) });
    expect(m.view().dataset).toMatchObject({ state: 'small-sample', reviewCount: '6', productId: 'B0TESTREVW' });
    expect(m.root.querySelector<HTMLElement>('[data-testid="review-sample"]')!.dataset).toMatchObject({ value: '6', small: 'true' });
    expect(m.root.querySelector('[data-testid="review-small-sample"]')?.textContent).toBe(
      'Small sample Only 6 reviews: below is what these few buyers said, not firm themes. Open more review pages (50 or more reviews) before acting on it.',
    );
    expect(m.root.querySelector('#rv-themes-heading')?.textContent).toBe('Mentions (small sample, not firm themes)');
    const battery = theme(m, 'battery', 'negative')!;
    expect(battery.dataset.count).toBe('3');
    expect(battery.querySelector('[data-testid="review-theme-count"]')?.textContent).toBe('3 of 6 reviews');
  });

  it('with 60 reviews the view says "Themes" and shows the share', () => {
    m = mountReviews({ read: reviewPage(LARGE) });
    expect(m.view().dataset.state).toBe('analysed');
    expect(m.root.querySelector('[data-testid="review-small-sample"]')).toBeNull();
    expect(m.root.querySelector('#rv-themes-heading')?.textContent).toBe('Themes');
    expect(theme(m, 'battery', 'negative')!.querySelector('[data-testid="review-theme-count"]')?.textContent).toBe('12 of 60 reviews · 20% of reviews');
  });
});

describe('Reviews view: themes and quotes', () => {
  it('shows page text as text: a review holding an <img onerror> adds no element', () => {
    m = mountReviews({ read: reviewPage(SMALL) });
    expect(m.root.querySelector('img')).toBeNull();
    const quote = m.all('[data-testid="review-quote"]').find((q) => q.dataset.reviewIndex === '0')!;
    expect(quote.querySelector('blockquote')?.textContent).toBe(`The battery died after two days ${HOSTILE}`);
    expect(quote.querySelector('[data-testid="review-quote-cite"]')?.textContent).toContain(`Eve ${HOSTILE}`);
  });

  it('names each quote’s review (author, date, stars) and links it on Amazon', () => {
    m = mountReviews({ read: reviewPage(SMALL) });
    const quote = m.all('[data-testid="review-quote"]').find((q) => q.dataset.reviewIndex === '2')!;
    expect(quote.dataset).toMatchObject({ reviewId: 'RTESTREV02', rating: '2', date: '2026-03-12' });
    const cite = quote.querySelector('[data-testid="review-quote-cite"] a')!;
    expect(cite.textContent).toBe('Buyer 2 · Mar 12, 2026 · 2★');
    expect(cite.getAttribute('href')).toBe('https://www.amazon.com/gp/customer-reviews/RTESTREV02');
    expect(cite.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows at most three quotes a theme', () => {
    const many = Array.from({ length: 6 }, (_, i) => review(i, 'The battery died fast.', 1));
    m = mountReviews({ read: reviewPage(many) });
    const battery = theme(m, 'battery', 'negative')!;
    expect(battery.dataset.count).toBe('6');
    expect(battery.querySelectorAll('[data-testid="review-quote"]')).toHaveLength(3);
  });

  it('names themes in the UI language', () => {
    m = mountReviews({ read: reviewPage(SMALL), i18n: i18nFor('zh_CN') });
    expect(theme(m, 'battery', 'negative')!.querySelector('[data-testid="review-theme-name"]')?.textContent).toBe('电池/续航');
    expect(theme(m, 'value', 'positive')!.querySelector('.rv-side')?.textContent).toBe('好评');
  });

  it('lists return reasons with both labels, count and severity', () => {
    m = mountReviews({ read: reviewPage(SMALL) });
    const row = m.root.querySelector<HTMLElement>('[data-testid="review-return"]')!;
    // Three of six reviews say the battery died: a defect (impact 4) → 50 % × 4 = 200.
    expect(row.dataset).toMatchObject({ reason: 'quality-defect', count: '3', impact: '4', severity: '200' });
    expect(row.textContent).toContain('Defective / quality not adequate');
    expect(row.textContent).toContain('商品质量问题');
  });
});

describe('Reviews view: the star distribution', () => {
  it('counts the reviews’ own stars when the page shows no histogram, and says so', () => {
    m = mountReviews({ read: reviewPage(SMALL) });
    const stars = m.root.querySelector<HTMLElement>('[data-testid="review-stars"]')!;
    // Stars 1, 1, 2, 5, 5, 5: 1★ 2 of 6, 2★ 1 of 6, 5★ 3 of 6 — a J.
    expect(stars.dataset).toMatchObject({ source: 'reviews', sample: '6', lowShare: '50', polarised: 'true' });
    expect(stars.querySelector('[data-testid="review-stars-source"]')?.textContent).toBe('Counted from the stars of the 6 reviews on this page (the page shows no histogram)');
    expect(m.all('[data-testid="review-star-row"]').map((r) => [r.dataset.stars, r.dataset.share])).toEqual([['5', '50'], ['4', '0'], ['3', '0'], ['2', '16.7'], ['1', '33.3']]);
    expect(stars.querySelector('[data-testid="review-polarised"]')).not.toBeNull();
    expect(stars.querySelector('[data-testid="review-stars-small"]')).not.toBeNull();
    expect(m.all('[data-testid="review-star-row"] [aria-label]').map((e) => e.getAttribute('aria-label'))[0]).toBe('5 stars: 50%');
  });

  it('takes the page’s histogram with its rating count', () => {
    m = mountReviews({ read: reviewPage(SMALL, { starHistogram: [3, 1, 1, 6, 89], reviewCount: 5849 }) });
    const stars = m.root.querySelector<HTMLElement>('[data-testid="review-stars"]')!;
    expect(stars.dataset).toMatchObject({ source: 'page', sample: '5849', lowShare: '4', polarised: 'false' });
    expect(stars.querySelector('[data-testid="review-stars-source"]')?.textContent).toBe('The page’s own histogram, from 5,849 ratings');
    expect(stars.querySelector('[data-testid="review-low-share"]')?.textContent).toBe('1–2★: 4%');
    expect(stars.querySelector('[data-testid="review-stars-small"]')).toBeNull();
  });
});

describe('Reviews view: exports', () => {
  it('downloads CSV with a byte order mark; a quote starting with = is neutralised', async () => {
    m = mountReviews({ read: reviewPage(SMALL) });
    await click(m.root.querySelector('[data-testid="review-download-csv"]'));
    const [name, text, type] = m.download.mock.calls[0]!;
    expect([name, type]).toEqual(['reviews-amazon-B0TESTREVW.csv', 'text/csv;charset=utf-8']);
    expect(text.startsWith(BOM)).toBe(true);
    expect(parseCsv(text).bom).toBe(true);
    const rows = csvObjects(text);
    const quotes = rows.filter((r) => r.section === 'theme' && r.key === 'battery').map((r) => r.quote);
    expect(quotes).toContain(`'${FORMULA}`);
    expect(rows.some((r) => Object.values(r).some((v) => /^[=+\-@]/.test(v)))).toBe(false);
    expect(rows.find((r) => r.key === 'smallSample')?.mentions).toBe('yes');
    expect(m.root.querySelector<HTMLElement>('[data-testid="review-export-status"]')!.dataset).toMatchObject({ value: 'downloaded', what: 'csv' });
  });

  it('copies CSV without the byte order mark, and Markdown with page text escaped', async () => {
    m = mountReviews({ read: reviewPage(SMALL) });
    await click(m.root.querySelector('[data-testid="review-copy-csv"]'));
    expect(m.copy.mock.calls[0]![0].startsWith('section,key,')).toBe(true);
    await click(m.root.querySelector('[data-testid="review-copy-md"]'));
    const md = m.copy.mock.calls[1]![0];
    expect(md).toContain('# Review analysis: Listing Lens Test Power Bank');
    expect(md).toContain('> Only 6 reviews');
    expect(md).toContain('The battery died after two days \\<img src=x onerror=alert(1)\\>');
    expect(md).not.toContain(HOSTILE);
  });

  it('a clipboard that refuses is reported', async () => {
    m = mountReviews({ read: reviewPage(SMALL) });
    m.copy.mockRejectedValueOnce(new Error('Document is not focused'));
    await click(m.root.querySelector('[data-testid="review-copy-md"]'));
    expect(m.root.querySelector('[data-testid="review-export-status"]')?.textContent).toBe('Export failed: Document is not focused');
  });
});

describe('Reviews view: analysed once per set of reviews', () => {
  it('a re-read with the same reviews (a late price) keeps the analysis; a late histogram or new reviews run it again', async () => {
    const spy = vi.fn((await import('../../lib/analyses/reviews')).analyseReviews);
    m = mountReviews({ read: reviewPage(SMALL), analyseReviews: spy });
    expect(spy).toHaveBeenCalledTimes(1);
    act(() => void (m!.read.value = reviewPage(SMALL, { price: { amount: 19.99, currency: 'USD' } })));
    expect(spy).toHaveBeenCalledTimes(1);
    act(() => void (m!.read.value = reviewPage(SMALL, { price: { amount: 19.99, currency: 'USD' }, starHistogram: [3, 1, 1, 6, 89], reviewCount: 5849 })));
    expect(spy).toHaveBeenCalledTimes(2);
    expect(m.root.querySelector<HTMLElement>('[data-testid="review-stars"]')!.dataset.source).toBe('page');
    act(() => void (m!.read.value = reviewPage(SMALL.slice(0, 5))));
    expect(spy).toHaveBeenCalledTimes(3);
    expect(m.view().dataset.reviewCount).toBe('5');
  });
});

describe('Reviews view on a real review page', () => {
  if (!HAVE_SHARED_FIXTURES) {
    console.warn(`[skip] Reviews view on real pages: ${SKIP_REASON}`);
    it.skip(`skipped: ${SKIP_REASON}`, () => undefined);
    return;
  }
  let dawn: PageRead;
  beforeAll(async () => {
    const r = await auditFile(join(SHARED_FIXTURES, 'amazon/reviews/us-dawn-dish-soap-reviews.html'), { now: new Date('2026-11-26T08:00:00Z') });
    if (!r.ok) throw new Error(r.message);
    dawn = r.read;
  });

  // Read by hand: value is praised by Kaylee Ingram ("great for the money spent"), Lolli
  // ("Great value too."), Amazon Customer ("Good value for your money.") and Debbie ("well
  // worth the money"); Nicki (5★, 2024-05-24) complains the new scent "smells strange" and
  // Jeff (4★) finds the fragrance too strong; NANCY and Jeff say it cuts through grease.
  it('shows the themes a reader of those ten reviews would name, with their quotes', () => {
    m = mountReviews({ read: dawn });
    expect(m.view().dataset).toMatchObject({ state: 'small-sample', reviewCount: '10', productId: 'B0BBPNPZTC' });
    const value = theme(m, 'value', 'positive')!;
    expect(Number(value.dataset.count)).toBeGreaterThanOrEqual(4);
    const smell = theme(m, 'smell', 'negative')!;
    const smellQuotes = Array.from(smell.querySelectorAll<HTMLElement>('[data-testid="review-quote"]'));
    const nicki = smellQuotes.find((q) => q.querySelector('blockquote')?.textContent?.includes('smells strange'));
    expect(nicki?.querySelector('[data-testid="review-quote-cite"]')?.textContent).toBe('Nicki · May 24, 2024 · 5★');
    const performance = theme(m, 'performance', 'positive')!;
    expect(performance.textContent).toMatch(/cuts (through )?(the )?grease/i);
    expect(m.root.querySelector<HTMLElement>('[data-testid="review-stars"]')!.dataset).toMatchObject({ source: 'page', sample: '5849', lowShare: '4' });
  });
});
