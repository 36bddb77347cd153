import type { Product } from '../../../schema';
import { textOf } from '../../shared/dom';
import { parseCount, toAsciiDigits } from '../../shared/numbers';
import {
  REVIEW_ROW_LABEL, SALES_RANK_ID, SALES_RANK_LABEL, SPEC_LIST_ITEMS, SPEC_TABLE_ROWS,
} from '../selectors/product';
import { cleanLabel, cleanValue, scoped, textLines, textWithoutFirst } from './page';

type SalesRank = NonNullable<Product['salesRanks']>[number];

/** Product details: name → value specs, and the elements that hold the Best Sellers Rank. */
export interface ProductDetails {
  specs: Record<string, string>;
  rankEls: Element[];
}

const LABEL = 'b, strong, .a-text-bold';

/**
 * One pass over the technical-details / product-information tables and detail bullet
 * lists of every generation. The first value seen for a name wins (tables are listed in
 * order of authority). Rank and rating rows are not specs: rank values are set aside.
 */
export function readProductDetails(doc: Document): ProductDetails {
  const specs = new Map<string, string>();
  const rankEls: Element[] = [];
  const add = (nameText: string, valueEl: Element | undefined, valueText?: string) => {
    const name = cleanLabel(nameText);
    if (!name || name.length > 200 || !valueEl) return;
    if (SALES_RANK_LABEL.test(name)) {
      if (!rankEls.includes(valueEl)) rankEls.push(valueEl);
      return;
    }
    if (REVIEW_ROW_LABEL.test(name)) return;
    const value = cleanValue(valueText ?? textOf(valueEl));
    if (value && !specs.has(name)) specs.set(name, value.slice(0, 20_000));
  };

  for (const rows of SPEC_TABLE_ROWS) {
    for (const tr of scoped(doc, rows)) {
      const cells = Array.from(tr.children).filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
      if (cells.length < 2) continue;
      const nameCell = tr.querySelector('th, td.label') ?? cells[0]!;
      const valueCell = tr.querySelector('td.value') ?? cells[cells.length - 1]!;
      if (nameCell !== valueCell) add(textOf(nameCell), valueCell);
    }
  }

  const listItems = new Set<Element>();
  for (const items of SPEC_LIST_ITEMS) for (const li of scoped(doc, items)) listItems.add(li);
  // 2010 legacy: the product details list is the one that holds li#SalesRank.
  const legacyList = doc.getElementById(SALES_RANK_ID)?.parentElement;
  if (legacyList?.tagName === 'UL') for (const li of Array.from(legacyList.children)) if (li.tagName === 'LI') listItems.add(li);

  for (const item of listItems) {
    if (item.classList.contains('product-facts-detail')) {
      // 2024+ product facts row: left column = name, right column = value.
      const left = item.querySelector('.a-col-left');
      const right = item.querySelector('.a-col-right') ?? undefined;
      if (left) add(textOf(left), right);
      continue;
    }
    if (item.closest('.zg_hrsr')) continue; // sub-ranks inside a rank item
    const label = item.querySelector(LABEL);
    if (!label) continue;
    const name = textOf(label);
    if (SALES_RANK_LABEL.test(name) || item.id === SALES_RANK_ID) {
      add(name, item);
      continue;
    }
    add(name, item, textWithoutFirst(item, LABEL));
  }

  const salesRank = doc.getElementById(SALES_RANK_ID);
  if (salesRank && !rankEls.some((el) => el === salesRank || el.contains(salesRank) || salesRank.contains(el))) {
    rankEls.push(salesRank);
  }
  return { specs: Object.fromEntries(specs), rankEls };
}

/** `#682 in Books`, `Nr. 1.234.207 in Küche`, `nº1,643,215 en Hogar`, `167 en CD & Vinyles`, `n°9 dans Pop Rock`. */
const RANK_THEN_CATEGORY =
  /(?:#|Nr\.?|n\.?\s?º|n°|No\.)?\s*(\d[\d.,' ]*\d|\d)\s+(?:in|en|dans|em|w|na|i|içinde|في)\s+(.+)$/i;
/** Japanese: `本 - 12,345位` and `- 89位Python`. */
const JA_CATEGORY_THEN_RANK = /^(.+?)\s*[-–]\s*(\d[\d,]*)位/;
const JA_RANK_THEN_CATEGORY = /(\d[\d,]*)位\s*(.+)$/;

/** Each visual line of a rank element that names a rank: `{ rank, category }` (leaf category). */
export function parseSalesRanks(els: Element[]): SalesRank[] {
  const out: SalesRank[] = [];
  const seen = new Set<string>();
  for (const el of els) {
    for (const rawLine of textLines(el)) {
      // Parentheses hold "(See Top 100 in Books)"; a line may hold two ranks run together.
      const line = toAsciiDigits(rawLine.replace(/\([^)]*\)/g, ' '));
      for (const part of line.split(/\s+(?=(?:#|Nr\.\s?)\d)/)) {
        const rank = parseRankPart(part);
        const key = rank && `${rank.rank}|${rank.category}`;
        if (rank && key && !seen.has(key)) {
          seen.add(key);
          out.push(rank);
        }
      }
    }
  }
  return out.slice(0, 30);
}

function parseRankPart(part: string): SalesRank | undefined {
  const t = part.trim();
  let rankText: string | undefined;
  let category: string | undefined;
  const ja = JA_CATEGORY_THEN_RANK.exec(t) ?? undefined;
  const jaRev = ja ? undefined : JA_RANK_THEN_CATEGORY.exec(t) ?? undefined;
  const m = ja || jaRev ? undefined : RANK_THEN_CATEGORY.exec(t) ?? undefined;
  if (ja) [rankText, category] = [ja[2], ja[1]!.replace(/^.*[:：]\s*/, '')];
  else if (jaRev) [rankText, category] = [jaRev[1], jaRev[2]];
  else if (m) [rankText, category] = [m[1], m[2]];
  if (!rankText || !category) return undefined;
  const rank = parseCount(rankText);
  // A ladder ending in a separator lost its leaf link: its parent is not this rank's category.
  if (/[>›»]$/.test(category.replace(/[\s:：]+$/, ''))) return undefined;
  const leaf = category.split(/\s*[>›»]\s*/).filter(Boolean).pop()?.replace(/[\s:：]+$/, '').trim();
  return rank && rank > 0 && leaf ? { rank, category: leaf.slice(0, 2000) } : undefined;
}
