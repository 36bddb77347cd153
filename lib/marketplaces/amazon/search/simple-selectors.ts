/**
 * A fast path for the simple selectors tile reading uses most: groups of bare tags, classes
 * and attribute tests (`.a-price`, `.a-text-price, [data-a-strike="true"]`). In happy-dom (the
 * offline audit and the tests) each alternative of a querySelectorAll is a full traversal
 * that also registers cache hooks on every element, and `matches` is costly too; one plain
 * walk comparing attribute strings is several times cheaper, and a page has 60 tiles.
 * Any other selector goes to the DOM's own querySelectorAll / matches, so results are the
 * same either way.
 */

type Test = (el: Element) => boolean;

/** `tag`, `.class`, `[attr]`, `[attr="value"]`, `[attr*="value"]` or `[attr^="value"]`. */
const PART = /^(?:([a-z][a-z0-9]*)|\.([\w-]+)|\[([\w-]+)(?:([*^]?=)"([^"]*)")?\])$/;

const compiled = new Map<string, Test | null>();

/** A predicate for `selector` when every alternative is one simple part; else null. */
function simpleTest(selector: string): Test | null {
  const cached = compiled.get(selector);
  if (cached !== undefined) return cached;
  const tests: Test[] = [];
  for (const alt of selector.split(',')) {
    const m = PART.exec(alt.trim());
    if (!m) {
      compiled.set(selector, null);
      return null;
    }
    const [, tag, cls, attr, op, value] = m;
    if (tag !== undefined) {
      const upper = tag.toUpperCase();
      tests.push((el) => el.tagName === upper);
    } else if (cls !== undefined) {
      tests.push((el) => hasClass(el, cls));
    } else if (attr !== undefined) {
      const v = value ?? '';
      tests.push((el) => {
        const got = el.getAttribute(attr);
        if (got === null) return false;
        if (op === undefined) return true;
        if (op === '=') return got === v;
        return op === '*=' ? got.includes(v) : got.startsWith(v);
      });
    }
  }
  const test: Test = (el) => tests.some((t) => t(el));
  compiled.set(selector, test);
  return test;
}

function hasClass(el: Element, cls: string): boolean {
  const attr = el.getAttribute('class');
  return attr !== null && attr.split(/\s+/).includes(cls);
}

/** Element.matches with the fast path. */
export function matchesSelector(el: Element, selector: string): boolean {
  const test = simpleTest(selector);
  return test ? test(el) : el.matches(selector);
}

/** querySelectorAll (descendants of `root`, page order) with the fast path. */
export function queryAll(root: Element, selector: string): Element[] {
  const test = simpleTest(selector);
  return test ? walk(root, test, false) : Array.from(root.querySelectorAll(selector));
}

/** querySelector with the fast path. */
export function queryFirst(root: Element, selector: string): Element | undefined {
  const test = simpleTest(selector);
  return test ? walk(root, test, true)[0] : (root.querySelector(selector) ?? undefined);
}

function walk(root: Element, test: Test, first: boolean): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): boolean => {
    if (test(el)) {
      out.push(el);
      if (first) return true;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1 && visit(c as Element)) return true;
    }
    return false;
  };
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && visit(c as Element)) break;
  }
  return out;
}
