/**
 * Today's item and search pages only have hashed CSS-module classes, in three generations:
 * `ItemHeader--mainTitle--3CIjqW5` (2022–23), `mainTitle--R75fTcZL` (2024) and
 * `QJEEHAN8H5--mainTitle--_37b78f2` (2025, scope-prefixed). The stable part is the element
 * name before the hash (`mainTitle`), and for the 2022–23 form also the component (`ItemHeader`).
 * Readers ask for names, never for a full hashed class.
 */

/** The element name a hashed class token carries: the part before the last `--`. */
export function fragmentName(token: string): string | undefined {
  const parts = token.split('--');
  if (parts.length < 2) return undefined;
  const name = parts[parts.length - 2]!;
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(name) ? name : undefined;
}

/**
 * True when one of the element's class tokens is the hashed form of `name`, or (2022–23) of a
 * component called `name` (`ItemLabel--root--…` for `ItemLabel`).
 */
export function hasFragment(el: Element, name: string): boolean {
  const cls = el.getAttribute('class');
  if (!cls || !cls.includes(`${name}--`)) return false;
  return cls.split(/\s+/).some((t) => fragmentName(t) === name || (t.startsWith(`${name}--`) && t.split('--').length >= 3));
}

/** Elements under `root` (root included) whose hashed class names `name`, in document order. */
export function byName(root: ParentNode, name: string): Element[] {
  const out: Element[] = [];
  if ('getAttribute' in root && hasFragment(root as Element, name)) out.push(root as Element);
  for (const el of Array.from(root.querySelectorAll(`[class*="${name}--"]`))) {
    if (hasFragment(el, name)) out.push(el);
  }
  return out;
}

/** The first element under `root` named any of `names` (in name order), or undefined. */
export function firstByName(root: ParentNode, names: readonly string[]): Element | undefined {
  for (const name of names) {
    const el = byName(root, name)[0];
    if (el) return el;
  }
  return undefined;
}

/**
 * One walk over the whole document, bucketed by name: whole-page `[class*=…]` queries are full
 * walks in happy-dom, so page-level lookups share this index. Built lazily by the page context.
 */
export class ClassIndex {
  private readonly names = new Map<string, Element[]>();
  private readonly components = new Map<string, Element[]>();

  /** `root` undefined gives an empty index (a classic page has no hashed classes to look for). */
  constructor(root?: ParentNode) {
    for (const el of Array.from(root?.querySelectorAll('[class*="--"]') ?? [])) {
      for (const token of (el.getAttribute('class') ?? '').split(/\s+/)) {
        const name = fragmentName(token);
        if (!name) continue;
        push(this.names, name, el);
        const parts = token.split('--');
        if (parts.length >= 3) push(this.components, parts[0]!, el);
      }
    }
  }

  /** Elements named `name` (`mainTitle` for all three generations). */
  all(name: string): readonly Element[] {
    return this.names.get(name) ?? [];
  }

  first(names: readonly string[]): Element | undefined {
    for (const n of names) {
      const el = this.all(n)[0];
      if (el) return el;
    }
    return undefined;
  }

  /** Outermost elements named `name` or of the 2022–23 component `name` (`Comment--root--…`). */
  roots(name: string): Element[] {
    const set = new Set([...this.all(name), ...(this.components.get(name) ?? [])]);
    const ordered = [...set].sort(documentOrder);
    return ordered.filter((el) => !hasAncestorIn(el, set));
  }
}

function push(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (!list) map.set(key, [el]);
  else if (list[list.length - 1] !== el) list.push(el);
}

function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
}
