import type { PageRead, TimelinePoint } from '../../schema';

/**
 * A product's history as points over time, oldest first. Only reads with a product count, and
 * only those of the newest read's product (marketplace + id), so a stray read of another item
 * cannot bend the line. Reads at the same instant (a page saved twice, a re-read merged by the
 * background) become one point: fields missing from one are filled from the other, and where
 * both have a value the later read in the input wins.
 */
export function timeline(snapshots: readonly PageRead[]): TimelinePoint[] {
  const reads = snapshots.filter((r) => r.product);
  if (reads.length === 0) return [];
  const newest = reads.reduce((a, b) => (Date.parse(b.readAt) >= Date.parse(a.readAt) ? b : a));
  const key = `${newest.marketplace}:${newest.product!.id}`;
  const byInstant = new Map<number, TimelinePoint>();
  for (const read of reads) {
    if (`${read.marketplace}:${read.product!.id}` !== key) continue;
    const t = Date.parse(read.readAt);
    const point = pointOf(read);
    const earlier = byInstant.get(t);
    byInstant.set(t, earlier ? merge(earlier, point) : point);
  }
  return [...byInstant.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
}

function pointOf(read: PageRead): TimelinePoint {
  const p = read.product!;
  const best = p.salesRanks?.reduce((a, b) => (b.rank < a.rank ? b : a));
  return {
    at: read.readAt,
    ...(p.price ? { price: p.price } : {}),
    ...(p.listPrice ? { listPrice: p.listPrice } : {}),
    ...(p.couponPrice ? { couponPrice: p.couponPrice } : {}),
    ...(p.rating !== undefined ? { rating: p.rating } : {}),
    ...(p.reviewCount !== undefined ? { reviewCount: p.reviewCount } : {}),
    ...(best ? { salesRank: { rank: best.rank, category: best.category } } : {}),
    ...(p.salesVolume ? { salesVolume: p.salesVolume } : {}),
  };
}

function merge(earlier: TimelinePoint, later: TimelinePoint): TimelinePoint {
  const out: TimelinePoint = { ...earlier };
  for (const [k, v] of Object.entries(later)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
