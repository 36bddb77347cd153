import { assignedObject, jsonAfter } from './script-json';
import { at, obj, type Json } from './values';

/**
 * The item data of today's (2022–26) ICE item page: `window.__ICE_APP_CONTEXT__` is server-rendered
 * into an inline script, the item at `loaderData.home.data.res` (item, seller, componentsVO,
 * skuBase, skuCore). Two shapes are read: ICE's own `window.__ICE_APP_CONTEXT__={…}` and the
 * wrapper the item pages ship (`var b = {…}; … window.__ICE_APP_CONTEXT__=b`). Another route name
 * than `home` is accepted when it carries the same `res`.
 */
export function iceItemData(scripts: readonly string[]): Json | undefined {
  const withMarker = scripts.filter((s) => s.includes('__ICE_APP_CONTEXT__'));
  if (withMarker.length === 0) return undefined;
  const hasLoaderData = (o: Json | undefined) => !!obj(o?.loaderData);
  const direct = jsonAfter(withMarker, '__ICE_APP_CONTEXT__');
  const ctx = hasLoaderData(direct)
    ? direct
    : withMarker.map((s) => assignedObject(s, hasLoaderData)).find(hasLoaderData);
  const loaderData = obj(ctx?.loaderData);
  if (!loaderData) return undefined;
  const home = obj(at(loaderData, 'home', 'data', 'res'));
  if (home) return home;
  for (const route of Object.values(loaderData)) {
    const res = obj(at(route, 'data', 'res'));
    if (res && (obj(res.item) || obj(res.componentsVO))) return res;
  }
  return undefined;
}
