import type { Aspect, Bilingual, ReturnReason } from '../../../schema';

/** What the panel calls each aspect (Chinese first: most users are Chinese sellers). */
export const ASPECT_LABELS: Readonly<Record<Aspect, Bilingual>> = {
  'size-fit': { zh: '尺码/大小', en: 'Size & fit' },
  'quality-durability': { zh: '质量/耐用', en: 'Quality & durability' },
  battery: { zh: '电池/续航', en: 'Battery' },
  smell: { zh: '气味', en: 'Smell' },
  noise: { zh: '噪音', en: 'Noise' },
  packaging: { zh: '包装', en: 'Packaging' },
  delivery: { zh: '物流/配送', en: 'Delivery' },
  'customer-service': { zh: '客服/售后', en: 'Customer service' },
  value: { zh: '价格/性价比', en: 'Price & value' },
  appearance: { zh: '外观/颜色', en: 'Look & colour' },
  'ease-of-use': { zh: '易用性/安装', en: 'Ease of use' },
  performance: { zh: '效果/性能', en: 'Performance' },
  material: { zh: '材质/面料', en: 'Material' },
  comfort: { zh: '舒适度', en: 'Comfort' },
  'accuracy-description': { zh: '与描述相符', en: 'As described' },
  taste: { zh: '口味', en: 'Taste' },
  safety: { zh: '安全', en: 'Safety' },
};

/** Return reasons with the wording of the 退货原因 lists and Amazon's return reasons (domain-rules §6). */
export const RETURN_REASON_LABELS: Readonly<Record<ReturnReason, Bilingual>> = {
  'quality-defect': { zh: '商品质量问题', en: 'Defective / quality not adequate' },
  'size-fit': { zh: '大小/尺寸不符', en: 'Size or fit' },
  'not-as-described': { zh: '收到商品与描述不符', en: 'Not as described' },
  damaged: { zh: '包装/商品破损', en: 'Arrived damaged' },
  'wrong-or-missing': { zh: '错发/漏发/少件', en: 'Wrong item or missing parts' },
  logistics: { zh: '物流/未按时送达', en: 'Late or lost delivery' },
  'changed-mind': { zh: '不想要了/拍错', en: 'Changed mind / ordered by mistake' },
  price: { zh: '价格问题', en: 'Price' },
  counterfeit: { zh: '假冒品牌', en: 'Counterfeit' },
  other: { zh: '其他', en: 'Other' },
};

/**
 * How much a return for this reason costs the seller, 1–5. Anchored on who is responsible
 * in Amazon's return-reason table (domain-rules §6: seller-responsible reasons cost the
 * return shipping and usually the goods) and on account risk:
 * - 5 counterfeit: full refund, goods seized or destroyed, brand/IP complaints that can
 *   suspend the listing or the account.
 * - 4 quality-defect, damaged, wrong-or-missing, not-as-described: seller-responsible;
 *   the seller pays the return, the unit is rarely resellable (DEFECTIVE / DAMAGED
 *   dispositions), and defect reports feed the account's health metrics.
 * - 3 size-fit: often free returns (apparel) and the unit is usually resellable, but it
 *   recurs on every size and is fixable in the listing (size chart).
 * - 2 logistics, price, other: the unit comes back sellable; late delivery is the
 *   carrier's or FBA's fault more often than the seller's; "other" has no known cost.
 * - 1 changed-mind: buyer-responsible (buyer pays return shipping), unit resellable.
 */
export const RETURN_IMPACT: Readonly<Record<ReturnReason, number>> = {
  counterfeit: 5,
  'quality-defect': 4,
  damaged: 4,
  'wrong-or-missing': 4,
  'not-as-described': 4,
  'size-fit': 3,
  logistics: 2,
  price: 2,
  other: 2,
  'changed-mind': 1,
};

/**
 * The return reason a complaint about an aspect would be filed under. Following the
 * labelling rules (tests/reviews/GUIDELINES.md §5): intrinsic flaws (smell, noise,
 * discomfort, poor performance, material) are quality defects; a complaint about the look
 * is a mismatch with what the listing showed; damage in transit shows as a packaging
 * complaint; a seller's fulfilment mistake (wrong or missing item) is filed with the
 * service, so it is found by its own cues, not by this table.
 */
export const ASPECT_RETURN_REASON: Readonly<Record<Aspect, ReturnReason>> = {
  'size-fit': 'size-fit',
  'quality-durability': 'quality-defect',
  battery: 'quality-defect',
  smell: 'quality-defect',
  noise: 'quality-defect',
  performance: 'quality-defect',
  material: 'quality-defect',
  comfort: 'quality-defect',
  taste: 'quality-defect',
  safety: 'quality-defect',
  'ease-of-use': 'other',
  appearance: 'not-as-described',
  'accuracy-description': 'not-as-described',
  packaging: 'damaged',
  delivery: 'logistics',
  value: 'price',
  'customer-service': 'other',
};
