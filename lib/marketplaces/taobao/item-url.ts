/**
 * Item ids in Taobao/Tmall addresses. Every item URL shape carries the numeric id in `id=`
 * except the global one, which has it in the path.
 */
export function itemIdFromUrl(url: URL): string | undefined {
  const id = url.searchParams.get('id') ?? url.searchParams.get('itemId') ?? url.searchParams.get('item_id');
  if (id && /^\d{4,20}$/.test(id)) return id;
  // e.g. https://world.taobao.com/item/538429031287.htm
  const m = /\/item\/(\d{4,20})\.html?$/.exec(url.pathname);
  return m?.[1];
}

/** True for an item detail page address on any Taobao/Tmall host. */
export function isItemPath(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  // e.g. https://item.taobao.com/item.htm?id=538429031287 · https://item.taobao.com/item.html?id=… (saved)
  //      https://detail.tmall.com/item.htm?id=605258110430&skuId=4241372909671
  //      https://chaoshi.detail.tmall.com/item.htm?id=… · https://detail.tmall.hk/hk/item.htm?id=…
  //      https://item.m.taobao.com/item.htm?id=… · https://detail.m.tmall.com/item.htm?id=…
  if (/^(item|detail)\./.test(host) || /\.detail\.tmall\.com$/.test(host) || /^(item|detail)\.m\./.test(host)) {
    return /\/item\.html?$/.test(path) || /\/item\/\d+\.html?$/.test(path);
  }
  // e.g. https://world.taobao.com/item/538429031287.htm
  return /^world\./.test(host) && /\/item\/\d+\.html?$/.test(path);
}
