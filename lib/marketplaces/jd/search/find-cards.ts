import type { ClassIndex } from '../class-index';
import { CARD_LAYOUTS } from '../selectors/search';

export interface FoundCards {
  layout: string;
  cards: Element[];
}

/**
 * The cards of the first layout present. Layouts anchored on a list root (`#J_goodsList`,
 * `#plist`) are searched only inside it: recommendation widgets beside the list reuse
 * `.p-name` / `.p-price`.
 */
export function findCards(index: ClassIndex): FoundCards | undefined {
  for (const layout of CARD_LAYOUTS) {
    const cards = index.query(layout.cards).filter((c) => !layout.requires || c.hasAttribute(layout.requires));
    if (cards.length) return { layout: layout.name, cards };
  }
  return undefined;
}

export function layoutNames(): string[] {
  return CARD_LAYOUTS.map((l) => l.name);
}
