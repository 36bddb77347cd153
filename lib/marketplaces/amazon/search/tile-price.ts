import type { Money } from '../../../schema';
import { isHidden, textOf } from '../../shared/dom';
import { detectCurrency, moneyFromParts, parseMoney, type MoneyContext } from '../../shared/money';
import { PRICE } from '../selectors/search';
import { matchesSelector, queryAll, queryFirst } from './simple-selectors';
import { visibleText } from './tile-text';

/** An amount and the element that shows it. */
interface Shown {
  el: Element;
  money: Money;
}

/** A named way of finding a tile's price; returns the candidate amounts in page order. */
interface PriceStrategy {
  name: string;
  read: (tile: Element, ctx: MoneyContext) => Shown[];
}

export interface TilePrice {
  price: Money;
  strategy: string;
}

/**
 * The tile's price: the first shown, non-struck amount a buyer pays. Struck list/was
 * prices, unit prices ("($5.11/Ounce)", also `.a-text-price`), hidden blocks and other
 * sellers' offers ("More Buying Choices", "Andere Angebote") never count. A zero followed
 * by a real price is a subscription offer (Kindle Unlimited "$0.00 … Or $5.99 to buy",
 * legacy "EUR 0,00" then "EUR 2,99 kaufen"): the next amount shown after it is the price.
 * Undefined when the tile shows no price ("Currently unavailable").
 */
export function readTilePrice(tile: Element, layout: string, ctx: MoneyContext): TilePrice | undefined {
  for (const strategy of STRATEGIES_BY_LAYOUT[layout] ?? DEFAULT_STRATEGIES) {
    let shown: Shown[];
    try {
      shown = strategy.read(tile, ctx);
    } catch {
      continue; // one odd tile must not cost the whole list
    }
    const first = shown[0];
    if (!first) continue;
    if (first.money.amount > 0) return { price: first.money, strategy: strategy.name };
    const after = nextNonZero(first.el, [...shown, ...plainTextPrices(tile, tile, ctx)]);
    return after ? { price: after.money, strategy: `${strategy.name}+after-zero` } : { price: first.money, strategy: strategy.name };
  }
  return undefined;
}

/** The strategies tried for a layout, for "tried" lists in issues. */
export function priceStrategyNames(layout: string): string[] {
  return (STRATEGIES_BY_LAYOUT[layout] ?? DEFAULT_STRATEGIES).map((s) => s.name);
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** The first non-zero amount shown after `zero` in page order. */
function nextNonZero(zero: Element, shown: Shown[]): Shown | undefined {
  let best: Shown | undefined;
  for (const s of shown) {
    if (s.money.amount <= 0 || !(zero.compareDocumentPosition(s.el) & FOLLOWING) || zero.contains(s.el)) continue;
    if (!best || s.el.compareDocumentPosition(best.el) & FOLLOWING) best = s;
  }
  return best;
}

const auiPrice: PriceStrategy = {
  name: 'a-price',
  read: (tile, ctx) => shownIn(candidates(tile, PRICE.auiPrice), (el) => auiAmount(el, ctx)),
};

const legacyPrice: PriceStrategy = {
  name: 'legacy-price',
  read: (tile, ctx) => shownIn(candidates(tile, PRICE.legacy.join(', ')), (el) => legacyAmount(el, ctx)),
};

const bestSellerPrice: PriceStrategy = {
  name: 'best-seller-price',
  read: (tile, ctx) => shownIn(candidates(tile, PRICE.bestSeller.join(', ')), (el) => markedMoney(textOf(el), ctx)),
};

/** e.g. an MP3 tile whose only price is the sentence "Or ¥2,400 to buy MP3". */
const priceAreaText: PriceStrategy = {
  name: 'price-area-text',
  read: (tile, ctx) => {
    for (const selector of PRICE.priceArea) {
      const area = queryFirst(tile, selector);
      if (!area || isHidden(area, tile)) continue;
      const shown = plainTextPrices(area, tile, ctx);
      if (shown.length > 0) return shown;
    }
    return [];
  },
};

const STRATEGIES_BY_LAYOUT: Record<string, PriceStrategy[]> = {
  'search-result-tiles': [auiPrice, priceAreaText],
  'legacy-result-items': [auiPrice, legacyPrice],
  'best-seller-cards': [bestSellerPrice, auiPrice],
};
const DEFAULT_STRATEGIES = [auiPrice, priceAreaText];

function shownIn(els: Element[], read: (el: Element) => Money | undefined): Shown[] {
  const out: Shown[] = [];
  for (const el of els) {
    const money = read(el);
    if (money) out.push({ el, money });
  }
  return out;
}

/** Leaf elements under `root` whose text names a currency and an amount, e.g. "Or $5.99 to buy". */
function plainTextPrices(root: Element, tile: Element, ctx: MoneyContext): Shown[] {
  const out: Shown[] = [];
  for (const el of Array.from(root.getElementsByTagName('*'))) {
    if (el.childElementCount > 0 || excluded(el, tile)) continue;
    const text = textOf(el);
    if (text.startsWith('(')) continue; // unit price "(¥100/count)"
    const money = markedMoney(text, ctx);
    if (money) out.push({ el, money });
  }
  return out;
}

/** Matches of `selector` in the tile that are shown, not struck and not another seller's offer. */
function candidates(tile: Element, selector: string): Element[] {
  return queryAll(tile, selector).filter((el) => !excluded(el, tile));
}

/** Struck, screen-reader-only or other sellers' offers, checked on the element and its ancestors in the tile. */
const NOT_THE_PRICE = [PRICE.struck, PRICE.offscreenLike, PRICE.otherOffers].join(', ');

function excluded(el: Element, tile: Element): boolean {
  for (let e: Element | null = el; e && e !== tile; e = e.parentElement) {
    if (matchesSelector(e, NOT_THE_PRICE)) return true;
  }
  return isHidden(el, tile);
}

/** `.a-price`: its offscreen text, else the visible whole/fraction spans (empty offscreen on 2024+ pages). */
function auiAmount(el: Element, ctx: MoneyContext): Money | undefined {
  const offscreen = textOf(queryFirst(el, PRICE.offscreen));
  const fromOffscreen = offscreen ? parseMoney(offscreen, ctx) : undefined;
  if (fromOffscreen) return fromOffscreen;
  const whole = queryFirst(el, PRICE.whole);
  const fraction = queryFirst(el, PRICE.fraction);
  const visible = visibleText(el, PRICE.offscreen);
  if (whole && fraction) {
    return moneyFromParts(visibleText(whole, PRICE.decimal), textOf(fraction), textOf(queryFirst(el, PRICE.symbol)) || visible, ctx);
  }
  return parseMoney(visible, ctx);
}

/** Legacy spans: "EUR 14,99", or the US split `.sx-price` (whole + fractional). */
function legacyAmount(el: Element, ctx: MoneyContext): Money | undefined {
  const whole = queryFirst(el, PRICE.legacyWhole);
  const fraction = queryFirst(el, PRICE.legacyFraction);
  if (whole && fraction) return moneyFromParts(textOf(whole), textOf(fraction), textOf(el), ctx);
  return markedMoney(textOf(el), ctx);
}

const NO_CURRENCY = 'XXX';

/**
 * An amount only when the text names a currency: plain-text spans also hold "Only 14 left
 * in stock" or "4 Millisekunden", which are not prices.
 */
function markedMoney(text: string, ctx: MoneyContext): Money | undefined {
  if (!/\d/.test(text)) return undefined;
  if (detectCurrency(text, { ...ctx, currency: NO_CURRENCY }) === NO_CURRENCY) return undefined;
  return parseMoney(text, ctx);
}
