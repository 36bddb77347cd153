import { TabReadRowSchema, trackProduct, type ListingLensDb, type TrackResult } from '../../lib/db';
import { productKey } from '../../lib/schema';

export type QuickTrack = { tracked: true; result: TrackResult } | { tracked: false; why: 'no-read' | 'not-a-product' };

/**
 * "Track this product" from the context menu or the keyboard shortcut: the product the
 * tab's stored read is about, tracked as a competitor on its own (no group: the user files
 * it in the panel). The tab's read comes from the database — never from the page or the
 * menu's event — so only a product the content script actually read can be tracked.
 */
export async function trackTabProduct(db: ListingLensDb, tabId: number, now: number): Promise<QuickTrack> {
  const row = TabReadRowSchema.safeParse(await db.tabReads.get(tabId));
  if (!row.success) return { tracked: false, why: 'no-read' };
  const read = row.data.read;
  if (!read.product || (read.pageKind !== 'product' && read.pageKind !== 'reviews')) return { tracked: false, why: 'not-a-product' };
  const result = await trackProduct(db, { productKey: productKey(read.marketplace, read.product.id), role: 'competitor' }, { now });
  return { tracked: true, result };
}
