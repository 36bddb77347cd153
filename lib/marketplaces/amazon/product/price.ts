import type { Money, PriceRange } from '../../../schema';
import { isHidden, textOf, textWithout } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { detectCurrency, moneyFromParts, parseMoney, type MoneyContext } from '../../shared/money';
import {
  ACTIVE_ROW_CLASSES, APEX_PRICE_LABEL, BUYBOX_ROOTS, BUYBOX_ROWS, CORE_PRICE_ROOTS, KINDLE_PRICE_IDS,
  LEGACY_PRICE, NOT_PRICE_TO_PAY, OFFER_PRICE, OFFER_SECTIONS, PRICE_RANGE, PRICE_TO_PAY, PRICEBLOCK_IDS, SINGLE_OFFER_ROOTS,
  TWISTER_PRICE_DATA,
} from '../selectors/product';
import { firstScoped, scoped, visibleById, visibleIn } from './page';

/**
 * The price a buyer pays for the shown variant, read only from the core price block or the
 * buy box: carousels, comparison tables and other sellers' offers are never looked at.
 */
export interface PriceFind {
  price: Money;
  range?: PriceRange;
  /** The block the price came from; the list price is only searched inside it. */
  block: Element;
}

/** One `.a-price`: its offscreen text, else (2024+, empty offscreen) the visible parts. */
export function readAPrice(el: Element, ctx: MoneyContext): Money | undefined {
  const offscreen = textOf(el.querySelector('.a-offscreen'));
  if (/\d/.test(offscreen)) {
    const m = parseMoney(offscreen, ctx);
    if (m) return m;
  }
  const whole = el.querySelector('.a-price-whole');
  if (whole) {
    const fraction = textOf(el.querySelector('.a-price-fraction'));
    const symbol = textOf(el.querySelector('.a-price-symbol'));
    return moneyFromParts(textWithout(whole, '.a-price-decimal'), fraction || undefined, symbol, ctx);
  }
  const text = textOf(el);
  return /\d/.test(text) ? parseMoney(text, ctx) : undefined;
}

/** A money text, or a "$12.99 - $24.99" range (price = its minimum). */
export function readPriceText(text: string, ctx: MoneyContext): { price: Money; range?: PriceRange } | undefined {
  if (!/\d/.test(text)) return undefined;
  const parts = text.split(/\s+[-–—~]\s+|\s*[–—~]\s*/).filter((p) => /\d/.test(p));
  if (parts.length === 2) {
    const min = parseMoney(parts[0]!, ctx);
    const max = parseMoney(parts[1]!, ctx);
    if (min && max && min.currency === max.currency && min.amount <= max.amount) {
      return { price: min, range: { min, max } };
    }
  }
  const price = parseMoney(text, ctx);
  return price ? { price } : undefined;
}

/** True when the text names a currency (so "10 percent savings" is not read as a price). */
function namesCurrency(text: string, ctx: MoneyContext): boolean {
  return detectCurrency(text, { ...ctx, currency: 'XXX' }) !== 'XXX';
}

function isPriceToPay(el: Element, root: Element, selector: string): boolean {
  if (isHidden(el, root) || el.closest(NOT_PRICE_TO_PAY)) return false;
  // The catch-all `.a-price` must not be a struck or per-unit `.a-text-price`.
  return selector !== '.a-price' || !el.classList.contains('a-text-price');
}

function fromCoreRoot(root: Element, ctx: MoneyContext): PriceFind | undefined {
  const rangeEl = visibleIn(root, PRICE_RANGE);
  if (rangeEl) {
    const ends = Array.from(rangeEl.querySelectorAll('.a-price')).map((p) => readAPrice(p, ctx));
    const [min, max] = [ends[0], ends[ends.length - 1]];
    if (ends.length >= 2 && min && max && min.currency === max.currency && min.amount <= max.amount) {
      return { price: min, range: { min, max }, block: root };
    }
  }
  for (const selector of PRICE_TO_PAY) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      if (!isPriceToPay(el, root, selector)) continue;
      const price = readAPrice(el, ctx);
      if (price) return { price, block: root };
    }
  }
  return undefined;
}

/**
 * The chosen row: one marked active, or the only row of a one-offer box. A lone row that
 * says it is not chosen (`unselected`), or a rent / used accordion row, is not the buy
 * price: it is what is left of a box whose chosen row did not load or was not saved
 * (used-only boxes have their own root, usedOnlyBuybox).
 */
function isActiveRow(row: Element, rows: Element[]): boolean {
  if (ACTIVE_ROW_CLASSES.some((c) => row.classList.contains(c))) return true;
  return rows.length === 1 && !row.classList.contains('unselected') && !/^(rent|used)/i.test(row.id);
}

/** "40 New from $47.75": other sellers' offers, next to a link to the offer listing. */
function otherSellersLine(el: Element): boolean {
  return el.parentElement?.querySelector('a[href*="/offer-listing/"]') != null;
}

function offerPriceIn(scope: Element, ctx: MoneyContext): Money | undefined {
  for (const selector of OFFER_PRICE) {
    for (const el of Array.from(scope.querySelectorAll(selector))) {
      if (isHidden(el, scope) || el.closest('.a-text-strike') || otherSellersLine(el)) continue;
      const text = textOf(el);
      const money = /\d/.test(text) ? parseMoney(text, ctx) : undefined;
      if (money) return money;
    }
  }
  return undefined;
}

export function priceStrategies(doc: Document, ctx: MoneyContext): Strategy<PriceFind>[] {
  return [
    {
      name: 'core-price',
      read: () => {
        for (const id of CORE_PRICE_ROOTS) {
          const root = visibleById(doc, id);
          const found = root && fromCoreRoot(root, ctx);
          if (found) return found;
        }
        return undefined;
      },
    },
    {
      // 2024+ apex layout where the visible spans are empty and only the label has the price.
      name: 'apex-price-label',
      read: () => {
        const el = visibleById(doc, APEX_PRICE_LABEL);
        const text = textOf(el);
        if (!el || !namesCurrency(text, ctx)) return undefined;
        const price = parseMoney(text, ctx);
        return price ? { price, block: el.closest(`#${CORE_PRICE_ROOTS[0]}`) ?? el } : undefined;
      },
    },
    {
      name: 'priceblock',
      read: () => {
        for (const id of PRICEBLOCK_IDS) {
          const el = visibleById(doc, id);
          const read = el && readPriceText(textOf(el), ctx);
          if (read) return { ...read, block: el.closest('#price, table') ?? el };
        }
        return undefined;
      },
    },
    {
      // The chosen offer row of a buy box (new, or used when that is the only offer).
      name: 'buybox-offer',
      read: () => {
        for (const id of BUYBOX_ROOTS) {
          const root = visibleById(doc, id);
          if (!root) continue;
          const rows = Array.from(root.querySelectorAll(BUYBOX_ROWS.join(', ')));
          const active = rows.find((row) => isActiveRow(row, rows));
          const price = active && offerPriceIn(active, ctx);
          if (active && price) return { price, block: active };
        }
        for (const id of SINGLE_OFFER_ROOTS) {
          const root = visibleById(doc, id);
          const price = root && offerPriceIn(root, ctx);
          if (root && price) return { price, block: root };
        }
        for (const id of OFFER_SECTIONS) {
          const el = visibleById(doc, id);
          const row = el?.closest(BUYBOX_ROWS.join(', '));
          // A row the box marks as not chosen (the used offer beside a new one) is not the price.
          if (!el || row?.classList.contains('unselected')) continue;
          const price = offerPriceIn(el, ctx);
          if (price) return { price, block: row ?? el };
        }
        return undefined;
      },
    },
    {
      // After the buy box: a print book's page may carry a Kindle upsell price.
      name: 'kindle-price',
      read: () => {
        for (const id of KINDLE_PRICE_IDS) {
          const el = visibleById(doc, id);
          const price = el && parseMoney(textOf(el), ctx);
          // Its row only: the same table strikes the print edition's list price.
          if (price) return { price, block: el.closest('tr') ?? el };
        }
        return undefined;
      },
    },
    {
      name: 'legacy-price-block',
      read: () => {
        const el = firstScoped(doc, LEGACY_PRICE, (e) => !isHidden(e));
        const read = el && readPriceText(textOf(el), ctx);
        return el && read ? { ...read, block: el.closest('#priceBlock, table') ?? el } : undefined;
      },
    },
    {
      // Page-state JSON of the buy-box offer (hidden by design). Last: the DOM shows what
      // the buyer sees (e.g. a member price), the JSON only the offer.
      name: 'twister-price-data',
      read: () => {
        const el = scoped(doc, TWISTER_PRICE_DATA)[0];
        const price = el && twisterPrice(textOf(el), ctx);
        return el && price ? { price, block: el } : undefined;
      },
    },
  ];
}

function twisterPrice(json: string, ctx: MoneyContext): Money | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  for (const group of Object.values(data as Record<string, unknown>)) {
    const first = Array.isArray(group) ? (group[0] as Record<string, unknown> | undefined) : undefined;
    const display = typeof first?.displayPrice === 'string' ? first.displayPrice : undefined;
    const money = display ? parseMoney(display, ctx) : undefined;
    if (money) return money;
  }
  return undefined;
}
