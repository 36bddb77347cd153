import type { Coupon } from '../../../schema';
import { textOf } from '../../shared/dom';
import { shown } from '../dom';
import type { JdPage } from '../page';
import { PROMO_ROOTS } from '../selectors/product';
import { parseCoupons } from '../../shared/coupons';

const MAX_COUPONS = 50;
const MAX_NODES_PER_ROOT = 400;

/**
 * Coupon and 满减 labels of the coupon/promotion rows (领券 `满199减10`, 促销 `每满100减15`,
 * `9折`). Each label is the innermost element whose text parses, so a label split over
 * spans (`<b>满199</b><b>减10</b>`) still counts once; hidden rows are skipped.
 */
export function readCoupons(page: JdPage): Coupon[] | undefined {
  const out: Coupon[] = [];
  const seen = new Set<string>();
  const visited = new Set<Element>();
  for (const anchor of PROMO_ROOTS) {
    for (const root of page.index().roots(anchor)) {
      if (visited.has(root) || !shown(root)) continue;
      const nodes = [root, ...Array.from(root.querySelectorAll('*')).slice(0, MAX_NODES_PER_ROOT)];
      for (const el of nodes) {
        visited.add(el);
        const coupon = atom(el);
        if (!coupon || seen.has(coupon.text) || !shown(el, root)) continue;
        seen.add(coupon.text);
        out.push(coupon);
        if (out.length >= MAX_COUPONS) return out;
      }
    }
  }
  return out.length ? out : undefined;
}

/** The element's coupon when no child element holds a coupon of its own. */
function atom(el: Element): Coupon | undefined {
  const text = textOf(el);
  if (text.length === 0 || text.length > 60) return undefined;
  const coupon = parseCoupons(text)[0];
  if (!coupon) return undefined;
  for (const child of Array.from(el.children)) {
    if (parseCoupons(textOf(child)).length > 0) return undefined;
  }
  return coupon;
}
