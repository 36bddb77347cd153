import type { Issue, Marketplace, PageKind, PageRead } from '../schema';

/** What an adapter returns; run-reader stamps version/readAt and validates it. */
export type AdapterRead = Omit<PageRead, 'version' | 'readAt'>;

/**
 * One marketplace. `detect` is cheap and URL-first; `read` is pure over the document:
 * no network, no timers, no globals (so it runs the same in a tab and in Node).
 */
export interface MarketplaceAdapter {
  id: Marketplace;
  /** Manifest match patterns for the content script and host permissions. */
  matches: readonly string[];
  /** True when the URL belongs to this marketplace at all. */
  owns(url: URL): boolean;
  /** The page kind, 'unsupported' for pages of this marketplace we do not read. Never throws. */
  detect(url: URL, doc: Document): PageKind;
  read(doc: Document, url: URL, kind: PageKind): AdapterRead;
  /**
   * Selectors of parts that render after load. The content script waits (bounded) until
   * one of them holds content, and re-reads when they change.
   */
  lateParts?(kind: PageKind): readonly string[];
}

export type { Issue };
