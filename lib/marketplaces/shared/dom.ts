/**
 * Small DOM helpers shared by every adapter. They work the same in the browser and in
 * happy-dom (Node), so nothing here relies on layout (no innerText, no getComputedStyle).
 */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Collapses runs of whitespace (incl. NBSP) to one space and trims. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u200e\u200f\ufeff]+/g, ' ').trim();
}

/** Text of a node without script/style content, whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  return collapse(rawText(node));
}

function rawText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return '';
  if (node.nodeType === 1 && SKIP_TAGS.has((node as Element).tagName)) return '';
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) out += rawText(c);
  return out;
}

/** Text of an element, leaving out descendants that match `exclude` (e.g. offscreen labels). */
export function textWithout(el: Element | null | undefined, exclude: string): string {
  if (!el) return '';
  const clone = el.cloneNode(true) as Element;
  for (const x of Array.from(clone.querySelectorAll(exclude))) x.remove();
  return textOf(clone);
}

const HIDDEN_CLASSES = ['aok-hidden', 'a-hidden', 'hidden', 'hide'];

/** True when the element itself is hidden by attribute, class or inline style. */
export function isSelfHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const cls = el.classList;
  if (HIDDEN_CLASSES.some((c) => cls.contains(c))) return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** True when the element or an ancestor (up to `root`, exclusive) is hidden. */
export function isHidden(el: Element, root?: Element | null): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (isSelfHidden(e)) return true;
  }
  return false;
}

/** The first element matching any selector, in selector order, with the selector that hit. */
export function firstMatch(
  root: ParentNode,
  selectors: readonly string[],
  accept: (el: Element) => boolean = () => true,
): { el: Element; selector: string } | undefined {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      if (accept(el)) return { el, selector };
    }
  }
  return undefined;
}

/** All elements matching the first selector (in order) that matches anything. */
export function allOfFirst(
  root: ParentNode,
  selectors: readonly string[],
): { els: Element[]; selector: string } | undefined {
  for (const selector of selectors) {
    const els = Array.from(root.querySelectorAll(selector));
    if (els.length > 0) return { els, selector };
  }
  return undefined;
}

/** Resolves an href against the page URL; undefined for empty or javascript: links. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href || /^\s*javascript:/i.test(href)) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
