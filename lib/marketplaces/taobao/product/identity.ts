import { canonicalHref } from '../../shared/structured-data';
import { textOf } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { at, firstStr, str } from '../data/values';
import { firstIn } from '../dom/scoped';
import type { TaobaoPageContext } from '../page-context';
import { itemIdFromUrl } from '../item-url';
import { NAMES, TAOBAO_CLASSIC, TMALL_CLASSIC } from '../selectors/product';

export function idStrategies(doc: Document, ctx: TaobaoPageContext): Strategy<string>[] {
  return [
    // The address names the item shown (`item.htm?id=`), including after an in-app navigation.
    { name: 'url-id', read: () => itemIdFromUrl(ctx.url) },
    { name: 'ice-item-id', read: () => digits(str(at(ctx.ice(), 'item', 'itemId'))) },
    { name: 'g-config-item-id', read: () => digits(ctx.classic()?.itemId) },
    { name: 'tshop-item-id', read: () => digits(str(at(ctx.tshop(), 'itemDO', 'itemId'))) },
    {
      name: 'canonical-id',
      read: () => {
        const href = canonicalHref(doc);
        if (!href) return undefined;
        try {
          return itemIdFromUrl(new URL(href, ctx.url));
        } catch {
          return undefined;
        }
      },
    },
  ];
}

export function titleStrategies(doc: Document, ctx: TaobaoPageContext): Strategy<string>[] {
  return [
    {
      name: 'ice-item-title',
      read: () => clean(firstStr(ctx.ice(), ['item', 'title'], ['componentsVO', 'titleVO', 'title', 'title'])),
    },
    { name: 'tshop-item-title', read: () => clean(str(at(ctx.tshop(), 'itemDO', 'title'))) },
    { name: 'g-config-title', read: () => clean(ctx.classic()?.title) },
    {
      // e.g. <h3 class="tb-main-title" data-title="…">…</h3> (the seller subtitle below is not the title)
      name: 'taobao-classic-title',
      read: () => {
        const el = firstIn(doc, TAOBAO_CLASSIC.title);
        return clean(el?.getAttribute('data-title') ?? textOf(el));
      },
    },
    { name: 'tmall-classic-title', read: () => clean(textOf(firstIn(doc, TMALL_CLASSIC.title))) },
    { name: 'main-title', read: () => clean(textOf(ctx.classes().first(NAMES.title))) },
    {
      // Last: the tab title carries the shop's suffix, e.g. "…-淘宝网", "…-tmall.com天猫".
      name: 'document-title',
      read: () => {
        const t = textOf(doc.querySelector('title')).replace(/\s*[-–_|]\s*(淘宝网|tmall\.com天猫|天猫\S*|淘宝)\s*$/i, '');
        return t && t !== textOf(doc.querySelector('title')) ? clean(t) : undefined;
      },
    },
  ];
}

/** Brand from the item's own attributes only (品牌 / 品牌名称); a brand-like word in the title is not one. */
export function brandStrategies(doc: Document, ctx: TaobaoPageContext, specs: () => Record<string, string> | undefined): Strategy<string>[] {
  return [
    { name: 'specs-brand', read: () => brandOf(specs()) },
    { name: 'tshop-brand', read: () => clean(str(at(ctx.tshop(), 'itemDO', 'brand'))) },
    {
      // e.g. <div id="J_BrandAttr"><div class="name">品牌名称：<b>Apple/苹果</b></div></div>
      name: 'tmall-brand-attr',
      read: () => clean(textOf(doc.getElementById(TMALL_CLASSIC.brand)?.querySelector('b'))),
    },
  ];
}

export function brandOf(specs: Record<string, string> | undefined): string | undefined {
  if (!specs) return undefined;
  const key = Object.keys(specs).find((k) => /^品牌(名称)?$|^Brand$/i.test(k.replace(/\s+/g, '')));
  return key ? clean(specs[key]) : undefined;
}

function clean(s: string | undefined | null): string | undefined {
  const t = (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  return t ? t.slice(0, 2000) : undefined;
}

function digits(s: string | undefined): string | undefined {
  return s && /^\d{4,20}$/.test(s) ? s : undefined;
}
