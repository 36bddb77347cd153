import { HOSTILE_ATTRS, HOSTILE_STRINGS, hugeString } from './hostile-strings';
import type { Rng } from './prng';
import type { PageTargets } from './targets';

/**
 * DOM-level mutation operators. Each one changes the parsed page in place and returns how
 * to undo it: re-parsing a 1 MB page per mutant costs more than reading it, and happy-dom's
 * Document.cloneNode loses its id index (readers then miss getElementById), so mutants are
 * made on the one parsed page and undone afterwards. run-page.ts re-reads the page after
 * its last mutant to prove the undos restored it.
 *
 * Each result also says what the mutation did to the page's text, which is what the
 * oracle may use to explain a changed value (oracle.ts).
 */
export type OperatorName = 'remove' | 'attr' | 'duplicate' | 'inject-node' | 'inject-attr' | 'inject-text';

export interface Applied {
  op: OperatorName;
  /** Short description for a failure note ("remove div#corePrice"). */
  detail: string;
  undo: () => void;
  /** Content was removed or unhooked (subtree gone, class/id changed): values may go missing. */
  lost?: boolean;
  /** Text that left the page (a removed subtree). */
  removedText?: string;
  /** Text that appeared on the page (a duplicate, an injected node or attribute). */
  addedText?: string;
  /**
   * Existing text was changed: text written into a text node, or a new node put inside an
   * element (it joins the element's text, e.g. a price span's). Only the weak oracle applies.
   */
  inPlace?: boolean;
  /** A block was copied: a reader may rightly refuse an ambiguous value (six histogram rows). */
  duplicated?: boolean;
}

type Operator = (doc: Document, t: PageTargets, rng: Rng) => Applied | undefined;

/** Text kept per mutation for the oracle; a bigger removed block cannot be part of one field. */
const MAX_TEXT = 200_000;
/** Markup whose text readers parse as data or skip: new nodes go next to these, not inside. */
const OPAQUE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'TEXTAREA', 'HEAD']);

export function describeEl(el: Element): string {
  const id = el.id ? `#${el.id.slice(0, 30)}` : '';
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return `${el.tagName.toLowerCase()}${id}${cls ? `.${cls.slice(0, 30)}` : ''}`;
}

/** Half the picks hit elements near the read's values, half are uniform over the page. */
function pickElement(t: PageTargets, rng: Rng, accept: (el: Element) => boolean = () => true): Element | undefined {
  for (let attempt = 0; attempt < 30; attempt++) {
    const pool = t.hot.length > 0 && rng.chance(0.5) ? t.hot : t.elements;
    if (pool.length === 0) return undefined;
    const el = rng.pick(pool);
    if (el.isConnected && el.parentNode && accept(el)) return el;
  }
  return undefined;
}

function hostileText(rng: Rng): string {
  return rng.chance(0.1) ? hugeString() : rng.pick(HOSTILE_STRINGS);
}

/**
 * An element's text as readers see it (script and style left out); for an icon with none,
 * the label readers use instead (`<i aria-label="|">`).
 */
const text = (el: Element) => (shownText(el) || el.getAttribute('aria-label') || el.getAttribute('alt') || '').slice(0, MAX_TEXT);

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function shownText(node: Node): string {
  if (node.nodeType === 3) return (node as Text).data;
  if (node.nodeType !== 1 || NOT_TEXT.has((node as Element).tagName)) return '';
  let out = '';
  for (let c = node.firstChild; c && out.length < MAX_TEXT; c = c.nextSibling) out += shownText(c);
  return out;
}

export const removeSubtree: Operator = (_doc, t, rng) => {
  const el = pickElement(t, rng);
  if (!el) return undefined;
  const parent = el.parentNode!;
  const next = el.nextSibling;
  const removedText = text(el);
  el.remove();
  return { op: 'remove', detail: `remove ${describeEl(el)}`, lost: true, removedText, undo: () => void parent.insertBefore(el, next) };
};

/** Strips or renames an id or class: the selector a reader relies on stops matching. */
export const changeClassOrId: Operator = (_doc, t, rng) => {
  const el = pickElement(t, rng, (e) => e.hasAttribute('id') || e.hasAttribute('class'));
  if (!el) return undefined;
  const name = el.hasAttribute('id') && (!el.hasAttribute('class') || rng.chance(0.5)) ? 'id' : 'class';
  const before = el.getAttribute(name)!;
  const tokens = before.trim().split(/\s+/).filter(Boolean);
  const mode = rng.pick(['strip', 'rename', 'drop-token'] as const);
  let after: string | null;
  if (mode === 'strip') after = null;
  else if (mode === 'rename') after = tokens.map((x) => `${x}-mut`).join(' ');
  else {
    const drop = rng.int(Math.max(tokens.length, 1));
    after = tokens.filter((_, i) => i !== drop).join(' ');
  }
  if (after === null) el.removeAttribute(name);
  else el.setAttribute(name, after);
  // The element's text may leave a field (no longer matched) or join one (an offscreen
  // label whose class is renamed is no longer excluded from the title around it).
  const own = text(el);
  return {
    op: 'attr',
    detail: `${mode} ${name} of ${describeEl(el)} (${before.slice(0, 40)})`,
    lost: true,
    removedText: own,
    addedText: own,
    undo: () => el.setAttribute(name, before),
  };
};

/** A repeated block: a second copy of a tile, row, bullet or script right after the first. */
export const duplicateBlock: Operator = (_doc, t, rng) => {
  const el = pickElement(t, rng);
  if (!el) return undefined;
  const copy = el.cloneNode(true) as Element;
  el.parentNode!.insertBefore(copy, el.nextSibling);
  return { op: 'duplicate', detail: `duplicate ${describeEl(el)}`, addedText: text(el), duplicated: true, undo: () => copy.remove() };
};

/** A new element holding hostile text (and maybe a hostile attribute), inside or before a target. */
export const injectNode: Operator = (doc, t, rng) => {
  const target = pickElement(t, rng);
  if (!target) return undefined;
  const node = doc.createElement(rng.pick(['span', 'div', 'p', 'li', 'a', 'b', 'font']));
  const content = hostileText(rng);
  node.textContent = content;
  if (rng.chance(0.3)) node.setAttribute(rng.pick(HOSTILE_ATTRS), rng.pick(HOSTILE_STRINGS));
  const inside = !OPAQUE.has(target.tagName) && !target.closest('script,style,template,noscript,title,textarea') && rng.chance(0.5);
  if (inside) target.insertBefore(node, rng.chance(0.5) ? target.firstChild : null);
  else target.parentNode!.insertBefore(node, target);
  return {
    op: 'inject-node',
    detail: `inject <${node.tagName.toLowerCase()}> ${inside ? 'into' : 'before'} ${describeEl(target)}: ${JSON.stringify(content.slice(0, 30))}`,
    addedText: content,
    inPlace: inside,
    undo: () => node.remove(),
  };
};

/** A new attribute (one the element lacks) with a hostile or huge value. */
export const injectAttribute: Operator = (_doc, t, rng) => {
  const el = pickElement(t, rng);
  if (!el) return undefined;
  const name = rng.pick(HOSTILE_ATTRS);
  if (el.hasAttribute(name)) return undefined;
  const value = hostileText(rng);
  el.setAttribute(name, value);
  return {
    op: 'inject-attr',
    detail: `attribute ${name} on ${describeEl(el)}`,
    addedText: value,
    undo: () => el.removeAttribute(name),
  };
};

/**
 * Hostile text written into an existing text node. The field read from that node then
 * legitimately changes, so mutants with this operator get the weak oracle only.
 */
export const injectIntoText: Operator = (_doc, t, rng) => {
  if (t.texts.length === 0) return undefined;
  const node = rng.pick(t.texts);
  const before = node.data;
  const content = hostileText(rng);
  const mode = rng.pick(['append', 'prepend', 'replace'] as const);
  node.data = mode === 'append' ? before + content : mode === 'prepend' ? content + before : content;
  return {
    op: 'inject-text',
    detail: `${mode} text in ${node.parentElement ? describeEl(node.parentElement) : '?'}`,
    addedText: content,
    inPlace: true,
    undo: () => void (node.data = before),
  };
};

/** Weighted so structural damage (what layout changes look like) dominates. */
export const OPERATORS: readonly { name: OperatorName; weight: number; apply: Operator }[] = [
  { name: 'remove', weight: 4, apply: removeSubtree },
  { name: 'attr', weight: 4, apply: changeClassOrId },
  { name: 'duplicate', weight: 2, apply: duplicateBlock },
  { name: 'inject-node', weight: 2, apply: injectNode },
  { name: 'inject-attr', weight: 1, apply: injectAttribute },
  { name: 'inject-text', weight: 1, apply: injectIntoText },
];

export function pickOperator(rng: Rng): (typeof OPERATORS)[number] {
  const total = OPERATORS.reduce((n, o) => n + o.weight, 0);
  let x = rng.next() * total;
  for (const o of OPERATORS) {
    x -= o.weight;
    if (x < 0) return o;
  }
  return OPERATORS[0]!;
}

/** Applies 1–3 operators; returns them in order (undo in reverse). */
export function applyMutations(doc: Document, t: PageTargets, rng: Rng): Applied[] {
  const count = 1 + rng.int(3);
  const applied: Applied[] = [];
  for (let i = 0; i < count; i++) {
    const result = pickOperator(rng).apply(doc, t, rng);
    if (result) applied.push(result);
  }
  return applied;
}

export function undoAll(applied: readonly Applied[]): void {
  for (let i = applied.length - 1; i >= 0; i--) applied[i]!.undo();
}

/** Cuts saved HTML at a random offset (string level; the caller re-parses the rest). */
export function truncateHtml(html: string, rng: Rng): { html: string; detail: string } {
  const at = rng.int(html.length);
  return { html: html.slice(0, at), detail: `truncate at ${at}/${html.length}` };
}
