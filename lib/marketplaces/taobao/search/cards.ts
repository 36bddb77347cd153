import type { SearchResult } from '../../../schema';
import { absoluteUrl, textOf } from '../../shared/dom';
import { firstByName } from '../dom/class-index';
import type { TaobaoPageContext } from '../page-context';
import { itemIdFromUrl } from '../item-url';
import { parsePriceText } from '../parse/prices';
import { parseSalesVolume } from '../../shared/sales-volume';
import { CARD_ID, CARD_NAMES } from '../selectors/search';

/**
 * Today's s.taobao.com result cards:
 * `<a id="item_id_7123…" class="doubleCardWrapperAdapt--mEcC7olq" href="//item.taobao.com/item.htm?id=7123…">`
 * › `title--…` (text in a span) · `priceInt--` `59` + `priceFloat--` `.90` · `realSales--` `1000+人付款` ·
 * `shopNameText--`. 2023 cards are `Card--doubleCardWrapper--…` with `Title--title--`, `Price--priceInt--`.
 * An ad card links through `click.simba.taobao.com` (直通车) instead of the item page.
 */
export function findCards(doc: Document, ctx: TaobaoPageContext): Element[] {
  const idx = ctx.classes();
  for (const name of CARD_NAMES.card) {
    const cards = idx.roots(name);
    if (cards.length) return cards;
  }
  return Array.from(doc.querySelectorAll(CARD_ID));
}

export function readCard(card: Element, position: number, base: URL): SearchResult | undefined {
  const link = card.tagName === 'A' ? card : card.querySelector('a[href]');
  const url = absoluteUrl(link?.getAttribute('href'), base);
  const parsed = url ? safeUrl(url) : undefined;
  const id =
    /^item_id_(\d{4,20})$/.exec(card.id)?.[1] ??
    /^item_id_(\d{4,20})$/.exec(card.querySelector('[id^="item_id_"]')?.id ?? '')?.[1] ??
    (parsed && itemIdFromUrl(parsed)) ??
    card.getAttribute('data-nid') ??
    undefined;
  const titleEl = firstByName(card, CARD_NAMES.title);
  const title = textOf(titleEl) || titleEl?.getAttribute('title')?.trim();
  if (!id || !/^\d{4,20}$/.test(id) || !title) return undefined;
  const result: SearchResult = { position, id, title: title.slice(0, 2000), sponsored: isAdLink(parsed) };
  if (url) result.url = url;
  const int = firstByName(card, CARD_NAMES.priceInt);
  const priceText = int ? `${textOf(int)}${textOf(firstByName(card, CARD_NAMES.priceFloat))}` : textOf(firstByName(card, CARD_NAMES.price));
  const price = parsePriceText(priceText)?.price;
  if (price) result.price = price;
  const sales = textOf(firstByName(card, CARD_NAMES.sales));
  const volume = /\d/.test(sales) ? parseSalesVolume(sales) : undefined;
  if (volume) result.salesVolume = volume;
  const shop = textOf(firstByName(card, CARD_NAMES.shop));
  if (shop) result.shop = shop.slice(0, 200);
  return result;
}

/** Paid placements go through Alibaba's ad redirector (click.simba / re.taobao). */
function isAdLink(url: URL | undefined): boolean {
  return !!url && /(^|\.)(simba\.taobao\.com|re\.taobao\.com|ad\.alimama\.com)$/.test(url.hostname);
}

function safeUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}
