import { isHidden } from '../../shared/dom';

/**
 * Hidden on a classic page: `display:none`, or a `tb-hidden`/`tm-hidden` class that no inline
 * `display:block` overrides (Tmall's brand row carries both `tb-hidden` and `display: block`).
 */
export function classicHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const style = (e.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
    if (/display:(block|inline|flex|grid|list-item|table)/.test(style)) continue;
    const cls = ` ${e.getAttribute('class') ?? ''} `;
    if (/\s(tb-hidden|tm-hidden|hidden)\s/.test(cls)) return true;
  }
  return false;
}

/** Hidden by any marking the shared helper knows, or by the classic Taobao/Tmall classes. */
export function hiddenAnyway(el: Element): boolean {
  return isHidden(el) || classicHidden(el);
}
