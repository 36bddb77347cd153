import type { Coupon } from '../../../schema';
import { textOf } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { firstStr } from '../data/values';
import { allIn, firstIn } from '../dom/scoped';
import { classicHidden } from '../dom/visibility';
import type { TaobaoPageContext } from '../page-context';
import { parseCoupons } from '../../shared/coupons';
import { parseSalesVolume, type SalesVolume } from '../../shared/sales-volume';
import { NAMES, TAOBAO_CLASSIC, TMALL_CLASSIC } from '../selectors/product';

/** Sales as the page words it (已售 1万+, 月销 2000+, 交易成功 178) — never a made-up exact count. */
export function salesStrategies(doc: Document, ctx: TaobaoPageContext): Strategy<SalesVolume>[] {
  return [
    {
      name: 'ice-sales',
      read: () => {
        const text = firstStr(ctx.ice(), ['componentsVO', 'titleVO', 'salesDesc'], ['item', 'vagueSellCount']);
        return text ? parseSalesVolume(text) : undefined;
      },
    },
    { name: 'sales-desc', read: () => fromText(textOf(ctx.classes().first(NAMES.salesDesc))) },
    {
      // e.g. <div class="tb-sell-counter"><a title="30天内已售出6件，其中交易成功4件"><strong id="J_SellCounter">4</strong><span>交易成功</span>
      name: 'taobao-sell-counter',
      read: () => {
        const el = doc.getElementById(TAOBAO_CLASSIC.sellCounter);
        return el && /\d/.test(textOf(el)) ? fromText(textOf(el.closest('a') ?? el.parentElement)) : undefined;
      },
    },
    {
      // e.g. <li class="tm-ind-sellCount"><span class="tm-label">月销量</span><span class="tm-count">1.2万</span>
      name: 'tmall-sell-count',
      read: () => {
        const item = firstIn(doc, TMALL_CLASSIC.sellCount);
        return item && !classicHidden(item) ? fromText(textOf(item)) : undefined;
      },
    },
  ];
}

function fromText(text: string): SalesVolume | undefined {
  return /\d/.test(text) ? parseSalesVolume(text) : undefined;
}

/** Coupon and threshold offers shown near the price (满199减10, 每满300减30, 9折). */
export function couponStrategies(doc: Document, ctx: TaobaoPageContext): Strategy<Coupon[]>[] {
  return [
    {
      name: 'promotion-area',
      read: () => {
        const idx = ctx.classes();
        const els = NAMES.promotion.flatMap((n) => idx.roots(n));
        return dedupe(els.flatMap((el) => parseCoupons(textOf(el))));
      },
    },
    {
      // e.g. <li id="J_OtherDiscount"><div class="tb-coupon">20元店铺优惠券，满199元可用 <a>领取</a></div>
      name: 'classic-discounts',
      read: () => {
        const els = [...TAOBAO_CLASSIC.discounts, ...TMALL_CLASSIC.promotions].flatMap((s) => allIn(doc, s));
        return dedupe(els.filter((el) => !classicHidden(el)).flatMap((el) => parseCoupons(textOf(el))));
      },
    },
    {
      name: 'ice-price-desc',
      read: () => dedupe(parseCoupons(`${firstStr(ctx.ice(), ['componentsVO', 'priceVO', 'extraPrice', 'priceDesc']) ?? ''}`)),
    },
  ];
}

function dedupe(coupons: Coupon[]): Coupon[] | undefined {
  const seen = new Set<string>();
  const out = coupons.filter((c) => !seen.has(c.text) && seen.add(c.text));
  return out.length ? out.slice(0, 50) : undefined;
}
