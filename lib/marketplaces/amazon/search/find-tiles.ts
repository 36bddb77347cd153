import { TILE_LAYOUTS, ZERO_RESULTS, type TileLayout } from '../selectors/search';

export interface FoundTiles {
  layout: string;
  tiles: Element[];
}

/**
 * The result tiles of the main list, in page order. Layouts whose container is on the page
 * are tried first with queries scoped to it (a whole-page query costs ~20 ms in happy-dom);
 * only when that finds nothing is every layout tried over the whole document, so a renamed
 * or moved container does not hide tiles that are still there.
 */
export function findTiles(doc: Document): FoundTiles | undefined {
  const scoped: Array<[TileLayout, ParentNode]> = [];
  for (const layout of TILE_LAYOUTS) {
    const root = layoutRoot(doc, layout);
    if (root) scoped.push([layout, root]);
  }
  const wholePage = TILE_LAYOUTS.map((l) => [l, doc] as [TileLayout, ParentNode]);
  for (const [layout, root] of [...scoped, ...wholePage]) {
    for (const selector of layout.tiles) {
      const tiles = outermost(Array.from(root.querySelectorAll(selector)));
      if (tiles.length > 0) return { layout: layout.name, tiles };
    }
  }
  return undefined;
}

/** Names of the layouts tried, for the "layout may have changed" issue. */
export function layoutNames(): string[] {
  return TILE_LAYOUTS.map((l) => l.name);
}

function layoutRoot(doc: Document, layout: TileLayout): Element | undefined {
  for (const id of layout.rootIds) {
    const el = doc.getElementById(id);
    if (el) return el;
  }
  return undefined;
}

/** Drops tiles nested in another matched tile (a card inside a card is one result). */
function outermost(tiles: Element[]): Element[] {
  const set = new Set(tiles);
  return tiles.filter((t) => {
    for (let p = t.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/**
 * True when the page says there is nothing to list: Amazon's "no results" banner with no
 * product anywhere in the results column. Tiles that merely changed markup still carry
 * `data-asin`, so they are reported as a missing list instead of an empty one.
 */
export function isZeroResultsPage(doc: Document): boolean {
  const marker = doc.querySelector(ZERO_RESULTS.join(', '));
  if (!marker) return false;
  const root = TILE_LAYOUTS.map((l) => layoutRoot(doc, l)).find((el) => el !== undefined) ?? doc.body;
  if (!root) return true;
  return !Array.from(root.querySelectorAll('[data-asin]')).some((el) => (el.getAttribute('data-asin') ?? '').trim() !== '');
}
