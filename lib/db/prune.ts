import type { ListingLensDb } from './database';

/**
 * Removing old history, in one transaction. A rule names what goes:
 * - `keepPerProduct: n` — all but each product's newest n snapshots;
 * - `beforeMs` — snapshots last seen before that time.
 * Both together remove what either names. Each product's newest snapshot always stays: it
 * is the product's current state (an unchanged price seen yesterday was first seen a year
 * ago), and what the next read is compared with.
 * Stored reviews (v4) follow the date rule: those last seen before `beforeMs` go too (a
 * review no page has shown since). `keepPerProduct` counts snapshots only; reviews have
 * their own per-product bound (MAX_REVIEWS_PER_PRODUCT).
 */
export interface PruneRule {
  beforeMs?: number;
  keepPerProduct?: number;
}

export async function pruneSnapshots(db: ListingLensDb, rule: PruneRule): Promise<{ deleted: number; reviews: number }> {
  const keep = Math.max(1, rule.keepPerProduct ?? Number.POSITIVE_INFINITY);
  return db.transaction('rw', db.snapshots, db.reviews, async () => {
    const doomed = new Set<number>();
    const newest = new Set<number>();
    // One pass over the history index (keys only): each product's ids, oldest first.
    let key: string | undefined;
    let ids: number[] = [];
    const flush = () => {
      if (ids.length) newest.add(ids[ids.length - 1]!);
      for (const id of ids.slice(0, Math.max(0, ids.length - keep))) doomed.add(id);
      ids = [];
    };
    await db.snapshots.orderBy('[productKey+readAtMs]').eachPrimaryKey((id, cursor) => {
      const k = (cursor.key as [string, number])[0];
      if (k !== key) {
        flush();
        key = k;
      }
      ids.push(id as number);
    });
    flush();
    if (rule.beforeMs !== undefined) {
      for (const id of (await db.snapshots.where('lastSeenMs').below(rule.beforeMs).primaryKeys()) as number[]) doomed.add(id);
    }
    for (const id of newest) doomed.delete(id);
    await db.snapshots.bulkDelete([...doomed]);
    const reviews = rule.beforeMs === undefined ? 0 : await db.reviews.where('lastSeenMs').below(rule.beforeMs).delete();
    return { deleted: doomed.size, reviews };
  });
}
