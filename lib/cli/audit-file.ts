import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readPage, UnknownMarketplaceError } from '../marketplaces/run-reader';
import type { PageRead } from '../schema';
import { decodeHtml, notHtmlReason, parseUntrustedHtml } from './load-page';
import { discoverPageUrl, type UrlSource } from './page-url';

export type AuditResult =
  | { ok: true; file: string; read: PageRead; urlSource: UrlSource }
  | { ok: false; file: string; message: string };

/** Saved pages run to a few MB; anything far larger is not one and would only eat memory. */
const MAX_BYTES = 64 * 1024 * 1024;

const URL_SOURCE_TEXT: Record<UrlSource, string> = {
  option: '--url',
  'saved-from': 'the "saved from url" comment',
  canonical: 'the canonical link',
  'og:url': 'og:url',
  rebuilt: "the page's own data",
};

/**
 * Reads one saved page the way the extension would read it in a tab: sniffed encoding,
 * safe parse (no scripts, no fetches), URL discovery, the marketplace's adapter. Never
 * throws: every failure becomes a one-line message naming what went wrong.
 */
export async function auditFile(file: string, opts: { url?: string; now?: Date; cwd?: string } = {}): Promise<AuditResult> {
  const fail = (message: string): AuditResult => ({ ok: false, file, message });
  // Relative to where the operator typed the command (npm run moves to the package root).
  const path = resolve(opts.cwd ?? process.cwd(), file);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('is a directory, not a saved page');
    if (!info.isFile()) return fail('is not a regular file');
    if (info.size > MAX_BYTES) return fail(`too large for a saved page (${Math.round(info.size / 1048576)} MB)`);
    bytes = await readFile(path);
  } catch (err) {
    return fail(fileError(err));
  }
  const notHtml = notHtmlReason(bytes);
  if (notHtml) return fail(notHtml);
  const { text } = decodeHtml(bytes);

  // The address is only known after parsing (canonical link, page data), so parse at a
  // neutral address first and move the document once the address is found.
  const page = parseUntrustedHtml(text, 'about:blank');
  try {
    const found = discoverPageUrl(page.document, text, opts.url);
    if (!found) return fail('cannot tell which address the page was saved from; pass --url');
    page.setUrl(found.url);
    try {
      return { ok: true, file, read: readPage(page.document, found.url, opts.now), urlSource: found.source };
    } catch (err) {
      if (err instanceof UnknownMarketplaceError) {
        return fail(`not a page of a supported marketplace (${found.url}, from ${URL_SOURCE_TEXT[found.source]})`);
      }
      return fail(`could not be read: ${oneLine(err)}`);
    }
  } finally {
    page.close();
  }
}

function fileError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a saved page';
  return `cannot be read: ${oneLine(err)}`;
}

function oneLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).replace(/\s+/g, ' ').slice(0, 300);
}
