import { describe, expect, it } from 'vitest';
import { parseAuditArgs, UsageError, type AuditOptions } from '../../lib/cli/args';

describe('parseAuditArgs', () => {
  it.each<[string, string[], AuditOptions]>([
    ['one page, JSON by default', ['a.html'], { files: ['a.html'], format: 'json', help: false }],
    ['several pages', ['a.html', 'b.html'], { files: ['a.html', 'b.html'], format: 'json', help: false }],
    ['csv', ['--format', 'csv', 'a.html'], { files: ['a.html'], format: 'csv', help: false }],
    ['--format=csv after the files', ['a.html', 'b.html', '--format=csv'], { files: ['a.html', 'b.html'], format: 'csv', help: false }],
    ['--url with one page', ['a.html', '--url', 'https://www.amazon.de/dp/B000000001'], { files: ['a.html'], url: 'https://www.amazon.de/dp/B000000001', format: 'json', help: false }],
    ['--help alone', ['--help'], { files: [], format: 'json', help: true }],
    ['-h with files', ['-h', 'a.html'], { files: ['a.html'], format: 'json', help: true }],
    ['a file named like an option after --', ['--', '--odd.html'], { files: ['--odd.html'], format: 'json', help: false }],
    ['target keywords for the title scores', ['a.html', '--keywords', 'garlic press， 压蒜器'], { files: ['a.html'], format: 'json', keywords: ['garlic press', '压蒜器'], help: false }],
  ])('%s', (_name, argv, expected) => {
    expect(parseAuditArgs(argv)).toEqual(expected);
  });

  it.each<[string, string[], RegExp]>([
    ['no page', [], /No page given/],
    ['unknown format', ['--format', 'xml', 'a.html'], /--format must be json or csv, not "xml"/],
    ['unknown option', ['--verbose', 'a.html'], /verbose/],
    ['--url without a value', ['a.html', '--url'], /url/],
    ['--url with several pages', ['--url', 'https://www.amazon.com/', 'a.html', 'b.html'], /single page/],
    ['--url that is not http(s)', ['--url', 'file:///etc/passwd', 'a.html'], /http\(s\) address/],
    ['--url that is no URL', ['--url', 'amazon.com/dp/x', 'a.html'], /http\(s\) address/],
  ])('rejects %s', (_name, argv, message) => {
    expect(() => parseAuditArgs(argv)).toThrow(UsageError);
    expect(() => parseAuditArgs(argv)).toThrow(message);
  });
});
