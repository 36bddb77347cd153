import { readWith } from '../marketplaces/read-with';
import type { MarketplaceAdapter } from '../marketplaces/types';
import type { PageRead } from '../schema';

/** What the read loop needs from the marketplace side: read a page, name its late parts. */
export interface ContentReader {
  /** The page's read, or undefined when none of the script's adapters owns the address. */
  read(doc: Document, href: string): PageRead | undefined;
  /** Selectors of the parts that render late on this page (by its kind), `[]` when none. */
  lateParts(doc: Document, href: string): readonly string[];
}

/**
 * Binds the read loop to the adapters one content script ships. Each content script names
 * only its own marketplaces' adapters (not the registry), so the Taobao script does not
 * carry the Amazon readers and the other way round. Pure: tested under happy-dom.
 */
export function contentReader(adapters: readonly MarketplaceAdapter[], now: () => Date = () => new Date()): ContentReader {
  const owner = (href: string) => {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return undefined;
    }
    const adapter = adapters.find((a) => a.owns(url));
    return adapter ? { adapter, url } : undefined;
  };
  return {
    read(doc, href) {
      const o = owner(href);
      // readWith never throws for an owned page: a reader crash becomes an issue on the read.
      return o ? readWith(o.adapter, doc, o.url, now()) : undefined;
    },
    lateParts(doc, href) {
      const o = owner(href);
      return o?.adapter.lateParts?.(o.adapter.detect(o.url, doc)) ?? [];
    },
  };
}
