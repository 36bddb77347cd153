import { parseUntrustedHtml } from '../../lib/cli/load-page';

/** Parses a small hand-written page (tests only); the window is left for GC. */
export function htmlDoc(html: string, url = 'https://www.amazon.com/'): Document {
  return parseUntrustedHtml(html, url).document;
}
