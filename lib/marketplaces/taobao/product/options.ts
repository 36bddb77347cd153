import type { OptionGroup } from '../../../schema';
import { textOf } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { arr, at, obj, str, type Json } from '../data/values';
import { byName, firstByName } from '../dom/class-index';
import { allIn } from '../dom/scoped';
import type { TaobaoPageContext } from '../page-context';
import { backgroundImage, fullSizeImage } from '../parse/images';
import { NAMES, TAOBAO_CLASSIC, TMALL_CLASSIC } from '../selectors/product';

type Value = OptionGroup['values'][number];

/**
 * SKU dimensions (颜色分类, 尺码 …). The rendered selector first: only it knows which option is
 * chosen and which is greyed out; the embedded catalogue (skuBase + stock) is the fallback.
 */
export function optionStrategies(doc: Document, ctx: TaobaoPageContext): Strategy<OptionGroup[]>[] {
  return [
    { name: 'classic-sale-props', read: () => nonEmpty(classicGroups(doc, ctx.url)) },
    { name: 'sku-selector', read: () => nonEmpty(modernGroups(ctx)) },
    { name: 'ice-sku-base', read: () => nonEmpty(iceGroups(ctx)) },
  ];
}

// e.g. <ul data-property="颜色分类" class="J_TSaleProp tb-img"><li data-value="1627207:28320" class="tb-selected">
//        <a style="background:url(//gd1.alicdn.com/…_30x30.jpg)"><span>白色</span></a>
function classicGroups(doc: Document, base: URL): OptionGroup[] {
  const lists = allIn(doc, TAOBAO_CLASSIC.skuLists);
  if (lists.length === 0) lists.push(...allIn(doc, TMALL_CLASSIC.skuLists));
  return lists.map((ul) => {
    const name = ul.getAttribute('data-property')?.trim() || textOf(ul.closest('dl')?.querySelector('dt'));
    const values = Array.from(ul.querySelectorAll('li')).map((li): Value | undefined => {
      const text = textOf(li.querySelector('span')) || li.getAttribute('title')?.trim() || '';
      if (!text) return undefined;
      const cls = ` ${li.getAttribute('class') ?? ''} `;
      const image = fullSizeImage(backgroundImage(li.querySelector('a')?.getAttribute('style')), base);
      return value(text, / tb-selected /.test(cls), !/ tb-out-of-stock | tb-disabled /.test(cls), image);
    });
    return group(name, values);
  }).filter((g): g is OptionGroup => !!g);
}

// e.g. <div class="…--skuItem--…"><div class="…--ItemLabel--…">颜色分类</div>
//        <div class="…--valueItem--… …--isSelected--…"><img src=…><span class="…--valueItemText--…">黑色</span>
function modernGroups(ctx: TaobaoPageContext): OptionGroup[] {
  return NAMES.skuGroup.flatMap((n) => ctx.classes().all(n)).map((item) => {
    const name = textOf(firstByName(item, NAMES.skuLabel));
    const values = NAMES.skuValue.flatMap((n) => byName(item, n)).map((v): Value | undefined => {
      const text = textOf(firstByName(v, NAMES.skuValueText)) || v.getAttribute('title')?.trim() || textOf(v);
      if (!text) return undefined;
      const cls = v.getAttribute('class') ?? '';
      const img = v.querySelector('img');
      const image = fullSizeImage(img?.getAttribute('src') ?? img?.getAttribute('data-src'), ctx.url);
      const disabled = /isDisabled|disabled/i.test(cls) || v.getAttribute('aria-disabled') === 'true';
      return value(text, /isSelected|selected/i.test(cls) || v.getAttribute('aria-checked') === 'true', !disabled, image);
    });
    return group(name, values);
  }).filter((g): g is OptionGroup => !!g);
}

// e.g. skuBase.props = [{ pid: '1627207', name: '颜色分类', values: [{ vid: '28341', name: '黑色', image }] }]
//      skuBase.skus = [{ skuId, propPath: '1627207:28341;20509:28314' }]; skuCore.sku2info[skuId].quantity
function iceGroups(ctx: TaobaoPageContext): OptionGroup[] {
  const res = ctx.ice();
  const stock = stockByValue(res);
  return arr(at(res, 'skuBase', 'props')).map((p) => {
    const prop = obj(p);
    const pid = str(prop?.pid);
    const values = arr(prop?.values).map((v): Value | undefined => {
      const val = obj(v);
      const text = str(val?.name);
      if (!text) return undefined;
      const inStock = stock?.get(`${pid}:${str(val?.vid)}`);
      return value(text, undefined, inStock, fullSizeImage(str(val?.image), ctx.url));
    });
    return group(str(prop?.name), values);
  }).filter((g): g is OptionGroup => !!g);
}

/** `pid:vid` → true when some SKU with that value has stock; undefined when the page gives no stock. */
function stockByValue(res: Json | undefined): Map<string, boolean> | undefined {
  const info = obj(at(res, 'skuCore', 'sku2info'));
  const skus = arr(at(res, 'skuBase', 'skus'));
  if (!info || skus.length === 0) return undefined;
  const out = new Map<string, boolean>();
  for (const s of skus) {
    const sku = obj(s);
    const quantity = Number(at(info, str(sku?.skuId) ?? '', 'quantity'));
    if (!Number.isFinite(quantity)) continue;
    for (const pv of (str(sku?.propPath) ?? '').split(';').filter(Boolean)) {
      out.set(pv, (out.get(pv) ?? false) || quantity > 0);
    }
  }
  return out.size ? out : undefined;
}

function value(text: string, selected: boolean | undefined, available: boolean | undefined, image: string | undefined): Value {
  const v: Value = { text: text.slice(0, 200) };
  if (selected) v.selected = true;
  if (available !== undefined) v.available = available;
  if (image) v.image = image;
  return v;
}

function group(name: string | undefined, values: Array<Value | undefined>): OptionGroup | undefined {
  const vs = values.filter((v): v is Value => !!v);
  return name && vs.length ? { name: name.slice(0, 100), values: vs.slice(0, 300) } : undefined;
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list.slice(0, 20) : undefined;
}
