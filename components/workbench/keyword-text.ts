/**
 * Keyword lists as people bring them: typed with commas, pasted one per line from a
 * spreadsheet, or a CSV file exported by a keyword tool (Excel on a Chinese Windows saves
 * CSV in GBK, so files are decoded as UTF-8 and else GB18030). The text is parsed by
 * lib/analyses/title's parseKeywordList (header detection, quoted cells, formulas dropped).
 */

/** Largest keyword file read (a keyword export is kilobytes; this is far past any). */
export const MAX_KEYWORD_FILE_BYTES = 2 * 1024 * 1024;

/** How two keywords are compared: full-width folded, case and spacing ignored. */
export function keywordKey(term: string): string {
  return term.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A keyword file's bytes as text: UTF-8 (BOM or not), else GB18030. */
export function decodeKeywordFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
