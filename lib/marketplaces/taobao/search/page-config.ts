import type { SearchResult } from '../../../schema';
import { absoluteUrl } from '../../shared/dom';
import { parseCount } from '../../shared/numbers';
import { arr, at, obj, str, type Json } from '../data/values';
import { parseCny } from '../parse/prices';
import { parseSalesVolume } from '../../shared/sales-volume';
import { htmlToText } from './html-text';

/**
 * Classic s.taobao.com (≤2020): results live in `g_page_config.mods.itemlist.data.auctions`
 * (rendered client-side, so a saved page may have no tiles at all). The personalised
 * recommendation block is another mod and is not a result.
 */
export function pageConfigResults(config: Json | undefined, base: URL): { results: SearchResult[]; total?: number } | undefined {
  const auctions = arr(at(config, 'mods', 'itemlist', 'data', 'auctions'));
  if (!config || !Array.isArray(at(config, 'mods', 'itemlist', 'data', 'auctions'))) return undefined;
  const results: SearchResult[] = [];
  for (const a of auctions) {
    const item = obj(a);
    const id = str(item?.nid);
    const title = htmlToText(str(item?.title) ?? str(item?.raw_title) ?? '');
    if (!item || !id || !/^\d+$/.test(id) || !title) continue;
    const result: SearchResult = { position: results.length + 1, id, title: title.slice(0, 2000), sponsored: isAd(item) };
    const url = absoluteUrl(str(item.detail_url), base);
    if (url) result.url = url;
    const price = parseCny(str(item.view_price) ?? '');
    if (price) result.price = price;
    const shop = str(item.nick);
    if (shop) result.shop = shop;
    const sales = str(item.view_sales);
    const volume = sales ? parseSalesVolume(sales) : undefined;
    if (volume) result.salesVolume = volume;
    const reviews = str(item.comment_count);
    const count = reviews ? parseCount(reviews) : undefined;
    if (count !== undefined) result.reviewCount = count;
    results.push(result);
  }
  const total = Number(at(config, 'mods', 'pager', 'data', 'totalCount'));
  return { results, total: Number.isSafeInteger(total) && total >= 0 ? total : undefined };
}

/** 直通车 (p4p) ads: `p4p: 1`, or a `掌柜热卖` icon whose category is `ad`. */
function isAd(item: Json): boolean {
  const p4p = item.p4p;
  if (p4p === 1 || p4p === '1' || p4p === true) return true;
  return arr(item.icon).some((i) => str(obj(i)?.icon_category) === 'ad');
}
