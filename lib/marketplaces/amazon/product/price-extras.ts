import type { Money } from '../../../schema';
import { isHidden, textOf } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { parseMoney, type MoneyContext } from '../../shared/money';
import { COUPON_ROOTS, LIST_PRICE_IN_BLOCK, NOT_PRICE_TO_PAY } from '../selectors/product';
import { visibleById } from './page';
import { readAPrice, type PriceFind } from './price';

/**
 * The struck list price of THIS product: only searched inside the block the price came
 * from, so struck prices of sponsored carousels and comparison rows never match.
 */
export function listPriceStrategies(found: PriceFind | undefined, ctx: MoneyContext): Strategy<Money>[] {
  return [
    {
      name: 'strike-in-price-block',
      read: () => {
        if (!found) return undefined;
        for (const selector of LIST_PRICE_IN_BLOCK) {
          for (const el of Array.from(found.block.querySelectorAll(selector))) {
            if (isHidden(el, found.block)) continue;
            const money = el.classList.contains('a-price') ? readAPrice(el, ctx) : moneyIn(textOf(el), ctx);
            if (money) return money;
          }
        }
        return undefined;
      },
    },
  ];
}

function moneyIn(text: string, ctx: MoneyContext): Money | undefined {
  return /\d/.test(text) ? parseMoney(text, ctx) : undefined;
}

/** A price shown after clipping a coupon ("$17.99 with coupon"); a bare "Apply 20% coupon" is not one. */
export function couponPriceStrategies(doc: Document, ctx: MoneyContext): Strategy<Money>[] {
  return [
    {
      name: 'coupon-price',
      read: () => {
        for (const id of COUPON_ROOTS) {
          const root = visibleById(doc, id);
          if (!root) continue;
          for (const el of Array.from(root.querySelectorAll('.a-price'))) {
            if (isHidden(el, root) || el.closest(NOT_PRICE_TO_PAY)) continue;
            const money = readAPrice(el, ctx);
            if (money) return money;
          }
        }
        return undefined;
      },
    },
  ];
}
