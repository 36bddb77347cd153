import type { Variations } from '../../../schema';
import { isHidden, textOf } from '../../shared/dom';
import type { FieldReader } from '../../shared/field-reader';
import { TWISTER_LABEL, TWISTER_ROOTS, TWISTER_ROWS, TWISTER_SELECTED, TWISTER_SWATCH } from '../selectors/listing';
import { cleanLabel } from './page';

/**
 * The twister: dimension names and the selected value as shown, plus the number of child
 * ASINs the page-state names. Book and media pages put their formats (Kindle, Hardcover)
 * in `#twister` as a format table, not as rows: those are other editions, not variations.
 */
export function readVariations(doc: Document, r: FieldReader): Variations | undefined {
  const rows = twisterRows(doc);
  if (!rows) return undefined;
  const dimensions: string[] = [];
  const selected: string[] = [];
  for (const row of rows.els) {
    const label = firstText(row, TWISTER_LABEL);
    if (!label) continue;
    const name = cleanLabel(label);
    // A dimension listed twice (a copied row) is one dimension: the first row shown wins.
    if (!name || dimensions.includes(name.slice(0, 200))) continue;
    dimensions.push(name.slice(0, 200));
    const value = firstText(row, TWISTER_SELECTED);
    if (value) selected.push(`${name}: ${value}`);
  }
  if (!dimensions.length) {
    r.issue('product.variations', 'unparseable', 'Twister rows found but no dimension name could be read', [rows.selector]);
    return undefined;
  }
  r.provenance['product.variations'] = rows.selector;
  const out: Variations = { dimensions: dimensions.slice(0, 20) };
  const count = variantCount(doc) ?? (rows.els.length === 1 ? swatchAsins(rows.els[0]!) : undefined);
  if (count) out.count = count;
  if (selected.length) out.selected = selected.join(' · ').slice(0, 2000);
  return out;
}

function twisterRows(doc: Document): { els: Element[]; selector: string } | undefined {
  for (const id of TWISTER_ROOTS) {
    const root = doc.getElementById(id);
    if (!root || isHidden(root)) continue;
    for (const selector of TWISTER_ROWS) {
      const els = Array.from(root.querySelectorAll(selector)).filter((el) => !isHidden(el, root));
      if (els.length) return { els, selector: `${id} ${selector}` };
    }
  }
  return undefined;
}

/** One dimension without page-state: its swatches name one ASIN each (e.g. 2024+ `li.inline-twister-swatch[data-asin]`). */
function swatchAsins(row: Element): number | undefined {
  const asins = new Set(Array.from(row.querySelectorAll(TWISTER_SWATCH)).map((li) => li.getAttribute('data-asin')).filter((a) => a && /^[A-Z0-9]{10}$/.test(a)));
  return asins.size || undefined;
}

function firstText(row: Element, selectors: readonly string[]): string | undefined {
  for (const s of selectors) {
    const el = row.querySelector(s);
    const t = el ? textOf(el) : '';
    if (t) return t;
  }
  return undefined;
}

/**
 * Child ASINs in the twister's page-state: `"dimensionValuesDisplayData" : {"B0…":["L","Blue"],…}`
 * (2016+). Pages print the key twice; the first non-empty map wins.
 */
function variantCount(doc: Document): number | undefined {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const text = script.textContent ?? '';
    if (!text.includes('dimensionValuesDisplayData')) continue;
    for (const m of text.matchAll(/"dimensionValuesDisplayData"\s*:\s*\{([^{}]*)\}/g)) {
      const asins = new Set([...m[1]!.matchAll(/"([A-Z0-9]{10})"\s*:/g)].map((a) => a[1]));
      if (asins.size) return asins.size;
    }
  }
  return undefined;
}
