import { collapse, textOf } from '../../shared/dom';
import { cleanLabel, splitPair } from '../dom';
import type { JdPage } from '../page';
import { BRAND_LABELS, PARAMETER_LISTS, SPEC_CARDS, SPEC_TABLES } from '../selectors/specs';

const MAX_SPECS = 300;

export interface JdSpecs {
  /** 规格与包装 table rows and 2025–26 spec cards (label → value). */
  table: Record<string, string>;
  /** 商品介绍 list items (label → value). */
  list: Record<string, string>;
}

/** Both parameter sources of an item page; each is empty when the page has none. */
export function readSpecs(page: JdPage): JdSpecs {
  const index = page.index();
  const table: Record<string, string> = {};
  for (const anchor of SPEC_TABLES) {
    for (const row of index.query(anchor).slice(0, MAX_SPECS)) {
      const pair = tableRow(row);
      if (pair) put(table, pair);
    }
  }
  for (const card of index.query(SPEC_CARDS)) {
    const label = textOf(card.querySelector('.desc'));
    const value = valueText(card.querySelector('.value'));
    if (label && value) put(table, [label, value]);
  }
  const list: Record<string, string> = {};
  for (const anchor of PARAMETER_LISTS) {
    for (const li of index.query(anchor).slice(0, MAX_SPECS)) {
      const pair = splitPair(textOf(li));
      // `title` holds the full value where the text is cut ("商品名称：华为P30 …").
      const full = li.getAttribute('title')?.trim();
      if (pair) put(list, [pair[0], full && pair[1].endsWith('…') ? full : pair[1]]);
    }
  }
  return { table, list };
}

/** One row: 2025–26 `.label`/`.value`, 2016–20 `dt`/`dd`, 2013–15 `td.tdTitle`/`td`. */
function tableRow(row: Element): [string, string] | undefined {
  const modernLabel = row.querySelector(':scope > .label');
  if (modernLabel) return pair(textOf(modernLabel), valueText(row.querySelector(':scope > .value')));
  const dt = row.querySelector(':scope > dt');
  if (dt) {
    const dd = Array.from(row.querySelectorAll(':scope > dd')).find((d) => !d.classList.contains('Ptable-tips'));
    return pair(textOf(dt), textOf(dd));
  }
  const cells = Array.from(row.querySelectorAll(':scope > td'));
  if (cells.length === 2) return pair(textOf(cells[0]), textOf(cells[1]));
  return undefined;
}

function valueText(el: Element | null): string {
  return collapse(el?.getAttribute('title') ?? '') || textOf(el);
}

function pair(label: string, value: string): [string, string] | undefined {
  const l = cleanLabel(label);
  return l && value ? [l, value] : undefined;
}

function put(out: Record<string, string>, [label, value]: [string, string]): void {
  const key = label.slice(0, 200);
  if (key === '__proto__' || key === 'constructor') return;
  if (!(key in out) && Object.keys(out).length < MAX_SPECS) out[key] = value.slice(0, 2000);
}

/** All specs for `product.specs`: the table's rows, then list items the table lacks. */
export function mergedSpecs(specs: JdSpecs): Record<string, string> | undefined {
  const out: Record<string, string> = { ...specs.table };
  for (const [k, v] of Object.entries(specs.list)) if (!(k in out)) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

/** The 品牌 value in a source. */
export function brandIn(source: Record<string, string>): string | undefined {
  for (const label of BRAND_LABELS) if (source[label]) return source[label];
  return undefined;
}
