/** Page-level structured data: JSON-LD blocks, meta tags, canonical links. */

/** Every JSON-LD object on the page, @graph arrays flattened. Broken blocks are skipped. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(s.textContent ?? '');
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (item && typeof item === 'object') {
          out.push(item as Record<string, unknown>);
          const graph = (item as Record<string, unknown>)['@graph'];
          if (Array.isArray(graph)) out.push(...graph.filter((g) => g && typeof g === 'object'));
        }
      }
    } catch {
      // A page's broken JSON-LD is not our error; other strategies follow.
    }
  }
  return out;
}

/** `<meta name|property=key content>` value, trimmed, or undefined. */
export function metaContent(doc: Document, key: string): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    if (el.getAttribute('name') === key || el.getAttribute('property') === key) {
      const c = el.getAttribute('content')?.trim();
      if (c) return c;
    }
  }
  return undefined;
}

/** The canonical link's absolute URL, if the page declares one. */
export function canonicalHref(doc: Document): string | undefined {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  return href || undefined;
}
