import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  captureReviews,
  clearAllData,
  importData,
  MAX_REVIEWS_PER_PRODUCT,
  pruneUntracked,
  reviewKeyOf,
  reviewVisitsOf,
  storePageRead,
  trackProduct,
  untrackProduct,
  type ListingLensDb,
} from '../../lib/db';
import { exportJson } from '../../lib/export/json';
import { PageReadSchema, type PageRead, type Review } from '../../lib/schema';
import { productRead } from './fixtures/sample-reads';
import { openTestDb } from './helpers';

/**
 * Stored reviews (v4): what a tracked product's product and review pages show is kept one
 * row per distinct review, with when it was first and last seen and its newest copy.
 */
let db: ListingLensDb;
beforeEach(async () => {
  db = openTestDb();
  await db.open();
});
afterEach(() => db.close());

const KEY = 'amazon:B0BYNZ6B6Y';
const day = (d: string) => `${d}T10:00:00.000Z`;
const ms = (d: string) => Date.parse(day(d));
const r = (id: string | undefined, body: string, extra: Partial<Review> = {}): Review => ({ ...(id ? { id } : {}), rating: 4, body, ...extra });
function page(readAt: string, reviews: Review[], pageKind: 'product' | 'reviews' = 'reviews'): PageRead {
  return PageReadSchema.parse({ ...productRead({ readAt: day(readAt), pageKind }, { id: 'B0BYNZ6B6Y' }), reviews });
}
const stored = async () => (await db.reviews.toArray()).map((row) => [row.reviewKey, row.firstSeenMs, row.lastSeenMs, row.review.body, row.review.followUp]);

async function tracked(): Promise<void> {
  await storePageRead(db, 1, page('2025-01-05', [], 'product'));
  await trackProduct(db, { productKey: KEY, role: 'competitor' }, { now: 0 });
}

describe('capturing reviews', () => {
  it('keeps none for an untracked product, and starts with the latest read’s when it is tracked', async () => {
    await storePageRead(db, 1, page('2025-01-05', [r('R1', 'Fast')], 'product'));
    expect(await db.reviews.count()).toBe(0);
    await trackProduct(db, { productKey: KEY, role: 'competitor' }, { now: 0 });
    expect(await stored()).toEqual([['id:R1', ms('2025-01-05'), ms('2025-01-05'), 'Fast', undefined]]);
  });

  it('keeps each review once, its first-seen time, and the newest copy (an edit, a 追评)', async () => {
    await tracked();
    await storePageRead(db, 2, page('2025-01-10', [r('R1', 'Fast'), r(undefined, 'Gets  WARM', { author: 'Li' })]));
    await storePageRead(db, 2, page('2025-02-10', [r('R1', 'Fast, edited'), r(undefined, 'gets warm', { author: 'Li', followUp: '用了一个月还好' })]));
    // A late read from another tab, older than what is stored: seen times widen, no copy goes back.
    await storePageRead(db, 3, page('2025-01-08', [r('R1', 'Fast')]));
    expect((await stored()).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      [reviewKeyOf(r(undefined, 'gets warm', { author: 'Li' })), ms('2025-01-10'), ms('2025-02-10'), 'gets warm', '用了一个月还好'],
      ['id:R1', ms('2025-01-08'), ms('2025-02-10'), 'Fast, edited', undefined],
    ]);
  });

  it.each([
    ['same id, other text', r('A', 'one'), r('A', 'two'), true],
    ['no id: case, spacing and a follow-up do not matter', r(undefined, 'Good  Value', { author: 'Jo' }), r(undefined, 'good value', { author: 'Jo', followUp: 'still good' }), true],
    ['no id: another author', r(undefined, 'Good value', { author: 'Jo' }), r(undefined, 'Good value', { author: 'Al' }), false],
    ['no id: another date', r(undefined, 'Good value', { date: '2025-01-01' }), r(undefined, 'Good value', { date: '2025-01-02' }), false],
    ['an id and none', r('A', 'Good value'), r(undefined, 'Good value'), false],
  ])('identity: %s → same review: %s', (_what, a, b, same) => {
    expect(reviewKeyOf(a) === reviewKeyOf(b)).toBe(same);
  });

  it('bounds a product’s reviews, dropping the least recently seen', async () => {
    await tracked();
    await db.transaction('rw', db.reviews, async () => {
      await captureReviews(db, page('2025-01-10', [r('R1', 'a'), r('R2', 'b')]), 3);
      await captureReviews(db, page('2025-01-11', [r('R3', 'c'), r('R1', 'a')]), 3);
      // R4 makes four: R2 (last seen 10 Jan) goes.
      await captureReviews(db, page('2025-01-12', [r('R4', 'd')]), 3);
    });
    expect((await db.reviews.toArray()).map((x) => x.reviewKey).sort()).toEqual(['id:R1', 'id:R3', 'id:R4']);
    expect(MAX_REVIEWS_PER_PRODUCT).toBeGreaterThanOrEqual(500); // one full read always fits
  });

  it('loses nothing when 30 tabs report overlapping review pages at once', async () => {
    await tracked();
    // Tab i shows reviews i and i+1 (0…30): 31 distinct reviews, most seen twice.
    await Promise.all(Array.from({ length: 30 }, (_, i) => storePageRead(db, 100 + i, page(`2025-01-${String(1 + (i % 28)).padStart(2, '0')}`, [r(`R${i}`, `t${i}`), r(`R${i + 1}`, `t${i + 1}`)]))));
    const rows = await db.reviews.toArray();
    expect(rows).toHaveLength(31);
    // R1 was on the pages of tabs 0 (1 Jan) and 1 (2 Jan).
    expect(rows.find((x) => x.reviewKey === 'id:R1')).toMatchObject({ firstSeenMs: ms('2025-01-01'), lastSeenMs: ms('2025-01-02') });
  });
});

describe('stored reviews and the rest of the database', () => {
  it('stay when the product is untracked (it is then never dropped as history-less), and clear-all removes them', async () => {
    await tracked();
    await storePageRead(db, 2, page('2025-01-10', [r('R1', 'a')]));
    await db.snapshots.clear(); // only the reviews are history now
    await untrackProduct(db, { productKey: KEY });
    expect(await db.reviews.count()).toBe(1);
    expect((await db.products.get(KEY))?.lruMs).toBeUndefined();
    expect(await db.transaction('rw', db.products, db.latestReads, db.reviews, () => pruneUntracked(db, 0))).toBe(0);
    // Untracked: new reads store no more reviews.
    await storePageRead(db, 3, page('2025-01-11', [r('R2', 'b')]));
    expect(await db.reviews.count()).toBe(1);
    expect(await clearAllData(db)).toBeGreaterThan(0);
    expect(await db.reviews.count()).toBe(0);
  });

  it('are exported and imported: a second import changes nothing; an older file without them still imports', async () => {
    await tracked();
    await storePageRead(db, 2, page('2025-01-10', [r('R1', 'a'), r(undefined, 'b', { author: 'Li' })]));
    const text = await exportJson(db, new Date('2025-04-01T00:00:00.000Z'));
    const file = JSON.parse(text) as { tables: Record<string, unknown> };
    expect(file.tables.reviews).toHaveLength(2);
    expect(JSON.stringify(file.tables.reviews)).not.toContain('reviewKey');
    const other = openTestDb();
    try {
      expect((await importData(other, text, { now: 0 })).added.reviews).toBe(2);
      expect(await other.reviews.toArray()).toEqual(await db.reviews.toArray());
      expect((await importData(other, text, { now: 0 })).added.reviews + (await importData(other, text, { now: 0 })).updated.reviews).toBe(0);
      await other.reviews.clear();
      delete file.tables.reviews;
      const old = await importData(other, JSON.stringify(file), { now: 0 });
      expect([old.added.reviews, old.updated.reviews, await other.reviews.count()]).toEqual([0, 0, 0]);
    } finally {
      other.close();
    }
  });

  it('merge on import: first seen the earliest, last seen the latest, the later copy', async () => {
    await tracked();
    await storePageRead(db, 2, page('2025-01-10', [r('R1', 'old text')]));
    const text = await exportJson(db);
    const file = JSON.parse(text) as { tables: { reviews: { firstSeenMs: number; lastSeenMs: number; review: Review }[] } };
    file.tables.reviews[0] = { ...file.tables.reviews[0]!, firstSeenMs: ms('2025-01-02'), lastSeenMs: ms('2025-03-01'), review: r('R1', 'new text') };
    expect((await importData(db, JSON.stringify(file), { now: 0 })).updated.reviews).toBe(1);
    expect(await stored()).toEqual([['id:R1', ms('2025-01-02'), ms('2025-03-01'), 'new text', undefined]]);
  });

  it('reviewVisitsOf: one visit per day of first sight, oldest first', async () => {
    await tracked();
    await storePageRead(db, 2, page('2025-02-10', [r('R2', 'b'), r('R1', 'a')]));
    await storePageRead(db, 2, page('2025-01-10', [r('R1', 'a')]));
    await storePageRead(db, 2, page('2025-03-01', [r('R3', 'c'), r('R1', 'a')]));
    expect((await reviewVisitsOf(db, KEY)).map((v) => [v.at, v.reviews.map((x) => x.id)])).toEqual([
      ['2025-01-10', ['R1']],
      ['2025-02-10', ['R2']],
      ['2025-03-01', ['R3']],
    ]);
    expect(await reviewVisitsOf(db, 'amazon:B0NOBODY01')).toEqual([]);
  });
});
