import { describe, expect, it } from 'vitest';
import { csvDocument } from '../../lib/export/csv';
import { parseCsv } from './parse-csv';

describe('parseCsv (the tests’ own reader)', () => {
  it('reads quoted commas, doubled quotes and line breaks inside a field', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\r\nlines"\r\n1,,3,4\r\n')).toEqual({
      bom: false,
      records: [
        ['a', 'b,c', 'say "hi"', 'two\r\nlines'],
        ['1', '', '3', '4'],
      ],
    });
  });

  it.each([
    ['a stray quote', 'a,b"c\r\n'],
    ['an unterminated field', '"abc\r\n'],
    ['a bare LF', 'a,b\nc,d\r\n'],
    ['no final CRLF', 'a,b'],
    ['ragged records', 'a,b\r\nc\r\n'],
  ])('rejects %s', (_name, text) => {
    expect(() => parseCsv(text)).toThrow();
  });
});

describe('csvDocument', () => {
  it('round-trips through a strict reader: BOM first, Chinese, commas, quotes, line breaks, formulas shown as text', () => {
    const cells = [
      ['theme', 'text'],
      ['保温', '304不锈钢内胆，真空双层'],
      ['lid', 'Leak-proof, "sealed"\nfor bags'],
      ['=cmd', `=cmd|' /C calc'!A0`],
      ['+1', '@SUM(A1:A9)'],
    ];
    const text = csvDocument(cells, { bom: true });
    expect([...new TextEncoder().encode(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { bom, records } = parseCsv(text);
    expect(bom).toBe(true);
    expect(records).toEqual([
      ['theme', 'text'],
      ['保温', '304不锈钢内胆，真空双层'],
      ['lid', 'Leak-proof, "sealed"\nfor bags'],
      [`'=cmd`, `'=cmd|' /C calc'!A0`],
      [`'+1`, `'@SUM(A1:A9)`],
    ]);
  });

  it('leaves the byte order mark out unless asked (stdout, the clipboard)', () => {
    expect(csvDocument([['a']])).toBe('a\r\n');
  });
});
