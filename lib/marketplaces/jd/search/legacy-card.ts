import { absoluteUrl, textOf } from '../../shared/dom';
import { ClassIndex, type Anchored } from '../class-index';
import { ownText } from '../dom';
import { TILE } from '../selectors/search';
import { isSku, skuFromHref } from '../sku';
import { parseReviewCount, priceFromText } from '../text';
import { isAdLabel, type TileRead } from './tile';

/**
 * A 2013–23 tile: `li.gl-item[data-sku]` (search, s_new.php fragment) or `li[sku]`
 * (2013 search, list.jd.com). The title is the `.p-name em` text with keyword `<font>`s
 * joined and the promo words left out; the price is the `.p-price` text — an empty
 * placeholder or a price image (2013) is no price.
 */
export function readLegacyTile(li: Element, base: URL): TileRead {
  const fromAttr = li.getAttribute('data-sku') ?? li.getAttribute('sku');
  if (!fromAttr && li.getAttribute('data-type') === 'activity') return { sponsored: false, notProduct: true };
  const index = new ClassIndex(li);
  const first = (anchors: readonly Anchored[], read: (el: Element) => string) => {
    for (const anchor of anchors) {
      for (const el of index.query(anchor)) {
        const text = read(el);
        if (text) return { el, text };
      }
    }
    return undefined;
  };
  const link = first(TILE.link, (a) => a.getAttribute('href') ?? '');
  const id = isSku(fromAttr) ? fromAttr.trim() : skuFromHref(link?.text);
  const out: TileRead = { id, sponsored: index.query(TILE.sponsored).some((el) => isAdLabel(textOf(el))) };
  const title = first(TILE.title, (el) => ownText(el, TILE.titleExclude));
  if (title) out.title = title.text;
  const url = absoluteUrl(link?.text, base);
  if (url) out.url = url;
  const price = first(TILE.price, (el) => (priceFromText(textOf(el)) ? textOf(el) : ''));
  if (price) out.price = priceFromText(price.text)!.price;
  const count = first(TILE.count, (el) => (/\d/.test(textOf(el)) ? textOf(el) : ''));
  const n = count ? parseReviewCount(count.text) : undefined;
  if (n !== undefined) out.reviewCount = n;
  // 第三方商家 ("a third-party seller") is JD's stand-in where a tile names no shop.
  const shop = first(TILE.shop, (el) => (/^第三方(商家)?$/.test(textOf(el)) ? '' : textOf(el)));
  if (shop) out.shop = shop.text;
  return out;
}
