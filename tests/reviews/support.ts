import type { Review } from '../../lib/schema';

/** A review from its body (and optional stars, id, date, title) for hand-written cases. */
export function review(body: string, rating?: number, extra: Partial<Review> = {}): Review {
  return { body, ...(rating !== undefined ? { rating } : {}), ...extra };
}

/** `n` reviews that name no aspect and repeat no phrase ("Note 7."). */
export function filler(n: number, rating = 5): Review[] {
  return Array.from({ length: n }, (_, i) => review(`Note ${i + 1}.`, rating, { id: `F${i}` }));
}
