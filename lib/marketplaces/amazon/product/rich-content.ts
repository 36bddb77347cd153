import type { RichContent, RichContentKind } from '../../../schema';
import { collapse, isHidden } from '../../shared/dom';
import { APLUS_MODULE, APLUS_PREMIUM, APLUS_ROOTS, BRAND_STORY_ROOT, RICH_TEXT_EXCLUDE } from '../selectors/listing';

/**
 * A+ content and the brand story. Amazon ships their wrappers (`#aplus_feature_div`,
 * `#aplusBrandStory_feature_div`) empty on most pages, so a block counts only when it holds
 * modules. `modules` and `imageCount` cover every block read (A+ and brand story together):
 * modules are the outermost `.aplus-module`s, images the distinct real image URLs.
 */
export function readRichContent(doc: Document): RichContent | undefined {
  const blocks: Array<{ kind: RichContentKind; modules: Element[] }> = [];
  for (const id of APLUS_ROOTS) {
    const root = doc.getElementById(id);
    const modules = root && !isHidden(root) ? outerModules(root) : [];
    if (!root || !modules.length) continue;
    const premium = modules.some((m) => APLUS_PREMIUM.test(m.className));
    blocks.push({ kind: premium ? 'a-plus-premium' : 'a-plus', modules });
    break; // one product description: aplus3p only when aplus is empty
  }
  const story = doc.getElementById(BRAND_STORY_ROOT);
  const storyModules = story && !isHidden(story) ? outerModules(story) : [];
  if (story && storyModules.length) blocks.push({ kind: 'brand-story', modules: storyModules });
  if (!blocks.length) return undefined;

  const images = new Set<string>();
  let text = 0;
  for (const b of blocks) {
    for (const m of b.modules) {
      for (const img of Array.from(m.querySelectorAll('img'))) {
        const src = (img.getAttribute('data-src') || img.getAttribute('src') || '').trim();
        if (isRealImage(src)) images.add(src);
      }
      text += textLength(m);
    }
  }
  return {
    kinds: blocks.map((b) => b.kind),
    imageCount: images.size,
    modules: blocks.reduce((n, b) => n + b.modules.length, 0),
    textLength: text,
  };
}

/** Modules not nested in another module (carousels nest a module per card); document order puts outer ones first. */
function outerModules(root: Element): Element[] {
  const outer: Element[] = [];
  for (const m of Array.from(root.querySelectorAll(APLUS_MODULE))) if (!outer.some((o) => o.contains(m))) outer.push(m);
  return outer;
}

/**
 * Characters of text in `el`, skipping carousel chrome and hidden copies. A walk rather than
 * textWithout: cloning premium A+ carousels costs ~100 ms on a 2 MB page.
 */
function textLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += collapse(c.nodeValue ?? '').length;
    else if (c.nodeType === 1 && !(c as Element).matches(RICH_TEXT_EXCLUDE)) n += textLength(c as Element);
  }
  return n;
}

/** Lazy-load placeholders (1×1 pixels, data: URIs) are not content images. */
function isRealImage(src: string): boolean {
  return src !== '' && !src.startsWith('data:') && !/(?:grey|gray|transparent)-pixel|pixel\.gif|\/1x1/i.test(src);
}
