import { collapse, isHidden, isSelfHidden, textOf } from '../../shared/dom';
import type { Scoped } from '../selectors/product';

/**
 * DOM helpers specific to Amazon detail pages. Amazon repeats ids (a hidden copy of the
 * price block per buy-box accordion row), so "the element with this id" means the first
 * visible one.
 */

/** The first element with `id` that is not hidden; looks past hidden duplicates. */
export function visibleById(doc: Document, id: string): Element | undefined {
  const first = doc.getElementById(id);
  if (!first) return undefined;
  if (!isHidden(first)) return first;
  // Rare path: the first copy is hidden (an inactive accordion row); scan the duplicates.
  return Array.from(doc.querySelectorAll(`[id="${id}"]`)).find((el) => !isHidden(el));
}

/** The elements of a scoped selector: the element with the id, or the `find` matches inside it. */
export function scoped(doc: Document, s: Scoped): Element[] {
  const root = doc.getElementById(s.id);
  if (!root) return [];
  return s.find ? Array.from(root.querySelectorAll(s.find)) : [root];
}

/** The first element of the first scoped selector (in order) that `accept`s it. */
export function firstScoped(
  doc: Document,
  list: readonly Scoped[],
  accept: (el: Element) => boolean = () => true,
): Element | undefined {
  for (const s of list) {
    const el = scoped(doc, s).find(accept);
    if (el) return el;
  }
  return undefined;
}

/** All elements of the first scoped selector that matches anything. */
export function allOfFirstScoped(doc: Document, list: readonly Scoped[]): Element[] | undefined {
  for (const s of list) {
    const els = scoped(doc, s);
    if (els.length) return els;
  }
  return undefined;
}

/** The first visible element of the first id in `ids` that has one. */
export function firstVisibleById(doc: Document, ids: readonly string[]): { el: Element; id: string } | undefined {
  for (const id of ids) {
    const el = visibleById(doc, id);
    if (el) return { el, id };
  }
  return undefined;
}

/** The first element under `root` matching `selector` that is visible (up to `root`). */
export function visibleIn(root: ParentNode & Element, selector: string): Element | undefined {
  return Array.from(root.querySelectorAll(selector)).find((el) => !isHidden(el, root));
}

/** Text of `el` without its first descendant matching `selector` (a row's label). */
export function textWithoutFirst(el: Element, selector: string): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelector(selector)?.remove();
  return textOf(clone);
}

/** `Name ‏ : ‎` → `Name`: drops direction marks, trailing colons and spaces. */
export function cleanLabel(text: string): string {
  return collapse(text.replace(/[\u200e\u200f\u202a-\u202e]/g, ''))
    .replace(/\s*[:：]\s*$/, '')
    .trim();
}

/** A value cell's text without direction marks and a leading colon. */
export function cleanValue(text: string): string {
  return collapse(text.replace(/[\u200e\u200f\u202a-\u202e]/g, '')).replace(/^[:：]\s*/, '').trim();
}

const LINE_BREAKERS = new Set(['BR', 'LI', 'UL', 'OL', 'DIV', 'P', 'TR', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The element's text split into visual lines (at `<br>`, list items and blocks). */
export function textLines(el: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const t = collapse(current);
    if (t) lines.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName;
    if (SKIP.has(tag)) return;
    const breaks = LINE_BREAKERS.has(tag);
    if (breaks) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (breaks) flush();
  };
  walk(el);
  flush();
  return lines;
}

/** Visible text of `el`: hidden descendants, popovers, scripts and the `drop` selector removed. */
export function visibleText(el: Element, drop = ''): string {
  const clone = el.cloneNode(true) as Element;
  for (const x of Array.from(clone.querySelectorAll('*'))) if (isSelfHidden(x)) x.remove();
  const extra = ['.a-popover-preload', '.a-offscreen', '.aok-offscreen', 'script', 'style', drop].filter(Boolean).join(', ');
  for (const x of Array.from(clone.querySelectorAll(extra))) x.remove();
  return textOf(clone);
}
