import { LEGACY_REVIEW_ANCHOR, REVIEW_CARDS, REVIEW_ROOT_IDS } from '../selectors/reviews';

/**
 * Finds the full review cards of the main review list, in page order. Teasers ("most
 * recent" sidebars, spotlights, top positive/critical viewpoints) use other hooks or no
 * body of their own, so they never match; cards inside scripts or comments are not elements.
 */

export type ReviewPlace = 'product' | 'reviews';

/** A 2010 review: its `<a name="R…">` anchor and the block of content after it. */
export interface LegacyReview {
  id: string;
  block: Element;
}

/**
 * The containers of the main review list. Nested roots are merged into the outer one.
 * Without any known root (a layout we have not seen, a single-review permalink) the whole
 * document is searched.
 */
export function reviewRoots(doc: Document, where: ReviewPlace): ParentNode[] {
  const found = REVIEW_ROOT_IDS[where].map((id) => doc.getElementById(id)).filter((e): e is HTMLElement => !!e);
  const outer = found.filter((e) => !found.some((o) => o !== e && o.contains(e)));
  // Page order, so reviews keep the order a reader sees them in.
  outer.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return outer.length ? outer : [doc];
}

/** Hooked (2016–2026), camelCase (2025–26) and AUI (2014–16) cards; outermost of nested ones. */
export function findReviewCards(roots: ParentNode[]): Element[] {
  const selector = REVIEW_CARDS.join(', ');
  const cards: Element[] = [];
  for (const root of roots) {
    const hits = Array.from(root.querySelectorAll(selector));
    const set = new Set(hits);
    for (const el of hits) {
      if (!hasAncestorIn(el, set, root)) cards.push(el);
    }
  }
  return cards;
}

function hasAncestorIn(el: Element, set: Set<Element>, root: ParentNode): boolean {
  for (let p = el.parentElement; p && p !== root; p = p.parentElement) {
    if (set.has(p)) return true;
  }
  return false;
}

const REVIEW_ID = /^R[0-9A-Z]{6,20}$/;

/**
 * 2010 reviews: an anchor named after the review id, then the review block. A full
 * review writes its body as loose text in that block; a teaser or spotlight nests all of
 * its text in child elements (a link to the full review), so it has no loose text.
 */
export function findLegacyReviews(roots: ParentNode[]): LegacyReview[] {
  const out: LegacyReview[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    for (const anchor of Array.from(root.querySelectorAll(LEGACY_REVIEW_ANCHOR))) {
      const id = anchor.getAttribute('name') ?? '';
      if (!REVIEW_ID.test(id) || seen.has(id)) continue;
      const block = blockAfter(anchor);
      if (!block || !hasLooseText(block)) continue;
      seen.add(id);
      out.push({ id, block });
    }
  }
  return out;
}

/** The first element after the anchor, skipping the `<br>` Amazon put between them. */
function blockAfter(anchor: Element): Element | undefined {
  let e = anchor.nextElementSibling;
  while (e && e.tagName === 'BR') e = e.nextElementSibling;
  return e && e.tagName === 'DIV' ? e : undefined;
}

function hasLooseText(block: Element): boolean {
  for (let c = block.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3 && /\S/.test(c.nodeValue ?? '')) return true;
  }
  return false;
}
