import type { Money, PriceRange } from '../../../schema';
import { textOf } from '../../shared/dom';
import { cleanLabel, ownText, shown } from '../dom';
import { anchorName } from '../class-index';
import type { JdPage } from '../page';
import { FINAL_PRICE, MAIN_PRICE, PRICE_AREA, SECONDARY_PRICE, STRUCK } from '../selectors/product';
import { priceFromText } from '../text';

/**
 * The prices of a JD item page, classified by what the page labels them.
 *
 * Rule (documented for the lead): `price` is JD's unconditional sale price (京东价, 秒杀价,
 * PLUS价 …, data `price.p`); a 到手价 / 券后价 / 补贴价 — the estimate after coupons, 满减 or
 * subsidies, data `price.finalPrice` — is `couponPrice`; a struck 原价 / 划线价 / 参考价
 * (data `price.op`) is `listPrice`. When the page shows only a 到手价, that is `price` and
 * `priceLabel` says 到手价, so the panel never presents it as an unconditional price.
 */
export interface JdPrices {
  price?: Money;
  range?: PriceRange;
  label?: string;
  couponPrice?: Money;
  listPrice?: Money;
  strategy?: string;
  /** A price element exists but is still empty (AJAX placeholder `J-p-<sku>`, `#jd-price`). */
  placeholder: boolean;
}

interface Shown {
  el?: Element;
  money: Money;
  range?: PriceRange;
  label?: string;
  role: 'main' | 'final' | 'struck' | 'other';
  strategy: string;
}

const FINAL_LABEL = /到手价|券后|预估|补贴|优惠后|折后/;
const STRUCK_LABEL = /原价|划线价|日常价|参考价|定价|市场价/;
const LABEL = /到手价|券后价?|预估到手价|政府补贴价|补贴价|京东价|秒杀价|活动价|促销价|预售价|拼购价|PLUS价|会员价|原价|划线价|日常价|参考价|定价|市场价/i;

export function readPrices(page: JdPage): JdPrices {
  const index = page.index();
  const found: Shown[] = [];
  let placeholder = false;
  const add = (el: Element, role: Shown['role'], strategy: string) => {
    if (!shown(el) || found.length > 12 || found.some((f) => f.el === el)) return;
    const read = priceFromText(textOf(el));
    if (!read) {
      if (role === 'main' || role === 'final') placeholder ||= !/\d/.test(textOf(el));
      return;
    }
    const struck = role !== 'main' && !!el.closest(STRUCK);
    const name = labelNear(el);
    const kind = struck || (name && STRUCK_LABEL.test(name)) ? 'struck' : name && FINAL_LABEL.test(name) ? 'final' : role;
    found.push({ el, money: read.price, range: read.range, label: name, role: kind, strategy });
  };

  for (const anchor of MAIN_PRICE) for (const el of index.query(anchor)) add(el, 'main', anchorName(anchor));
  for (const el of index.query(FINAL_PRICE)) add(el, 'final', anchorName(FINAL_PRICE));
  const area = PRICE_AREA.map((a) => index.roots(a)[0]).find((e): e is Element => !!e);
  for (const el of Array.from(area?.querySelectorAll(SECONDARY_PRICE) ?? [])) {
    if (!el.closest('.product-price--main')) add(el, 'other', 'price-area');
  }
  return decide(found, placeholder);
}

function decide(found: Shown[], placeholder: boolean): JdPrices {
  const main = found.find((p) => p.role === 'main');
  const base = main ?? found.find((p) => p.role === 'other');
  const final = found.find((p) => p.role === 'final');
  const priced = base ?? final;
  if (!priced) return { placeholder };
  const struck = found.find((p) => p.role === 'struck' && p.money.amount > priced.money.amount);
  const coupon = base && final && final.money.amount < base.money.amount ? final.money : undefined;
  return {
    price: priced.money,
    range: priced.range,
    label: priced.label,
    couponPrice: coupon,
    listPrice: struck?.money,
    strategy: priced.strategy,
    placeholder: false,
  };
}

/**
 * The label nearest to a price: the words of the closest container that has any
 * (`到手价 ¥199`; 2016–20 `.summary-price` › `.dt` 京 东 价 beside `.dd` › `.p-price`).
 */
function labelNear(el: Element): string | undefined {
  let e: Element | null = el;
  for (let up = 0; e && up < 4; up++, e = e.parentElement) {
    const m = LABEL.exec(cleanLabel(ownText(e, '.product-price--value, .price, del')));
    if (m) return m[0];
  }
  return undefined;
}
