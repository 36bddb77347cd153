import type { PageRead } from '../../../lib/schema';

/**
 * Where the operators aim. A uniform pick over a 1 MB page mostly hits footer junk, so half
 * the picks come from "hot" elements: ones with an id, and the nearest ancestors of the text
 * or attributes the original read took its values from (title, price, ids, result titles).
 * Built once per page; undo keeps the same nodes in place, so the lists stay valid.
 */
export interface PageTargets {
  /** Every element below <html> (head included: canonical links, meta, JSON-LD). */
  elements: Element[];
  hot: Element[];
  /** Non-blank text nodes, for in-place text injection. */
  texts: Text[];
}

/** Climbing this many ancestors from a value's node reaches its block, not the page. */
const HOT_ANCESTORS = 3;

export function findTargets(doc: Document, original: PageRead): PageTargets {
  const root = doc.documentElement;
  const elements = Array.from(doc.querySelectorAll('*')).filter((el) => el !== root && el !== doc.body && el !== doc.head);
  const needles = valueNeedles(original);
  const hot = new Set<Element>();
  const addHot = (el: Element | null) => {
    for (let e = el, n = 0; e && e !== root && e !== doc.body && n <= HOT_ANCESTORS; e = e.parentElement, n++) hot.add(e);
  };
  for (const el of elements) {
    if (el.id) hot.add(el);
    for (const attr of Array.from(el.attributes)) {
      if (attr.value.length < 200 && needles.some((n) => attr.value.includes(n))) addHot(el);
    }
  }
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (!data.trim()) continue;
    texts.push(node as Text);
    if (needles.some((n) => data.includes(n))) addHot(node.parentElement);
  }
  return { elements, hot: [...hot], texts };
}

/** Distinctive pieces of the original read's values, to find the nodes they came from. */
function valueNeedles(read: PageRead): string[] {
  const out: string[] = [];
  const text = (s: string | undefined) => {
    const t = s?.trim();
    if (t && t.length >= 4) out.push(t.slice(0, 16));
  };
  const amount = (n: number | undefined) => {
    if (n === undefined) return;
    const s = Number.isInteger(n) ? String(n) : n.toFixed(2);
    if (s.length >= 3) out.push(s);
  };
  const p = read.product;
  if (p) {
    text(p.id);
    text(p.title);
    text(p.brand);
    amount(p.price?.amount);
    amount(p.listPrice?.amount);
    text(p.bullets?.[0]);
    if (p.reviewCount !== undefined) amount(p.reviewCount);
  }
  for (const r of read.results?.slice(0, 8) ?? []) {
    text(r.id);
    text(r.title);
    amount(r.price?.amount);
  }
  for (const r of read.reviews?.slice(0, 5) ?? []) {
    text(r.title);
    text(r.body);
  }
  return out;
}
