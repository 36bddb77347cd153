import type { PageRead, PromotionHistory } from '../../schema';

/**
 * 活动复盘: promotion and badge spans over a product's snapshots (oldest first or any order).
 * CONTRACT STUB — being built.
 */
export function promotionHistory(productKey: string, snapshots: readonly PageRead[]): PromotionHistory {
  void snapshots;
  throw new Error(`promotionHistory(${productKey}): not built yet`);
}
