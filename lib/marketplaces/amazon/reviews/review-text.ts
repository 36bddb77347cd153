import { collapse, isSelfHidden } from '../../shared/dom';

/**
 * Visible text of review parts. Review cards carry a lot that a reader of the page never
 * sees: hidden empty translations, "Read more" prompts, star texts inside title links,
 * media popovers repeating the whole review. Everything here reads textContent only, so
 * markup written by a reviewer comes out as the plain text it is.
 */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TR', 'TABLE']);

/** Visible single-line text of `el`, without descendants matching `exclude`. */
export function visibleLine(el: Element | null | undefined, exclude?: string): string | undefined {
  if (!el) return undefined;
  const out: string[] = [];
  walk(el, exclude, out, { separators: false });
  return collapse(out.join('')) || undefined;
}

/**
 * Visible multi-line text (review bodies): `<br>` and block boundaries become line breaks,
 * whitespace inside a line is collapsed, empty lines are dropped.
 */
export function visibleBlock(el: Element | null | undefined, exclude?: string): string | undefined {
  if (!el) return undefined;
  const out: string[] = [];
  walk(el, exclude, out, { separators: false });
  return lines(out.join(''));
}

/**
 * Text of a strip of parts divided by separator icons ("Size: L | Colour: Blue"): each
 * `.a-icon-text-separator` (an empty `<i>`) becomes " | ".
 */
export function visibleStrip(el: Element | null | undefined, exclude?: string): string | undefined {
  if (!el) return undefined;
  const out: string[] = [];
  walk(el, exclude, out, { separators: true });
  const text = collapse(out.join('')).replace(/^(\s*\|\s*)+|(\s*\|\s*)+$/g, '').replace(/(\s*\|\s*){2,}/g, ' | ');
  return text || undefined;
}

/** Text of the direct children of `el` that are not blocks (the legacy body sits loose there). */
export function looseBlock(el: Element): string | undefined {
  const out: string[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && BLOCK_TAGS.has((c as Element).tagName)) continue;
    walkNode(c, undefined, out, { separators: false });
  }
  return lines(out.join(''));
}

interface WalkOptions {
  separators: boolean;
}

function walk(el: Element, exclude: string | undefined, out: string[], opts: WalkOptions): void {
  for (let c = el.firstChild; c; c = c.nextSibling) walkNode(c, exclude, out, opts);
}

function walkNode(node: Node, exclude: string | undefined, out: string[], opts: WalkOptions): void {
  if (node.nodeType === 3) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (SKIP_TAGS.has(el.tagName) || isSelfHidden(el)) return;
  if (exclude && el.matches(exclude)) return;
  if (opts.separators && el.classList.contains('a-icon-text-separator')) {
    out.push(' | ');
    return;
  }
  if (el.tagName === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCK_TAGS.has(el.tagName);
  if (block) out.push('\n');
  walk(el, exclude, out, opts);
  if (block) out.push('\n');
}

function lines(text: string): string | undefined {
  const kept = text
    .split('\n')
    .map((l) => collapse(l))
    .filter((l) => l.length > 0);
  return kept.length ? kept.join('\n') : undefined;
}
