import { isHidden, textOf } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { at, obj, str } from '../data/values';
import { byName, firstByName, hasFragment } from '../dom/class-index';
import { classicHidden } from '../dom/visibility';
import type { TaobaoPageContext } from '../page-context';
import { priceLabel } from '../parse/prices';
import { NAMES, TAOBAO_CLASSIC, TMALL_CLASSIC } from '../selectors/product';
import { priceRow, resolvePrices, type PriceFind, type PriceRow } from './price-rows';

/**
 * Price strategies, rendered block first: the DOM follows the shopper's SKU choice and shows the
 * promotion that applies now, the embedded JSON only the state the page was served with.
 */
export function priceStrategies(doc: Document, ctx: TaobaoPageContext): Strategy<PriceFind>[] {
  return [
    { name: 'taobao-classic-price', read: () => resolvePrices(taobaoClassicRows(doc)) },
    { name: 'tmall-classic-price', read: () => resolvePrices(tmallClassicRows(doc)) },
    { name: 'price-block', read: () => resolvePrices(modernRows(ctx)) },
    { name: 'ice-price-vo', read: () => resolvePrices(icePriceRows(ctx)) },
    {
      // Tmall classic: the item-level price string the page renders before any SKU is chosen.
      name: 'tshop-default-price',
      read: () => {
        const text = str(at(ctx.tshop(), 'detail', 'defaultItemPrice'));
        return text ? resolvePrices([priceRow(text, '')]) : undefined;
      },
    },
  ];
}

// e.g. <li id="J_StrPriceModBox"><span class="tb-property-type">价格</span><strong id="J_StrPrice" style="text-decoration: line-through">
function taobaoClassicRows(doc: Document): PriceRow[] {
  const rows: Array<PriceRow | undefined> = [];
  const promo = doc.getElementById(TAOBAO_CLASSIC.promoRow);
  if (promo && !classicHidden(promo)) {
    const amount = promo.querySelector(TAOBAO_CLASSIC.promoPrice);
    if (amount) rows.push(priceRow(textOf(amount), priceLabel(textOf(promo.querySelector(TAOBAO_CLASSIC.rowLabel)))));
  }
  const base = doc.getElementById(TAOBAO_CLASSIC.basePrice);
  if (base && !classicHidden(base)) {
    const row = doc.getElementById(TAOBAO_CLASSIC.basePriceRow);
    rows.push(priceRow(textOf(base), classicLabel(row, TAOBAO_CLASSIC.rowLabel), isStruck(base)));
  }
  return rows.filter((r): r is PriceRow => !!r);
}

// e.g. <dl id="J_StrPriceModBox"><dt>价格</dt><dd><span class="tm-price">5499.00-6799.00</span>
function tmallClassicRows(doc: Document): PriceRow[] {
  const rows: Array<PriceRow | undefined> = [];
  for (const id of [TMALL_CLASSIC.promoRow, TMALL_CLASSIC.basePriceRow]) {
    const row = doc.getElementById(id);
    const amount = row?.querySelector(TMALL_CLASSIC.price);
    if (!row || !amount || classicHidden(row)) continue;
    const label = priceLabel(row.getAttribute('data-label') ?? '') || classicLabel(row, TMALL_CLASSIC.rowLabel);
    rows.push(priceRow(textOf(amount), label, isStruck(amount)));
  }
  return rows.filter((r): r is PriceRow => !!r);
}

function classicLabel(row: Element | null, selector: string): string {
  return priceLabel(textOf(row?.querySelector(selector)));
}

/** Today's block: `priceWrap` › `highlightPrice` / `subPrice` rows, each a label and a `--text--` number. */
function modernRows(ctx: TaobaoPageContext): PriceRow[] {
  const idx = ctx.classes();
  // The outer of the price wrap and the 2022–23 `Price--root--` (a wrap may hold only the base row).
  const wrap = idx.first(NAMES.priceRoot);
  const component = idx.roots(NAMES.priceComponent)[0];
  const block = wrap && component ? (wrap.contains(component) ? wrap : component.contains(wrap) ? component : wrap) : wrap ?? component;
  // Without a price block only named price rows count: the buy panel has other numbers (48小时内发货).
  const root = block ?? idx.first(NAMES.purchasePanel);
  if (!root) return [];
  const named = innermost([
    ...new Set([...NAMES.priceRows.flatMap((n) => byName(root, n)), ...Array.from(root.querySelectorAll('[id^="extraPrice"]'))]),
  ]);
  // A number outside every named row (2022–23 `Price--priceText--`) is a row of its own: its
  // parent when that holds no other row, else the number itself.
  const loose = (block ? NAMES.priceAmount : [])
    .flatMap((n) => byName(root, n))
    .filter((el) => looksLikeAmount(textOf(el)) && !named.some((row) => row.contains(el)))
    .map((el) => {
      const parent = el.parentElement;
      return parent && parent !== root && !named.some((row) => parent.contains(row)) ? parent : el;
    });
  const rowEls = [...new Set([...named, ...loose])].filter((el) => !isHidden(el, root));
  return sortInDocumentOrder(rowEls).map((row) => modernRow(row)).filter((r): r is PriceRow => !!r);
}

function modernRow(row: Element): PriceRow | undefined {
  const rowText = textOf(row);
  const amountEl = NAMES.priceAmount.flatMap((n) => byName(row, n)).find((el) => looksLikeAmount(textOf(el)));
  let amount = amountEl ? textOf(amountEl) : rowText;
  // Search-style split price: priceInt `59` + priceFloat `.90`.
  const float = firstByName(row, ['priceFloat']);
  if (amountEl && float && hasFragment(amountEl, 'priceInt')) amount += textOf(float);
  const at = rowText.indexOf(amount);
  const label = at >= 0 ? priceLabel(rowText.slice(0, at)) || priceLabel(rowText.slice(at + amount.length)) : priceLabel(rowText);
  return priceRow(amount, label, isStruck(amountEl ?? row) || NAMES.struckRows.some((n) => hasFragment(row, n)));
}

/** `componentsVO.priceVO.{price, extraPrice}`: each a `priceText` with its `priceTitle`. */
function icePriceRows(ctx: TaobaoPageContext): PriceRow[] {
  const vo = obj(at(ctx.ice(), 'componentsVO', 'priceVO'));
  if (!vo) return [];
  return ['extraPrice', 'price']
    .map((key) => obj(vo[key]))
    .map((p) => {
      const text = str(p?.priceText);
      return text ? priceRow(text, priceLabel(str(p?.priceTitle) ?? '')) : undefined;
    })
    .filter((r): r is PriceRow => !!r);
}

/** A price number as a price element holds it (`79`, `¥59-89`, `１２９`), not a sentence with a number in it. */
function looksLikeAmount(text: string): boolean {
  return /^[¥￥]?\s*[\d０-９][\d０-９.,]*(\s*[-~～]\s*[¥￥]?\s*[\d０-９][\d０-９.,]*)?\s*起?$/.test(text);
}

/** Struck through by markup or inline style (the page's own "this is the old price"). */
function isStruck(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (/^(DEL|S|STRIKE)$/.test(e.tagName)) return true;
    if (/line-through/i.test(e.getAttribute('style') ?? '')) return true;
    if (e.tagName === 'LI' || e.tagName === 'DL') break;
  }
  return false;
}

function innermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((other) => other !== el && el.contains(other)));
}

function sortInDocumentOrder(els: Element[]): Element[] {
  return [...els].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
