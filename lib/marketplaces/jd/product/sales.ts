import { textOf } from '../../shared/dom';
import { shown } from '../dom';
import type { JdPage } from '../page';
import { PRICE_AREA, SALES_FRAGMENTS, TITLE } from '../selectors/product';
import { parseSalesVolume, type SalesVolume } from '../../shared/sales-volume';

/**
 * A sales line near the title or price (`已售10万+`). No source documents a sales element
 * on the 2025–26 item page (modern-layouts.md §5), so this reads only elements whose class
 * names sales / sold / volume inside the title's and price's containers, by their text.
 */
export function readSalesVolume(page: JdPage): SalesVolume | undefined {
  const index = page.index();
  const areas = new Set<Element>();
  for (const anchor of [...PRICE_AREA, ...TITLE]) {
    const parent = index.query(anchor)[0]?.parentElement;
    if (parent) areas.add(parent);
  }
  for (const fragment of SALES_FRAGMENTS) {
    for (const el of index.withFragment(fragment)) {
      if (![...areas].some((a) => a.contains(el))) continue;
      const sales = shown(el) ? parseSalesVolume(textOf(el)) : undefined;
      if (sales) return sales;
    }
  }
  return undefined;
}
