/**
 * An RFC 4180 reader written for the tests, independent of the writer in lib/export/csv.ts:
 * what a spreadsheet does when it opens the file. Returns the records and whether the
 * text started with a UTF-8 byte order mark (U+FEFF once decoded). Throws on anything a
 * strict reader would reject (a stray quote, an unterminated field, a bare CR or LF).
 */
export function parseCsv(text: string): { bom: boolean; records: string[][] } {
  const bom = text.startsWith('\uFEFF');
  const s = bom ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < s.length && s[i] !== ',' && s[i] !== '\r') throw new Error(`character after a closing quote at ${i}`);
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (fieldStarted) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (c === ',') {
      record.push(field);
      field = '';
      fieldStarted = false;
      i++;
      continue;
    }
    if (c === '\r') {
      if (s[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
      i += 2;
      continue;
    }
    if (c === '\n') throw new Error(`bare LF at ${i}`);
    field += c;
    fieldStarted = true;
    i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (fieldStarted || record.length > 0) throw new Error('the last record does not end in CRLF');
  const width = records[0]?.length ?? 0;
  records.forEach((r, n) => {
    if (r.length !== width) throw new Error(`record ${n} has ${r.length} fields, the header ${width}`);
  });
  return { bom, records };
}

/** Records as objects keyed by the header row. */
export function csvObjects(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text).records;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}
