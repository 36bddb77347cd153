import { AMAZON_BULLETS } from '../../components/workbench/model';
import type { DraftRow } from '../../lib/db';
import type { Marketplace, Product } from '../../lib/schema';

/** A new, empty draft (Amazon drafts start with their five bullet slots). */
export function blankDraft(id: string, marketplace: Marketplace): DraftRow {
  return {
    id,
    marketplace,
    name: '',
    title: '',
    bullets: marketplace === 'amazon' ? Array.from({ length: AMAZON_BULLETS }, () => '') : [],
    searchTerms: '',
    keywords: [],
    updatedAt: 0,
  };
}

/**
 * A draft prefilled from a product read: its title, brand and (Amazon) bullets, cut to
 * what a draft holds. The page's text stays text: it is only ever edited and scored.
 */
export function draftFromProduct(id: string, marketplace: Marketplace, product: Product): DraftRow {
  const title = (product.title ?? '').slice(0, 2000);
  const bullets =
    marketplace === 'amazon'
      ? Array.from({ length: AMAZON_BULLETS }, (_, i) => (product.bullets?.[i] ?? '').slice(0, 2000))
      : [];
  const brand = product.brand?.trim().slice(0, 200);
  return {
    ...blankDraft(id, marketplace),
    productId: product.id,
    name: title.slice(0, 80),
    title,
    bullets,
    ...(brand ? { brand } : {}),
  };
}
