import type { SearchResult } from '../../../schema';
import { absoluteUrl, textOf } from '../../shared/dom';
import { parseCount } from '../../shared/numbers';
import { itemIdFromUrl } from '../item-url';
import { parseCny, parsePriceText } from '../parse/prices';
import { parseSalesVolume } from '../../shared/sales-volume';
import { SHOP_SEARCH, TMALL_LIST } from '../selectors/search';

/**
 * In-shop search grid (店内搜索):
 * `<dl class="item" data-id="554113831403"><dd class="detail"><a class="item-name" href="//item.taobao.com/item.htm?id=…">`
 * `<span class="c-price">24.90</span>` (the `s-price` is the struck original) `<span class="sale-num">3</span>`.
 */
export function readShopItem(dl: Element, position: number, base: URL): SearchResult | undefined {
  const link = dl.querySelector(SHOP_SEARCH.title);
  const url = absoluteUrl(link?.getAttribute('href'), base);
  const id = dl.getAttribute('data-id') ?? (url ? itemIdFromUrl(new URL(url)) : undefined);
  const title = textOf(link) || link?.getAttribute('title')?.trim() || '';
  if (!id || !/^\d{4,20}$/.test(id) || !title) return undefined;
  const result: SearchResult = { position, id, title: title.slice(0, 2000), sponsored: false };
  if (url) result.url = url;
  const price = parseCny(textOf(dl.querySelector(SHOP_SEARCH.price)));
  if (price) result.price = price;
  const sales = dl.querySelector(SHOP_SEARCH.sales);
  const volume = sales ? parseSalesVolume(textOf(sales.parentElement ?? sales)) : undefined;
  if (volume) result.salesVolume = volume;
  const reviews = parseCount(textOf(dl.querySelector(SHOP_SEARCH.reviews)));
  if (reviews !== undefined) result.reviewCount = reviews;
  return result;
}

/**
 * Classic list.tmall.com product cell:
 * `<div class="product" data-id="…"><p class="productPrice"><em title="5499.00">¥5499.00</em></p>`
 * `<p class="productTitle"><a href="//detail.tmall.com/item.htm?id=…" title="…">` `<a class="productShop-name">`
 * `<p class="productStatus"><span>月成交 <em>967笔</em></span> <span>评价 <a>573</a></span>`.
 */
export function readTmallListItem(cell: Element, position: number, base: URL): SearchResult | undefined {
  const link = cell.querySelector(TMALL_LIST.title);
  const url = absoluteUrl(link?.getAttribute('href'), base);
  const id = cell.getAttribute('data-id') ?? (url ? itemIdFromUrl(new URL(url)) : undefined);
  // The visible title (the `title` attribute may hold a longer seller title).
  const title = textOf(link) || link?.getAttribute('title')?.trim() || '';
  if (!id || !/^\d{4,20}$/.test(id) || !title) return undefined;
  const result: SearchResult = { position, id, title: title.slice(0, 2000), sponsored: false };
  if (url) result.url = url;
  const priceEl = cell.querySelector(TMALL_LIST.price);
  const price = parsePriceText(priceEl?.getAttribute('title') || textOf(priceEl))?.price;
  if (price) result.price = price;
  const shop = textOf(cell.querySelector(TMALL_LIST.shop));
  if (shop) result.shop = shop.slice(0, 200);
  const status = Array.from(cell.querySelectorAll(TMALL_LIST.status)).map(textOf);
  const sales = status.find((t) => /成交|销/.test(t));
  const volume = sales ? parseSalesVolume(sales) : undefined;
  if (volume) result.salesVolume = volume;
  const reviews = status.find((t) => /^评价/.test(t));
  const count = reviews ? parseCount(reviews) : undefined;
  if (count !== undefined) result.reviewCount = count;
  return result;
}
