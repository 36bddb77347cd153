import { absoluteUrl, textOf } from '../../shared/dom';
import { MODERN_CARD } from '../selectors/search';
import { isSku, itemUrl, skuFromHref } from '../sku';
import { parseSalesVolume } from '../../shared/sales-volume';
import { parseReviewCount, priceFromText } from '../text';
import { isAdLabel, type TileRead } from './tile';

/**
 * A 2025–26 card, `div.plugin_goodsCardWrapper[data-sku]`: inner parts are hashed CSS
 * modules, matched by fragment (`_text_`, `_price_`, `_name_`, `_goods_volume_`); the title
 * is also the first element with a `title` attribute (J3, J13, J14, J17). Counts and the
 * 广告 badge are read by their text, which survives rebuilds better than class names.
 */
export function readModernCard(card: Element, base: URL): TileRead {
  const sku = card.getAttribute('data-sku');
  const link = card.querySelector('a[href*="item.jd.com"], a[href*="item.jd.hk"]');
  const id = isSku(sku) ? sku.trim() : skuFromHref(link?.getAttribute('href'));
  const out: TileRead = { id, sponsored: false };
  const titled = card.querySelector(MODERN_CARD.title) ?? card.querySelector('[title]');
  const title = textOf(titled) || titled?.getAttribute('title')?.trim();
  if (title) out.title = title;
  const href = absoluteUrl(link?.getAttribute('href'), base);
  if (href) out.url = href;
  else if (id) out.url = itemUrl(id); // cards open the item by script; its address is the canonical shape
  const price = priceFromText(textOf(card.querySelector(MODERN_CARD.price)));
  if (price) out.price = price.price;
  const shop = textOf(card.querySelector(MODERN_CARD.shop));
  if (shop) out.shop = shop;
  const sales = parseSalesVolume(textOf(card.querySelector(MODERN_CARD.sales)));
  if (sales) out.salesVolume = sales;
  for (const el of Array.from(card.querySelectorAll('*')).slice(0, 300)) {
    if (el.children.length > 0) continue; // leaves only: a wrapper's text runs labels together
    const text = textOf(el);
    if (isAdLabel(text)) out.sponsored = true;
    else if (!out.salesVolume && /^(已售|月销)/.test(text)) out.salesVolume = parseSalesVolume(text);
    else if (out.reviewCount === undefined && /\d.*(评价|评论)$/.test(text)) out.reviewCount = parseReviewCount(text);
  }
  if (!out.salesVolume) delete out.salesVolume;
  if (out.reviewCount === undefined) delete out.reviewCount;
  return out;
}
