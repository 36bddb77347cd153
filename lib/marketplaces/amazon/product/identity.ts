import { canonicalHref } from '../../shared/structured-data';
import { ASIN, asinFromProductPath } from '../asin';
import { collapse, textOf, textWithout } from '../../shared/dom';
import type { Strategy } from '../../shared/field-reader';
import { ASIN_ATTRS, ASIN_INPUTS, BYLINE, TITLE, TITLE_EXCLUDE } from '../selectors/product';
import { firstScoped } from './page';

/** ASINs are 10 characters; book ASINs are ISBN-10s (digits, last may be X). */


export function idStrategies(doc: Document, url: URL): Strategy<string>[] {
  return [
    {
      // The add-to-cart form names the displayed variant (the canonical link may name its parent).
      name: 'asin-input',
      read: () => {
        for (const id of ASIN_INPUTS) {
          const v = doc.getElementById(id)?.getAttribute('value')?.trim().toUpperCase();
          if (v && ASIN.test(v)) return v;
        }
        return undefined;
      },
    },
    {
      name: 'data-asin',
      read: () => {
        for (const id of ASIN_ATTRS) {
          const el = doc.getElementById(id);
          const v = (el?.getAttribute('data-asin') ?? el?.getAttribute('data-csa-c-asin'))?.trim().toUpperCase();
          if (v && ASIN.test(v)) return v;
        }
        return undefined;
      },
    },
    { name: 'url', read: () => asinFromProductPath(url.pathname) },
    {
      name: 'canonical',
      read: () => {
        const href = canonicalHref(doc);
        if (!href) return undefined;
        try {
          return asinFromProductPath(new URL(href, url).pathname);
        } catch {
          return undefined;
        }
      },
    },
  ];
}

export function titleStrategies(doc: Document): Strategy<string>[] {
  return [
    {
      name: 'title-element',
      read: () => {
        // A hidden input#productTitle repeats the id on some pages: only text elements count.
        const isText = (el: Element) => el.tagName !== 'INPUT' && textOf(el) !== '';
        const el = firstScoped(doc, TITLE, isText) ?? Array.from(doc.querySelectorAll('[id="productTitle"]')).find(isText);
        return el ? textWithout(el, TITLE_EXCLUDE) || undefined : undefined;
      },
    },
  ];
}

/**
 * "Visit the X Store", "Brand: X" and their translations → X. Ordered: store phrases first,
 * since a brand may itself contain "Brand".
 */
const BRAND_PATTERNS: readonly RegExp[] = [
  /^Visit the (.+?) Store$/i, // en
  /^Besuchen Sie den (.+?)-Store$/i, // de
  /^Visita la tienda de (.+)$/i, // es
  /^Visita lo Store di (.+)$/i, // it
  /^Visiter la boutique (.+)$/i, // fr
  /^Bezoek de (.+?)-(?:winkel|store)$/i, // nl
  /^Visite a loja (?:da |de )?(.+)$/i, // pt-BR
  /^Odwiedź sklep (.+)$/i, // pl
  /^Besök (.+?)-butiken$/i, // sv
  /^(.+?) Store'?u ziyaret edin$/i, // tr
  /^(.+?)(?:の)?ストアを表示$/, // ja
  /^(?:تفضل )?بزيارة متجر (.+)$/, // ar
  /^(?:Brand|Marke|Marque|Marca|Marchio|Merk|Marka|Märke|ブランド)\s*[:：]\s*(.+)$/i, // "Brand: X" in each locale
];

export function cleanBrand(text: string): string | undefined {
  const t = collapse(text);
  if (!t) return undefined;
  for (const re of BRAND_PATTERNS) {
    const m = re.exec(t);
    if (m?.[1]) return m[1].trim();
  }
  return t;
}

/** Spec names that hold the brand. */
const BRAND_SPEC = /^(brand|brand name|marke|marque|marca|marchio|merk|marka|märke|ブランド|品牌|العلامة التجارية)$/i;

export function brandStrategies(doc: Document, specs: () => Record<string, string> | undefined): Strategy<string>[] {
  return [
    {
      name: 'byline',
      read: () => {
        for (const id of BYLINE) {
          const el = doc.getElementById(id);
          if (!el) continue;
          // A brand byline is a single link; a contributor byline (books, CDs, DVDs) lists
          // people with roles ("(Author)", "(Artist)") and names no brand.
          if (el.tagName === 'A') return cleanBrand(textOf(el));
          if (el.querySelector('.author, .contribution')) return undefined;
          const t = textOf(el);
          const m = /(?:^|\s)(?:Brand|Marke|Marque|Marca|Marchio|Merk)\s*[:：]\s*(.+)$/i.exec(t);
          if (m?.[1]) return m[1].trim();
        }
        return undefined;
      },
    },
    {
      name: 'spec-brand',
      read: () => {
        const s = specs();
        if (!s) return undefined;
        const key = Object.keys(s).find((k) => BRAND_SPEC.test(k));
        return key ? s[key] || undefined : undefined;
      },
    },
  ];
}
