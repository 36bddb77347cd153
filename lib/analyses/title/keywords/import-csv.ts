/**
 * Target keywords typed, pasted or imported from a keyword tool's export. One parser for
 * all of them, because users paste whatever they have:
 * - a list: one per line, or separated by , ， 、 ; ； or tabs;
 * - a table (CSV/TSV, `,` `;` or tab): a header row naming the keyword column
 *   (`keyword,search volume`, `Keyword Phrase`, `Search Term`, `关键词,搜索量`; within the
 *   first 5 rows, as Brand Analytics puts a report line first), or, from two rows on, no
 *   header but numbers in every other column (`pillow,12000`); the keyword column is read;
 * - one column copied with its header (`Keyword` above the keywords): the header is skipped.
 * Quoted cells ("a, b" and "" escapes), a BOM, CRLF, empty lines and zero-width characters
 * are handled.
 *
 * Hostile input is bounded: only the first MAX_IMPORT_CHARS characters are read, at most
 * MAX_KEYWORDS keywords kept, and a cell that looks like a spreadsheet formula
 * (`=cmd|' /C calc'!A0`, `+…`, `-…`, `@…`) is dropped, never kept as a keyword: it would
 * go back out in our CSV exports. Linear in the input.
 */

export const MAX_IMPORT_CHARS = 1_000_000;
/** As many as a draft holds (DraftSchema.keywords). */
export const MAX_KEYWORDS = 500;
/** As long as a keyword may be (KeywordCoverageSchema.keyword). */
export const MAX_KEYWORD_LENGTH = 200;

export interface KeywordImport {
  /** Trimmed, deduplicated (case- and width-insensitive), first spelling kept, in input order. */
  keywords: string[];
  /** Cells dropped: formulas, or longer than MAX_KEYWORD_LENGTH. */
  dropped: number;
  /** The input or the list was cut at a bound. */
  truncated: boolean;
  /** The header cell of the column read, when a table with a header was recognised. */
  column?: string;
}

/** Header cells naming the keyword column; a bracketed note may follow (`关键词（中文）`). */
const HEADER = /^(keywords?( phrase| text)?|(customer )?search (terms?|query|queries)|query|term|关键[词字]|搜索(关键)?词|热搜词|长尾词)\s*([(（].*)?$/;
/** Rows searched for a header: some exports put a report line above it (Brand Analytics). */
const HEADER_ROWS = 5;
const LIST_DELIMS = new Set([',', '，', '、', ';', '；', '\t']);
const FORMULA = /^[=+\-@]/;
const NUMERIC = /^[-+]?[\d.,\s]*\d[\d.,\s]*%?$/;
const CONTROL = /[\u0000-\u001f\u007f]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /\s+/g;
const HEADER_SPACES = /[_\s]+/g;
const NON_SPACE = /\S/;

/** The keywords in typed, pasted or exported text, with what was dropped or cut. */
export function parseKeywordList(input: string): KeywordImport {
  let text = input.length > MAX_IMPORT_CHARS ? input.slice(0, MAX_IMPORT_CHARS) : input;
  const truncated = text.length < input.length;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const delimiter = tableDelimiter(text);
  let column = -1;
  let header: string | undefined;
  let rows: string[][] = [];
  if (delimiter) {
    rows = parseRows(text, new Set([delimiter]));
    const found = findHeader(rows);
    if (found) {
      [column, header] = [found.column, found.header];
      rows = rows.slice(found.row + 1);
    } else if (looksNumericTable(rows)) column = 0;
  }
  if (column < 0) {
    rows = parseRows(text, LIST_DELIMS);
    // A column copied with its header ("Keyword" above the keywords).
    const first = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
    const cells = first < 0 ? [] : rows[first]!.filter((c) => c.trim() !== '');
    if (cells.length === 1 && HEADER.test(normHeader(cells[0]!))) {
      header = cells[0]!.trim();
      rows = rows.slice(first + 1);
    }
  }

  const seen = new Set<string>();
  const keywords: string[] = [];
  let dropped = 0;
  for (const row of rows) {
    const cells = column >= 0 ? [row[column] ?? ''] : row;
    for (const raw of cells) {
      const cell = raw.replace(ZERO_WIDTH, '').replace(CONTROL, ' ').replace(SPACES, ' ').trim();
      if (cell === '') continue;
      if (FORMULA.test(cell) || cell.length > MAX_KEYWORD_LENGTH) {
        dropped++;
        continue;
      }
      const key = cell.normalize('NFKC').toLowerCase();
      if (seen.has(key)) continue;
      if (keywords.length === MAX_KEYWORDS) return { keywords, dropped, truncated: true, column: header };
      seen.add(key);
      keywords.push(cell);
    }
  }
  return { keywords, dropped, truncated, column: header };
}

function findHeader(rows: readonly string[][]): { row: number; column: number; header: string } | null {
  let seen = 0;
  for (let r = 0; r < rows.length && seen < HEADER_ROWS; r++) {
    const row = rows[r]!;
    if (!row.some((c) => c.trim() !== '')) continue;
    seen++;
    const column = row.findIndex((c) => HEADER.test(normHeader(c)));
    if (column >= 0) return { row: r, column, header: row[column]!.trim() };
  }
  return null;
}

const normHeader = (cell: string) => cell.normalize('NFKC').toLowerCase().replace(HEADER_SPACES, ' ').trim();

/** `\t`, `,` or `;` when the first non-empty line is a row of a table, else null. */
function tableDelimiter(text: string): string | null {
  const nl = text.search(NON_SPACE);
  if (nl < 0) return null;
  const end = text.indexOf('\n', nl);
  const line = text.slice(nl, end < 0 ? Math.min(text.length, nl + 10_000) : end);
  let best: string | null = null;
  let bestCount = 0;
  for (const d of ['\t', ',', ';']) {
    const count = line.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/** No header: a table when most of the first rows have a text cell followed only by numbers. */
function looksNumericTable(rows: readonly string[][]): boolean {
  const sample = rows.filter((r) => r.some((c) => c.trim() !== '')).slice(0, 20);
  const tabular = sample.filter(
    (r) => r.length >= 2 && !NUMERIC.test(r[0]!.trim()) && r.slice(1).every((c) => c.trim() === '' || NUMERIC.test(c.trim())),
  );
  // One row is too little to tell "pillow,12000" from a list ending in a number.
  return sample.length >= 2 && tabular.length * 2 >= sample.length;
}

/** RFC 4180-style rows: quotes may hold delimiters, newlines and "" escapes. One pass. */
function parseRows(text: string, delimiters: ReadonlySet<string>): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (delimiters.has(ch)) {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
      // Leading spaces before an opening quote (`a, "b"`) keep the cell open for it.
      if (ch !== ' ') atCellStart = false;
    }
  }
  row.push(cell);
  rows.push(row);
  return rows;
}
