/**
 * CSV for spreadsheets, shared by the audit command and the side panel's exports: RFC 4180
 * quoting, CRLF line ends, and cells that a spreadsheet would run as formulas shown as
 * text. Pure (no DOM, no Node), so the panel bundle and the CLI both use it.
 */

export type CsvCell = string | number | boolean | undefined;

/** UTF-8 byte order mark: Excel opens a CSV without it in the legacy code page (Chinese turns to mojibake). */
export const BOM = '\uFEFF';

/**
 * Spreadsheet formula injection: a cell that starts with = + - @ (or tab / CR, which some
 * spreadsheets strip before evaluating) is run as a formula when opened. Page text is
 * untrusted, so such cells get a leading apostrophe and are shown as text.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field holding a quote, comma, CR or LF is quoted, inner quotes doubled. */
export function quoteCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: each cell neutralised, then quoted (so the apostrophe sits inside the quotes). */
export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map((c) => quoteCell(neutraliseCell(c === undefined ? '' : String(c)))).join(',');
}

/**
 * A whole document: the records with CRLF line ends, ending in CRLF. `bom` puts the UTF-8
 * byte order mark first — for files a spreadsheet opens; not for text piped to a program
 * or pasted (where the mark would land in the first cell).
 */
export function csvDocument(records: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const body = records.map(csvLine).join('\r\n');
  return `${options.bom ? BOM : ''}${body}\r\n`;
}
