import { textOf } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { arr, at, obj, str } from '../data/values';
import { firstByName } from '../dom/class-index';
import { allIn } from '../dom/scoped';
import type { TaobaoPageContext } from '../page-context';
import { NAMES, TAOBAO_CLASSIC, TMALL_CLASSIC } from '../selectors/product';

export type Specs = Record<string, string>;

/** The 参数 / 规格 table as label → value, in page order. */
export function specStrategies(doc: Document, ctx: TaobaoPageContext): Strategy<Specs>[] {
  return [
    { name: 'ice-industry-params', read: () => nonEmpty(iceParams(ctx)) },
    { name: 'taobao-classic-attributes', read: () => nonEmpty(labelledItems(allIn(doc, TAOBAO_CLASSIC.attributes))) },
    {
      name: 'tmall-classic-attributes',
      read: () => {
        const specs = labelledItems(allIn(doc, TMALL_CLASSIC.attributes));
        // The brand sits in its own row above the list: 品牌名称：<b>Apple/苹果</b>
        const brandRow = doc.getElementById(TMALL_CLASSIC.brand);
        const brand = brandRow && splitLabel(textOf(brandRow));
        return nonEmpty(brand ? { [brand[0]]: brand[1], ...specs } : specs);
      },
    },
    { name: 'params-info', read: () => nonEmpty(modernParams(ctx)) },
  ];
}

// e.g. item.industryParamVO (or plusViewVO.industryParamVO) = { basicParamList: [{ propertyName: '品牌', valueName: 'X' }] }
function iceParams(ctx: TaobaoPageContext): Specs {
  const res = ctx.ice();
  const vo = obj(at(res, 'item', 'industryParamVO')) ?? obj(at(res, 'plusViewVO', 'industryParamVO'));
  const out: Specs = {};
  for (const list of ['enhanceParamList', 'basicParamList']) {
    for (const p of arr(vo?.[list])) {
      const name = str(obj(p)?.propertyName);
      const value = str(obj(p)?.valueName);
      if (name && value) add(out, name, value);
    }
  }
  return out;
}

// e.g. <li title="Q-9063">货号: Q-9063</li> · <li>产品名称：Apple/苹果 iPhone 11</li>
function labelledItems(items: Element[]): Specs {
  const out: Specs = {};
  for (const li of items) {
    const pair = splitLabel(textOf(li));
    if (pair) add(out, pair[0], pair[1]);
  }
  return out;
}

/**
 * 2024–25 params area: `emphasisParamsInfoItem` rows show the value big and the label under it
 * (title = value, subTitle = label); `generalParamsInfoItem` rows are label then value; the
 * 2022–23 table uses `infoItem` › `infoItemTitle` / `infoItemContent`.
 */
function modernParams(ctx: TaobaoPageContext): Specs {
  const idx = ctx.classes();
  const out: Specs = {};
  // [row name, title-is-the-value]
  const kinds: Array<[string, boolean]> = [
    ...NAMES.paramsEmphasis.map((n): [string, boolean] => [n, true]),
    ...NAMES.paramsGeneral.map((n): [string, boolean] => [n, false]),
    ...NAMES.paramsLegacy.map((n): [string, boolean] => [n, false]),
  ];
  for (const [prefix, inverted] of kinds) {
    for (const row of idx.all(prefix)) {
      const title = textOf(firstByName(row, [`${prefix}Title`]));
      const sub = textOf(firstByName(row, [`${prefix}SubTitle`, `${prefix}Content`]));
      const [label, value] = inverted ? [sub, title] : [title, sub];
      if (label && value) add(out, label, value);
    }
  }
  return out;
}

function splitLabel(text: string): [string, string] | undefined {
  const m = /^([^:：]{1,40})[:：]\s*(.+)$/.exec(text);
  return m ? [m[1]!.trim(), m[2]!.trim()] : undefined;
}

function add(out: Specs, label: string, value: string): void {
  const key = label.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (key && !(key in out) && Object.keys(out).length < 200) out[key] = value.replace(/\s+/g, ' ').trim().slice(0, 2000);
}

function nonEmpty(specs: Specs): Specs | undefined {
  return Object.keys(specs).length ? specs : undefined;
}
