import type { Promotion } from '../../../schema';
import { cnPromotion, isoEnd, splitNumberedOffers, uniquePromotions } from '../../shared/cn-promotions';
import { textOf } from '../../shared/dom';
import { firstByName } from '../dom/class-index';
import { allIn } from '../dom/scoped';
import { classicHidden, hiddenAnyway } from '../dom/visibility';
import type { TaobaoPageContext } from '../page-context';
import { LISTING_CLASSIC, LISTING_NAMES } from '../selectors/listing';

/**
 * Every promotion the page shows near the price: the 淘宝价 row's promotion type (a marked-down
 * price: `双拾壹`, `新品`; `2件起包邮` is a threshold), the 优惠 row (淘金币, 店铺优惠券), Tmall shop
 * promotions, today's coupon / promotion entries and a 秒杀 / 限时 banner with its countdown.
 * Text in the seller's 详情 is not read: it is the seller's copy, not a live offer.
 */
export function readPromotions(doc: Document, ctx: TaobaoPageContext, unparseable: (message: string) => void = () => undefined): Promotion[] | undefined {
  const out: (Promotion | undefined)[] = [];
  const row = doc.getElementById(LISTING_CLASSIC.promoRow);
  if (row && !classicHidden(row)) {
    // e.g. <span id="J_PromoType" class="tb-promo-type">双拾壹</span> beside 淘宝价 ¥25.00
    out.push(cnPromotion(textOf(row.querySelector(LISTING_CLASSIC.promoType)), { fallback: 'discount' }));
  }
  const classicLines = [
    ...allIn(doc, LISTING_CLASSIC.otherDiscounts),
    ...allIn(doc, LISTING_CLASSIC.promoList),
    ...allIn(doc, LISTING_CLASSIC.tmallPromos),
  ];
  // e.g. <div class="tb-coupon"><img> 20元店铺优惠券，满199元可用 <a class="J_coupon">领取</a></div>
  for (const el of classicLines) {
    if (classicHidden(el)) continue;
    const text = textOf(el).replace(/\s*(领取|立即领取|登录后查看是否享受此优惠)\s*$/, '');
    out.push(...splitNumberedOffers(text).map((line) => cnPromotion(line)));
  }
  const idx = ctx.classes();
  for (const el of LISTING_NAMES.promotions.flatMap((n) => idx.all(n))) {
    if (!hiddenAnyway(el)) out.push(cnPromotion(textOf(el).replace(/\s*(领取|立即领取|去使用)\s*$/, ''), { fallback: el.className.includes('coupon') ? 'coupon' : undefined }));
  }
  for (const banner of LISTING_NAMES.deal.flatMap((n) => idx.all(n))) {
    if (!hiddenAnyway(banner)) out.unshift(deal(banner, unparseable));
  }
  return uniquePromotions(out);
}

// e.g. <div class="…--activityBanner--…" data-end-time="1779292799000">限时秒杀<span class="…--countDown--…">距结束 01:22:33</span></div>
function deal(banner: Element, unparseable: (message: string) => void): Promotion | undefined {
  const countdown = firstByName(banner, LISTING_NAMES.countdown);
  const endsAt = banner.getAttribute('data-end-time') ?? banner.getAttribute('data-endtime') ?? undefined;
  if (endsAt !== undefined && !isoEnd(endsAt)) unparseable(`The deal's end time "${endsAt.slice(0, 40)}" is not a date`);
  const text = countdown ? textOf(banner).replace(textOf(countdown), '') : textOf(banner);
  return cnPromotion(text || textOf(banner), {
    kind: 'deal',
    endsAt,
    endsText: textOf(countdown) || undefined,
  });
}

