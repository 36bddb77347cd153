import { absoluteUrl, collapse, isHidden, textOf, textWithout } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import {
  APLUS_DESCRIPTION, APLUS_EXCLUDE, BOOK_DESCRIPTION, BULLETS, DESCRIPTION_EXCLUDE, IMAGE_BLOCK_SCRIPTS, MAIN_IMAGE,
  PRODUCT_DESCRIPTION,
} from '../selectors/product';
import { allOfFirstScoped, firstScoped, scoped } from './page';

/** "About this item": visible, non-empty list items (the hidden fit-check bullet is skipped). */
export function bulletStrategies(doc: Document): Strategy<string[]>[] {
  return [
    {
      name: 'feature-bullets',
      read: () => {
        const els = allOfFirstScoped(doc, BULLETS);
        if (!els) return undefined;
        return els.filter((li) => !isHidden(li)).map((li) => textOf(li)).filter((t) => t !== '');
      },
    },
  ];
}

export function descriptionStrategies(doc: Document): Strategy<string>[] {
  return [
    {
      // Books: the publisher's description; #productDescription there holds editorial reviews.
      name: 'book-description',
      read: () => {
        const el = firstScoped(doc, BOOK_DESCRIPTION, (e) => textOf(e) !== '' || rawText(e) !== '');
        return el ? descriptionText(el) : undefined;
      },
    },
    {
      name: 'product-description',
      read: () => {
        const el = firstScoped(doc, PRODUCT_DESCRIPTION);
        return el ? textWithout(el, DESCRIPTION_EXCLUDE).slice(0, 100_000) || undefined : undefined;
      },
    },
    {
      // Manufacturer's A+ content: the only description some 2020+ pages have.
      name: 'aplus-description',
      read: () => {
        const el = firstScoped(doc, APLUS_DESCRIPTION);
        const text = el ? textWithout(el, APLUS_EXCLUDE) : '';
        // Image-only A+ modules leave a few captions: not a description.
        return text.length >= 100 ? text.slice(0, 100_000) : undefined;
      },
    },
  ];
}

function rawText(el: Element): string {
  return (el.textContent ?? '').trim();
}

/**
 * Text of a description element. In a live page with scripts on, `<noscript>` content is raw
 * markup text, not elements: its tags are stripped as text (never parsed as HTML).
 */
function descriptionText(el: Element): string | undefined {
  let text: string;
  if (el.tagName !== 'NOSCRIPT') text = textWithout(el, DESCRIPTION_EXCLUDE);
  else if (!el.firstElementChild) text = markupToText(rawText(el));
  // Parsed with scripts off (the offline audit), <noscript> holds real elements.
  else text = collapse(Array.from(el.childNodes).map((c) => (c.nodeType === 1 ? textWithout(c as Element, DESCRIPTION_EXCLUDE) : textOf(c))).join(' '));
  return text.slice(0, 100_000) || undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function markupToText(markup: string): string {
  return markup
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return ENTITIES[code.toLowerCase()] ?? m;
    })
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** The main image at its largest: data-old-hires, else the biggest data-a-dynamic-image entry. */
function mainImageUrl(el: Element, base: URL): string | undefined {
  const hires = el.getAttribute('data-old-hires');
  if (hires && /^https?:/i.test(hires.trim())) return absoluteUrl(hires.trim(), base);
  const dynamic = el.getAttribute('data-a-dynamic-image');
  if (dynamic) {
    try {
      const sizes = JSON.parse(dynamic) as Record<string, [number, number]>;
      const best = Object.entries(sizes).sort((a, b) => area(b[1]) - area(a[1]))[0];
      if (best) return absoluteUrl(best[0], base);
    } catch {
      // malformed attribute: fall back to src
    }
  }
  const src = el.getAttribute('src')?.trim();
  return src && /^(https?:)?\/\//i.test(src) ? absoluteUrl(src, base) : undefined;
}

function area(size: unknown): number {
  return Array.isArray(size) ? Number(size[0]) * Number(size[1]) || 0 : 0;
}

/** The image block's page-state for the shown variant: 'colorImages': { 'initial': [ … ] }. */
function initialGallery(doc: Document): string | undefined {
  const script = IMAGE_BLOCK_SCRIPTS.flatMap((s) => scoped(doc, s)).find((s) => (s.textContent ?? '').includes("'colorImages'"));
  const text = script?.textContent ?? '';
  const start = text.indexOf("'initial'");
  if (start < 0) return undefined;
  // The initial (shown variant's) array ends with `}]}`; later keys describe other variants.
  const end = text.indexOf('}]}', start);
  return text.slice(start, end < 0 ? undefined : end + 3);
}

/** Gallery images from the image block's page-state: each entry {"hiRes":…,"thumb":…,"large":…}. */
function galleryUrls(doc: Document, base: URL): string[] {
  const out: string[] = [];
  // hiRes wins over large.
  for (const m of (initialGallery(doc) ?? '').matchAll(/\{"hiRes":(?:"([^"]+)"|null),"thumb":"[^"]*","large":"([^"]+)"/g)) {
    const url = absoluteUrl(m[1] ?? m[2], base);
    if (url) out.push(url);
  }
  return out;
}

/**
 * How many images the gallery holds for the shown variant (the strip shows at most seven
 * and a "4+" tile); undefined when the page has no gallery page-state.
 */
export function galleryImageCount(doc: Document): number | undefined {
  const n = (initialGallery(doc)?.match(/\{"hiRes":/g) ?? []).length;
  return n || undefined;
}

/** The main (hero) image at its largest, from the first main-image element that gives one. */
export function readMainImage(doc: Document, base: URL): string | undefined {
  for (const id of MAIN_IMAGE) {
    const el = doc.getElementById(id);
    const url = el && mainImageUrl(el, base);
    if (url) return url;
  }
  return undefined;
}

export function imageStrategies(doc: Document, base: URL): Strategy<string[]>[] {
  return [
    {
      name: 'main-image+gallery',
      read: () => {
        const urls: string[] = [];
        const main = readMainImage(doc, base);
        if (main) urls.push(main);
        urls.push(...galleryUrls(doc, base));
        return [...new Set(urls)].slice(0, 200);
      },
    },
  ];
}
