import type { Transaction } from 'dexie';
import { PageReadSchema } from '../schema';
import { MAX_REVIEWS_PER_PRODUCT, mergeReviewRow, reviewRowsOf } from './review-rows';
import type { LatestReadRow, ProductRow, ReviewRow } from './schema';

/**
 * v3 → v4 adds the reviews table. v3 kept the reviews a page showed only in each product's
 * latest read (product page and review page); for tracked products those are the reviews
 * seen so far, so they seed the table, first seen at their read's time. Untracked products
 * get none (only tracked products store reviews). Every v3 row is left as it was. A latest
 * read that no longer parses is skipped rather than failing the upgrade (it still shows as
 * an error where it is read). Runs inside Dexie's upgrade transaction: a failure leaves the
 * database at v3.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const tracked = (await tx.table('products').toArray()) as ProductRow[];
  const keys = new Set(tracked.filter((p) => p.role !== 'untracked').map((p) => p.key));
  if (!keys.size) return;
  const rows = new Map<string, ReviewRow>();
  const reads = (await tx.table('latestReads').toArray()) as LatestReadRow[];
  for (const latest of reads) {
    if (!keys.has(latest.productKey)) continue;
    const read = PageReadSchema.safeParse(latest.read);
    if (!read.success) continue;
    for (const row of reviewRowsOf(latest.productKey, read.data, latest.productId)) {
      const k = `${row.productKey}\u0000${row.reviewKey}`;
      const seen = rows.get(k);
      rows.set(k, seen ? mergeReviewRow(seen, row) : row);
    }
  }
  // Two latest reads hold at most 1,000 reviews, under the per-product bound; kept anyway.
  const perProduct = new Map<string, ReviewRow[]>();
  for (const row of rows.values()) (perProduct.get(row.productKey) ?? perProduct.set(row.productKey, []).get(row.productKey)!).push(row);
  const kept = [...perProduct.values()].flatMap((list) => list.sort((a, b) => b.lastSeenMs - a.lastSeenMs).slice(0, MAX_REVIEWS_PER_PRODUCT));
  await tx.table('reviews').bulkAdd(kept);
}
