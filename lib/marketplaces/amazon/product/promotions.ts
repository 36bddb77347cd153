import type { Promotion } from '../../../schema';
import { isHidden, textOf } from '../../shared/dom';
import type { FieldReader } from '../../shared/field-reader';
import type { MoneyContext } from '../../shared/money';
import { countdownSeconds, singlePercent } from '../../shared/promotion-text';
import {
  APPLICABLE_PROMOTION, COUPON_BLOCKS, DEAL_BADGE, DEAL_COUNTDOWN, PRIME_SAVINGS_ROW, PROMO_LINES, PROMO_POPOVER_LINK, PROMOTION_LIST,
  OFFER_SAVINGS, SAVING_LABEL, SAVINGS, SUBSCRIBE_SAVE,
} from '../selectors/listing';
import { firstScoped, visibleById, visibleText } from './page';
import { dedupe, NOT_A_PROMOTION, promotionFrom, promotionKind } from './promotion-kinds';

/** Links and popover triggers that follow a promotion's wording ("Shop items", "Terms"), and the "Coupon:" label before it. */
const TRAILING_LINKS = 'a, .a-declarative[data-a-modal], .newCouponBadge';

/**
 * Every promotion the page shows for this offer, in page order: clip coupons and the lines
 * beside them, a limited-time deal, the marked-down saving, Subscribe & Save, then the
 * product's own promotions list. Store adverts and card sign-up offers that share the list
 * are not promotions of this product. Absent when none is shown.
 */
export function readPromotions(doc: Document, money: MoneyContext, r: FieldReader): Promotion[] | undefined {
  const found: Array<{ p: Promotion; from: string }> = [];
  const add = (from: string, p: Promotion | undefined) => p && found.push({ p, from });

  for (const id of COUPON_BLOCKS) {
    const block = visibleById(doc, id);
    if (!block) continue;
    // e.g. 2022+: one line per promotion, inside the visible accordion row only
    const lines = Array.from(block.querySelectorAll(PROMO_LINES)).filter((l) => !isHidden(l, block));
    for (const line of lines.length ? lines : [block]) {
      const text = visibleText(line, TRAILING_LINKS);
      if (!text) continue;
      // "Up to 20% off if you qualify" sits in the Prime-savings row of the buy box.
      const hint = line.closest(PRIME_SAVINGS_ROW) ? 'programme' : id === COUPON_BLOCKS[0] ? undefined : 'coupon';
      const p = promotionFrom(promotionKind(text, hint), text, money);
      if (p?.kind === 'coupon' && p.percentOff === undefined && !p.amountOff) {
        r.issue('product.promotions', 'unparseable', `Coupon without a readable saving: "${text.slice(0, 80)}"`, [id]);
      }
      add(`coupon-block:${id}`, p);
    }
  }

  const deal = DEAL_BADGE.map((id) => visibleById(doc, id)).find((el) => el && visibleText(el));
  if (deal) add('deal-badge', dealPromotion(doc, visibleText(deal), money));

  // e.g. "-22%" beside the price; "You Save: $6.79 (15%)" in 2010–19 price tables and buy boxes
  const saving = firstScoped(doc, SAVINGS, (el) => !isHidden(el) && textOf(el) !== '')
    ?? firstScoped(doc, OFFER_SAVINGS, (el) => !isHidden(el) && SAVING_LABEL.test(textOf(el)));
  if (saving) add('savings', promotionFrom('discount', visibleText(saving), money));

  const sns = SUBSCRIBE_SAVE.map((id) => visibleById(doc, id)).find((el) => el && visibleText(el));
  if (sns) add('subscribe-save', subscribeSave(visibleText(sns, PROMO_POPOVER_LINK), money));

  const listed = doc.getElementById(PROMOTION_LIST.id);
  for (const li of listed ? Array.from(listed.querySelectorAll(PROMOTION_LIST.find)) : []) {
    const text = visibleText(li, PROMO_POPOVER_LINK);
    if (!text || isHidden(li) || NOT_A_PROMOTION.test(text)) continue;
    add('promotion-list', promotionFrom(promotionKind(text, 'other'), text, money));
  }
  const apl = doc.getElementById(APPLICABLE_PROMOTION.id);
  for (const msg of apl ? Array.from(apl.querySelectorAll(APPLICABLE_PROMOTION.find)) : []) {
    const text = visibleText(msg);
    // "Promotion Available": a pointer to the list above, not a promotion of its own.
    if (!text || isHidden(msg, apl) || /^promotion available$/i.test(text) || NOT_A_PROMOTION.test(text)) continue;
    add('applicable-promotion', promotionFrom(promotionKind(text, 'other'), text, money));
  }

  if (!found.length) return undefined;
  r.provenance['product.promotions'] = [...new Set(found.map((f) => f.from))].join('+').slice(0, 100);
  return dedupe(found.map((f) => f.p)).slice(0, 50);
}

/** "Limited time deal", "Lightning Deal · Ends in 05:12:33": the countdown gives endsText and endsInSeconds. */
function dealPromotion(doc: Document, badgeText: string, money: MoneyContext): Promotion | undefined {
  const p = promotionFrom('deal', badgeText, money);
  if (!p) return undefined;
  const timer = DEAL_COUNTDOWN.flatMap((s) => Array.from(doc.querySelectorAll(s))).find((el) => !isHidden(el) && textOf(el));
  if (timer) {
    p.endsText = textOf(timer).slice(0, 2000);
    const seconds = countdownSeconds(p.endsText);
    if (seconds !== undefined) p.endsInSeconds = Math.min(seconds, 400 * 86_400);
  }
  if (p.percentOff === undefined) {
    const pct = singlePercent(badgeText);
    if (pct !== undefined) p.percentOff = pct;
  }
  return p;
}

/** "Save 5% now and up to 15% on repeat deliveries": the saving now is the first percentage. */
function subscribeSave(text: string, money: MoneyContext): Promotion | undefined {
  const p = promotionFrom('subscribe-save', text, money);
  // "Subscribe & Save: $37.99" names the subscription price, not money off.
  if (p) delete p.amountOff;
  const now = /(\d{1,2}(?:[.,]\d)?)\s*%/.exec(text)?.[1];
  if (p && p.percentOff === undefined && now) p.percentOff = Number(now.replace(',', '.'));
  return p;
}
