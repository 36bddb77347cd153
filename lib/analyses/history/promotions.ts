import type { Money, PageRead, Promotion, PromotionHistory, PromotionSpan } from '../../schema';
import { promoMaps } from './promotion-key';

/**
 * 活动复盘 (issue #10): each promotion and badge of a product as spans over its snapshots —
 * when it was first and last seen, the visits that bound its start and end, the end the page
 * stated, and the price before, during and after it. Identity is kind + normalised text
 * (promotion-key.ts, as the fingerprint and the diff use it); one that ends and comes back
 * is two spans. Pure: no clock, no database.
 */

export interface PromotionHistoryOptions {
  /**
   * Per snapshot, parallel to `snapshots`: the last time its state was seen (SnapshotRow
   * .lastSeenMs). History stores one row per change and moves lastSeenMs on unchanged
   * re-reads, so without it a coupon shown for a week would look seen only on its first day.
   */
  lastSeenMs?: readonly (number | undefined)[];
}

type Item = { type: PromotionSpan['type']; kind: PromotionSpan['kind']; text: string; endsAt?: string; endsInSeconds?: number };

interface Snapshot {
  ms: number;
  readAt: string;
  /** Until when this state was seen, never reaching the next snapshot. */
  seenUntilMs: number;
  price?: Money;
  items: Map<string, Item>;
}

/**
 * Spans of a product's promotions and badges, newest first (by firstSeen). `snapshots` in any
 * order; only reads of `productKey` (`marketplace:id`) count, so a stray read of another item
 * cannot invent a promotion. Reads at the same instant are one snapshot (the later in the
 * input wins, as in timeline.ts).
 */
export function promotionHistory(productKey: string, snapshots: readonly PageRead[], options: PromotionHistoryOptions = {}): PromotionHistory {
  const states = snapshotsOf(productKey, snapshots, options.lastSeenMs ?? []);
  const open = new Map<string, PromotionSpan & { currency?: string }>();
  const spans: (PromotionSpan & { currency?: string })[] = [];
  states.forEach((s, i) => {
    const before = states[i - 1];
    for (const [key, span] of open) {
      if (s.items.has(key)) continue;
      span.goneBy = s.readAt;
      if (s.price) span.priceAfter = s.price;
      open.delete(key);
    }
    for (const [key, item] of s.items) {
      let span = open.get(key);
      if (!span) {
        span = { type: item.type, kind: item.kind, text: item.text, firstSeen: s.readAt, lastSeen: s.readAt };
        if (before) span.notSeenAt = before.readAt;
        if (before?.price) span.priceBefore = before.price;
        open.set(key, span);
        spans.push(span);
      }
      span.text = item.text;
      span.lastSeen = s.seenUntilMs > s.ms ? new Date(s.seenUntilMs).toISOString() : s.readAt;
      const end = item.endsAt ?? (item.endsInSeconds !== undefined ? new Date(s.ms + item.endsInSeconds * 1000).toISOString() : undefined);
      if (end) span.statedEnd = end;
      duringPrice(span, s.price);
    }
  });
  const last = states.at(-1);
  return {
    productKey,
    snapshots: states.length,
    ...(states[0] ? { from: states[0].readAt } : {}),
    ...(last ? { to: last.seenUntilMs > last.ms ? new Date(last.seenUntilMs).toISOString() : last.readAt } : {}),
    spans: spans
      .map(({ currency: _currency, ...span }) => span)
      .sort((a, b) => Date.parse(b.firstSeen) - Date.parse(a.firstSeen) || typeOrder(a) - typeOrder(b) || a.text.localeCompare(b.text)),
  };
}

/** Promotions before badges when they start together: the deal is what an operator reviews first. */
const typeOrder = (s: PromotionSpan) => (s.type === 'promotion' ? 0 : 1);

/** The same over stored snapshot rows (SnapshotRow and the like): each row's lastSeenMs is used. */
export function promotionHistoryOfRows(productKey: string, rows: readonly { read: PageRead; lastSeenMs?: number }[]): PromotionHistory {
  return promotionHistory(
    productKey,
    rows.map((r) => r.read),
    { lastSeenMs: rows.map((r) => r.lastSeenMs) },
  );
}

/** Lowest and highest price while shown, in the currency of the first priced sighting (never converted). */
function duringPrice(span: PromotionSpan & { currency?: string }, price: Money | undefined): void {
  if (!price) return;
  span.currency ??= price.currency;
  if (price.currency !== span.currency) return;
  if (!span.priceDuringMin || price.amount < span.priceDuringMin.amount) span.priceDuringMin = price;
  if (!span.priceDuringMax || price.amount > span.priceDuringMax.amount) span.priceDuringMax = price;
}

function snapshotsOf(productKey: string, reads: readonly PageRead[], lastSeenMs: readonly (number | undefined)[]): Snapshot[] {
  const byMs = new Map<number, { read: PageRead; lastSeenMs?: number }>();
  reads.forEach((read, i) => {
    const ms = Date.parse(read.readAt);
    if (!read.product || `${read.marketplace}:${read.product.id}` !== productKey || Number.isNaN(ms)) return;
    const seen = Math.max(lastSeenMs[i] ?? ms, byMs.get(ms)?.lastSeenMs ?? ms);
    byMs.set(ms, { read, lastSeenMs: seen });
  });
  const sorted = [...byMs.entries()].sort((a, b) => a[0] - b[0]);
  return sorted.map(([ms, { read, lastSeenMs: seen = ms }], i) => {
    const next = sorted[i + 1]?.[0] ?? Infinity;
    const p = read.product!;
    const maps = promoMaps(p);
    const items = new Map<string, Item>();
    for (const [k, v] of maps.promotions) items.set(`promotion|${k}`, promotionItem(v));
    for (const [k, v] of maps.badges) items.set(`badge|${k}`, { type: 'badge', kind: v.kind, text: v.text.trim() });
    return {
      ms,
      readAt: read.readAt,
      // A late, older read can leave a lastSeenMs past the next snapshot: then it says nothing.
      seenUntilMs: seen > ms && seen < next ? seen : ms,
      ...(p.price ? { price: p.price } : {}),
      items,
    };
  });
}

function promotionItem(p: Promotion): Item {
  return {
    type: 'promotion',
    kind: p.kind,
    text: p.text.trim(),
    ...(p.endsAt ? { endsAt: p.endsAt } : {}),
    ...(p.endsInSeconds !== undefined ? { endsInSeconds: p.endsInSeconds } : {}),
  };
}
