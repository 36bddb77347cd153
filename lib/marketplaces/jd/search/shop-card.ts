import { absoluteUrl, textOf } from '../../shared/dom';
import { SHOP_TILE } from '../selectors/search';
import { isSku, skuFromHref } from '../sku';
import { parseReviewCount, priceFromText } from '../text';
import type { TileRead } from './tile';

/**
 * A shop-search tile (mall.jd.com/view_search-…, JShop templates): `.jPic a > img[alt]`,
 * `.jDesc a` (title attribute / text, item link), `.jPrice .jdNum[jdprice=<sku>]` whose text
 * (or `preprice`) is the price unless `data-hide-price="true"` (not yet on sale), and
 * `em.jCommentNum`. Modelled on public-code refs 35694062800, 376238175, 49098765431,
 * 37199405124 (2019–25); no saved page of ours has this layout.
 */
export function readShopTile(tile: Element, base: URL): TileRead {
  const desc = tile.querySelector(SHOP_TILE.title);
  const img = tile.querySelector(SHOP_TILE.image);
  const priceEl = tile.querySelector(SHOP_TILE.price);
  const href = desc?.getAttribute('href') ?? img?.closest('a')?.getAttribute('href');
  const fromPrice = priceEl?.getAttribute('jdprice');
  const id = isSku(fromPrice) ? fromPrice.trim() : skuFromHref(href);
  const out: TileRead = { id, sponsored: false };
  const title = textOf(desc) || desc?.getAttribute('title')?.trim() || img?.getAttribute('alt')?.trim();
  if (title) out.title = title;
  const url = absoluteUrl(href, base);
  if (url) out.url = url;
  if (priceEl && priceEl.getAttribute('data-hide-price') !== 'true') {
    const read = priceFromText(textOf(priceEl)) ?? priceFromText(priceEl.getAttribute('preprice') ?? '');
    if (read && read.price.amount > 0) out.price = read.price;
  }
  const count = textOf(tile.querySelector(SHOP_TILE.count));
  const n = /\d/.test(count) ? parseReviewCount(count) : undefined;
  if (n !== undefined) out.reviewCount = n;
  return out;
}
