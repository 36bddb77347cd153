import type { Money } from '../../../schema';

/** What one result card yields before it becomes a SearchResult. */
export interface TileRead {
  id?: string;
  title?: string;
  url?: string;
  price?: Money;
  reviewCount?: number;
  shop?: string;
  salesVolume?: { min: number; text: string };
  sponsored: boolean;
  /** Not a product (an activity banner): left out without an issue. */
  notProduct?: boolean;
}

/** "广告" (ad) as a whole label: the 2019–23 `.p-promo-flag` and the 2025–26 card badge. */
export function isAdLabel(text: string): boolean {
  return /^广告$/.test(text.trim());
}
