import { collapse, textOf } from '../shared/dom';

/**
 * Visibility as JD marks it. JD's jQuery pages ship blocks as `class="hide"` and reveal
 * them with an inline `style="display: list-item"` (or block), so an inline display that
 * shows wins over the class; `hidden`, `display:none` and `visibility:hidden` hide.
 */
export function shownSelf(el: Element): boolean {
  if (el.hasAttribute('hidden')) return false;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  if (/display:none|visibility:hidden/.test(style)) return false;
  if (/display:(block|inline|list-item|flex|grid|inline-block|table)/.test(style)) return true;
  const cls = el.classList;
  return !(cls.contains('hide') || cls.contains('hidden') || cls.contains('none'));
}

/** True when neither the element nor an ancestor (up to `root`, exclusive) is hidden. */
export function shown(el: Element, root?: Element | null): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (!shownSelf(e)) return false;
  }
  return true;
}

/** Text of an element with nested elements matching `exclude` left out (no clone of large trees). */
export function ownText(el: Element | null | undefined, exclude: string): string {
  if (!el) return '';
  if (!el.querySelector(exclude)) return textOf(el);
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !(c as Element).matches(exclude)) walk(c);
    }
  };
  walk(el);
  return collapse(out);
}

/** Text of an element's direct text nodes only (a chip's label without its count badge). */
export function directText(el: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) out += c.nodeValue ?? '';
  return collapse(out);
}

/** `key：value` / `key: value` split at the first colon (full- or half-width). */
export function splitPair(text: string): [string, string] | undefined {
  const m = /^([^：:]{1,60}?)\s*[：:]\s*([\s\S]+)$/.exec(collapse(text));
  return m ? [m[1]!.trim(), m[2]!.trim()] : undefined;
}

/** A spec label without trailing colons and the spaces JD pads labels with (`京 东 价`). */
export function cleanLabel(text: string): string {
  return collapse(text).replace(/[：:]\s*$/, '').replace(/(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])/g, '').trim();
}
