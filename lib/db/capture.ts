import { Dexie } from 'dexie';
import { diffReads } from '../analyses/history/diff-reads';
import type { PageRead, ProductKey } from '../schema';
import type { ListingLensDb } from './database';
import { MAX_REVIEWS_PER_PRODUCT, mergeReviewRow, reviewRowsOf } from './review-rows';
import { latestReadRowOf, productOfRead, snapshotRowOf, strip, summaryOf } from './rows';
import type { ProductRole, ProductRow, SnapshotRow } from './schema';

/**
 * The capture rule, run inside the caller's transaction (storePageRead, track-product):
 *
 * - Every product or review read updates the product's row (seen times, title, summary)
 *   and its latest read of that page kind.
 * - A product-page read of a tracked product is compared with the product's newest
 *   snapshot on the meaningful fields (sameState: the "what changed" diff of
 *   lib/analyses/history, the fields fingerprint.ts names). Unchanged: that snapshot's
 *   lastSeenMs moves. Changed: a new snapshot — unless it is a re-read of the same visit
 *   (same tab, within VISIT_WINDOW_MS: a late price, a variant click), which replaces the
 *   visit's snapshot, so history holds one point per visit, not one per DOM mutation.
 * - The reviews a tracked product's product or review page shows are kept, one row per
 *   distinct review (captureReviews), so the Reviews tab can follow themes over time.
 * - Untracked products keep no history; past UNTRACKED_LIMIT the least recently seen
 *   untracked products without history (snapshots or stored reviews) are dropped with
 *   their latest reads.
 */
export const VISIT_WINDOW_MS = 10 * 60_000;
export const UNTRACKED_LIMIT = 300;

export type SnapshotOutcome = 'added' | 'updated' | 'unchanged';

export interface CaptureResult {
  key: ProductKey;
  product: ProductRow;
  snapshotId?: number;
  outcome?: SnapshotOutcome;
}

export interface CaptureOptions {
  /** Track the product with this role if it is untracked (track-product, group-save). */
  track?: Exclude<ProductRole, 'untracked'>;
  /** ms since epoch: when tracking starts. */
  now?: number;
}

/** Records a product or review read (call inside a rw transaction over products, latestReads, snapshots, reviews). */
export async function captureProductRead(
  db: ListingLensDb,
  read: PageRead,
  tabId: number | undefined,
  options: CaptureOptions = {},
): Promise<CaptureResult | undefined> {
  const of = productOfRead(read);
  if (!of) return undefined;
  const { product, created } = await noteSeen(db, read, options);
  const latest = latestReadRowOf(read, tabId)!;
  const stored = await db.latestReads.get([of.key, of.kind]);
  // A late, older read (another tab's) does not replace a newer one.
  if (!stored || stored.readAtMs <= latest.readAtMs) await db.latestReads.put(latest);
  if (product.role === 'untracked') {
    if (created) await pruneUntracked(db);
    return { key: of.key, product };
  }
  await captureReviews(db, read);
  if (of.kind !== 'product') return { key: of.key, product };
  const snap = await captureSnapshot(db, read, tabId);
  return { key: of.key, product, ...snap };
}

/** Creates or updates the product row of a read; returns it and whether it is new. */
async function noteSeen(db: ListingLensDb, read: PageRead, options: CaptureOptions): Promise<{ product: ProductRow; created: boolean }> {
  const of = productOfRead(read)!;
  const readAtMs = Date.parse(read.readAt);
  const old = await db.products.get(of.key);
  const newest = !old || readAtMs >= old.lastSeenMs;
  const fromProductPage = read.pageKind === 'product';
  const title = read.product?.title;
  const product: ProductRow = strip({
    key: of.key,
    marketplace: read.marketplace,
    productId: of.productId,
    role: old?.role ?? 'untracked',
    trackedAtMs: old?.trackedAtMs,
    firstSeenMs: Math.min(old?.firstSeenMs ?? readAtMs, readAtMs),
    lastSeenMs: Math.max(old?.lastSeenMs ?? readAtMs, readAtMs),
    // The product page's title is the listing's; a review page's is a fallback.
    title: (newest && title && (fromProductPage || !old?.title) ? title : old?.title) ?? title,
    latest: newest && fromProductPage ? summaryOf(read) : old?.latest,
    lruMs: undefined,
  });
  if (product.role === 'untracked' && options.track) {
    product.role = options.track;
    product.trackedAtMs ??= options.now ?? Date.now();
  } else if (old?.lruMs !== undefined || (!old && product.role === 'untracked')) {
    product.lruMs = product.lastSeenMs;
  }
  await db.products.put(product);
  return { product, created: !old };
}

/**
 * Applies the change rule to one product-page read of a tracked product (inside the
 * caller's transaction). Returns the snapshot that now holds this state.
 */
export async function captureSnapshot(
  db: ListingLensDb,
  read: PageRead,
  tabId: number | undefined,
): Promise<{ snapshotId: number; outcome: SnapshotOutcome } | undefined> {
  const candidate = snapshotRowOf(read, tabId);
  if (!candidate || candidate.pageKind !== 'product') return undefined;
  const [latest, previous] = await historyRange(db, candidate.productKey).reverse().limit(2).toArray();
  if (latest?.id !== undefined && sameState(latest, candidate)) {
    if (candidate.readAtMs > latest.lastSeenMs) await db.snapshots.update(latest.id, { lastSeenMs: candidate.readAtMs });
    return { snapshotId: latest.id, outcome: 'unchanged' };
  }
  if (latest?.id !== undefined && sameVisit(latest, candidate)) {
    // The visit ended where the state before it was: the visit's point goes, the earlier state is still seen.
    if (previous?.id !== undefined && sameState(previous, candidate)) {
      await db.snapshots.delete(latest.id);
      await db.snapshots.update(previous.id, { lastSeenMs: Math.max(previous.lastSeenMs, candidate.readAtMs) });
      return { snapshotId: previous.id, outcome: 'unchanged' };
    }
    await db.snapshots.put({ ...candidate, id: latest.id });
    return { snapshotId: latest.id, outcome: 'updated' };
  }
  // An auto-increment key: always a number once added.
  return { snapshotId: (await db.snapshots.add(candidate)) as number, outcome: 'added' };
}

/**
 * Keeps the reviews of a tracked product's read (inside the caller's transaction): new
 * ones added, known ones merged (mergeReviewRow: a late, older read moves no copy back),
 * then the product bounded to MAX_REVIEWS_PER_PRODUCT, the least recently seen dropped.
 * Returns how many rows were added.
 */
export async function captureReviews(db: ListingLensDb, read: PageRead, max = MAX_REVIEWS_PER_PRODUCT): Promise<number> {
  const of = productOfRead(read);
  if (!of || !read.reviews?.length) return 0;
  const rows = reviewRowsOf(of.key, read, of.productId);
  const existing = await db.reviews.bulkGet(rows.map((r): [string, string] => [r.productKey, r.reviewKey]));
  await db.reviews.bulkPut(rows.map((row, i) => (existing[i] ? mergeReviewRow(existing[i], row) : row)));
  await boundReviews(db, of.key, max);
  return existing.filter((e) => !e).length;
}

/** Drops a product's least recently seen reviews past `max` (inside the caller's transaction). */
export async function boundReviews(db: ListingLensDb, key: string, max = MAX_REVIEWS_PER_PRODUCT): Promise<number> {
  const byLastSeen = db.reviews.where('[productKey+lastSeenMs]').between([key, Dexie.minKey], [key, Dexie.maxKey]);
  const count = await byLastSeen.count();
  if (count <= max) return 0;
  const victims = await byLastSeen.limit(count - max).primaryKeys();
  await db.reviews.bulkDelete(victims);
  return victims.length;
}

/** One product's stored reviews, by first-seen time (a Dexie collection). */
export function reviewsRange(db: ListingLensDb, key: string) {
  return db.reviews.where('[productKey+firstSeenMs]').between([key, Dexie.minKey], [key, Dexie.maxKey]);
}

/** Whether a product has history — snapshots or stored reviews — that keeps it out of the untracked bound. */
export async function hasHistory(db: ListingLensDb, key: string): Promise<boolean> {
  return (await historyRange(db, key).count()) > 0 || (await reviewsRange(db, key).count()) > 0;
}

/**
 * Whether a read shows nothing new against a snapshot: the panel's "what changed" diff
 * (lib/analyses/history) finds no change — so every stored snapshot differs from the one
 * before it in something that diff shows.
 */
export function sameState(snapshot: Pick<SnapshotRow, 'read'>, candidate: Pick<SnapshotRow, 'read'>): boolean {
  return diffReads(snapshot.read, candidate.read).changes.length === 0;
}

function sameVisit(latest: SnapshotRow, candidate: Omit<SnapshotRow, 'id'>): boolean {
  return (
    latest.tabId !== undefined &&
    latest.tabId === candidate.tabId &&
    candidate.readAtMs >= latest.readAtMs &&
    candidate.readAtMs - latest.readAtMs < VISIT_WINDOW_MS
  );
}

/**
 * Drops the least recently seen untracked products without history past `limit`, with
 * their latest reads (inside the caller's transaction). Returns how many went.
 */
export async function pruneUntracked(db: ListingLensDb, limit = UNTRACKED_LIMIT): Promise<number> {
  const count = await db.products.orderBy('lruMs').count();
  if (count <= limit) return 0;
  const victims = (await db.products.orderBy('lruMs').limit(count - limit).primaryKeys()) as string[];
  // Products with stored reviews never get lruMs (hasHistory); their rows go too all the same.
  for (const key of victims) {
    await latestReadsRange(db, key).delete();
    await reviewsRange(db, key).delete();
  }
  await db.products.bulkDelete(victims);
  return victims.length;
}

/** One product's snapshots in time order (a Dexie collection). */
export function historyRange(db: ListingLensDb, key: string) {
  return db.snapshots.where('[productKey+readAtMs]').between([key, Dexie.minKey], [key, Dexie.maxKey]);
}

/** One product's latest reads (product and review page). */
export function latestReadsRange(db: ListingLensDb, key: string) {
  return db.latestReads.where('[productKey+pageKind]').between([key, Dexie.minKey], [key, Dexie.maxKey]);
}
