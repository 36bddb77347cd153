/**
 * One walk of the document indexing elements by class token and id-less class fragments,
 * so a reader asks "the `.sku-name` elements" or "classes containing `shop-name`" without a
 * whole-document querySelectorAll per question (each costs milliseconds on a large page in
 * happy-dom). Queries below an anchor (`.p-price .price` inside `.summary-price`) stay
 * ordinary scoped querySelectorAll calls on small subtrees.
 */

const MAX_ELEMENTS = 300_000;

/** Where to look: a root by id, by class token or by class fragment, then `find` inside it. */
export interface Anchored {
  id?: string;
  cls?: string;
  /** A substring of the class attribute (hashed CSS modules: `shop-name`, `_goods_volume_`). */
  fragment?: string;
  /** Selector inside each root; the roots themselves when absent. */
  find?: string;
  /** Comment-free name for provenance. */
  name?: string;
}

export class ClassIndex {
  private readonly tokens = new Map<string, Element[]>();
  private readonly classed: [Element, string][] = [];

  private readonly doc: Document;

  /** Indexes a document, or one subtree (a result card) when `root` is an element. */
  constructor(root: Document | Element) {
    this.doc = 'documentElement' in root ? root : root.ownerDocument;
    const top = 'documentElement' in root ? root.documentElement : root;
    const stack: Element[] = top ? [top] : [];
    while (stack.length && this.classed.length < MAX_ELEMENTS) {
      const el = stack.pop()!;
      const cls = el.getAttribute('class');
      if (cls) {
        this.classed.push([el, cls]);
        for (const token of cls.split(/\s+/)) {
          if (!token) continue;
          const list = this.tokens.get(token);
          if (list) list.push(el);
          else this.tokens.set(token, [el]);
        }
      }
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
  }

  /** Elements with this class token, in document order. */
  all(token: string): Element[] {
    return this.tokens.get(token) ?? [];
  }

  has(token: string): boolean {
    return this.tokens.has(token);
  }

  /** Elements whose class attribute contains `fragment`, in document order. */
  withFragment(fragment: string): Element[] {
    const out: Element[] = [];
    for (const [el, cls] of this.classed) if (cls.includes(fragment)) out.push(el);
    return out;
  }

  /** The roots of an anchor (by id, class token or fragment). */
  roots(a: Anchored): Element[] {
    if (a.id) {
      const el = this.doc.getElementById(a.id);
      return el ? [el] : [];
    }
    if (a.cls) return this.all(a.cls);
    if (a.fragment) return this.withFragment(a.fragment);
    return [];
  }

  /** Every element an anchor names, in root order (`find` inside each root). */
  query(a: Anchored): Element[] {
    const roots = this.roots(a);
    if (!a.find) return roots;
    const out: Element[] = [];
    const seen = new Set<Element>();
    for (const root of roots) {
      for (const el of Array.from(root.querySelectorAll(a.find))) {
        if (!seen.has(el)) {
          seen.add(el);
          out.push(el);
        }
      }
    }
    return out;
  }

  /** The first element of the first anchor that names any. */
  first(anchors: readonly Anchored[], accept: (el: Element) => boolean = () => true): { el: Element; anchor: Anchored } | undefined {
    for (const anchor of anchors) {
      const el = this.query(anchor).find(accept);
      if (el) return { el, anchor };
    }
    return undefined;
  }
}

/** A readable name for an anchor (`#name h1`, `.sku-name`, `[class*=shop-name]`). */
export function anchorName(a: Anchored): string {
  if (a.name) return a.name;
  const root = a.id ? `#${a.id}` : a.cls ? `.${a.cls}` : `[class*=${a.fragment}]`;
  return a.find ? `${root} ${a.find}` : root;
}
