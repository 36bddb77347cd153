import { jsonAfter, literalString } from './script-json';
import { arr, str, type Json } from './values';

/**
 * Page-state of the classic (≤2021) item pages. Taobao writes `var g_config = { itemId : '…',
 * shopId : '…', shopName : '\u…', idata: { item: { title : '…', auctionImages : [...] } } }`
 * as a JavaScript literal; Tmall writes `TShop.Setup({...JSON...})` and a short `g_config`.
 */
export interface ClassicConfig {
  itemId?: string;
  shopId?: string;
  sellerId?: string;
  shopName?: string;
  title?: string;
  images: string[];
}

export function classicConfig(scripts: readonly string[]): ClassicConfig | undefined {
  const text = scripts.find((s) => /g_config\s*=\s*\{/.test(s) && /itemId\s*:/.test(s));
  if (!text) return undefined;
  const itemAt = text.search(/\bitem\s*:\s*\{/);
  const imagesAt = text.indexOf('auctionImages');
  let images: string[] = [];
  if (imagesAt >= 0) {
    const m = /auctionImages\s*:\s*(\[[^\]]{0,20000}\])/.exec(text.slice(imagesAt, imagesAt + 20100));
    try {
      images = m ? arr(JSON.parse(m[1]!)).map(str).filter((s): s is string => !!s) : [];
    } catch {
      images = [];
    }
  }
  return {
    itemId: literalString(text, 'itemId'),
    shopId: literalString(text, 'shopId'),
    sellerId: literalString(text, 'sellerId'),
    shopName: literalString(text, 'shopName'),
    title: itemAt >= 0 ? literalString(text, 'title', itemAt) : undefined,
    images,
  };
}

/** Tmall's `TShop.Setup({...})` object (itemDO, valItemInfo.skuMap, propertyPics, detail …). */
export function tshopSetup(scripts: readonly string[]): Json | undefined {
  return scripts.some((s) => s.includes('TShop.Setup')) ? jsonAfter(scripts, 'TShop.Setup(') : undefined;
}

/** The classic search page's `g_page_config = {...}` (mods.itemlist.data.auctions, mods.pager). */
export function pageConfig(scripts: readonly string[]): Json | undefined {
  return scripts.some((s) => s.includes('g_page_config')) ? jsonAfter(scripts, 'g_page_config') : undefined;
}
