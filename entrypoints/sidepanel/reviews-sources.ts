import type { Visit } from '../../lib/analyses/reviews/trends';
import { getProduct, reviewVisitsOf, type ListingLensDb } from '../../lib/db';
import type { ProductKey } from '../../lib/schema';

/** The shown product's stored reviews as the Reviews view's trends need them (a read, fit for a liveQuery). */
export interface StoredReviews {
  productKey: ProductKey;
  /** Tracked now (`mine` or `competitor`): only tracked products store reviews. */
  tracked: boolean;
  visits: Visit[];
}

export async function loadStoredReviews(db: ListingLensDb, key: ProductKey): Promise<StoredReviews> {
  const [product, visits] = await Promise.all([getProduct(db, key), reviewVisitsOf(db, key)]);
  return { productKey: key, tracked: product !== undefined && product.role !== 'untracked', visits };
}
