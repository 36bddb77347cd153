import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../lib/cli/run-audit';
import { PageReadSchema, type PageRead } from '../../lib/schema';
import { answerKeys, HAVE_SHARED_FIXTURES, SHARED_FIXTURES, SKIP_REASON } from '../support/shared-fixtures';

const FIXTURES = join(import.meta.dirname, '../fixtures/cli');
const fx = (name: string) => join(FIXTURES, name);
const NOW = new Date('2026-11-26T08:00:00Z');

// Files that only make sense created at test time (an empty file, binary bytes, a folder).
const scratch = mkdtempSync(join(tmpdir(), 'audit-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const EMPTY = join(scratch, 'empty.html');
const BLANK = join(scratch, 'blank.html');
const BINARY = join(scratch, 'photo.png');
writeFileSync(EMPTY, '');
writeFileSync(BLANK, ' \n\t\n');
writeFileSync(BINARY, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));

async function audit(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAudit(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now: NOW });
  return { code, stdout, stderr, errors: stderr.split('\n').filter(Boolean) };
}

describe('runAudit: one page', () => {
  it('prints one PageRead object for a page whose canonical link names an Amazon store', async () => {
    const { code, stdout, stderr } = await audit(fx('amazon-product.html'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const read = PageReadSchema.parse(JSON.parse(stdout));
    expect(read).toMatchObject({
      marketplace: 'amazon',
      pageKind: 'product',
      url: 'https://www.amazon.de/Knoblauchpresse-Edelstahl/dp/B0TESTCLI1',
      readAt: '2026-11-26T08:00:00.000Z',
    });
  });

  it('takes the address from the "saved from url" mark before a canonical link', async () => {
    const { code, stdout } = await audit(fx('saved-search.html'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ url: 'https://www.amazon.com/s?k=garlic+press', pageKind: 'search' });
  });

  it('reads a relative file name from the directory the operator was in (npm moves to the root)', async () => {
    let stdout = '';
    const code = await runAudit(['amazon-product.html'], { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: FIXTURES });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ url: 'https://www.amazon.de/Knoblauchpresse-Edelstahl/dp/B0TESTCLI1' });
  });

  it('lets --url override what the page says', async () => {
    const { stdout } = await audit(fx('saved-search.html'), '--url', 'https://www.amazon.co.uk/dp/B0TESTCLI9');
    expect(JSON.parse(stdout)).toMatchObject({ url: 'https://www.amazon.co.uk/dp/B0TESTCLI9', pageKind: 'product' });
  });

  it('prints usage on --help, to stdout, exit 0', async () => {
    const { code, stdout, stderr } = await audit('--help');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Usage: npm run --silent audit -- <page\.html>\.\.\./);
  });

  it.each([
    [['--format', 'xml', 'a.html'], /^audit: --format must be json or csv, not "xml"$/],
    [[], /^audit: No page given$/],
  ])('a usage mistake %j exits 2 with the message and the usage', async (argv, message) => {
    const { code, stdout, errors } = await audit(...argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(errors[0]).toMatch(message);
    expect(errors.some((l) => l.startsWith('Usage:'))).toBe(true);
  });
});

describe('runAudit: unreadable input', () => {
  it.each([
    ['a missing file', join(scratch, 'nope.html'), 'no such file'],
    ['a directory', scratch, 'is a directory, not a saved page'],
    ['an empty file', EMPTY, 'empty file'],
    ['a whitespace-only file', BLANK, 'empty file (only whitespace)'],
    ['binary data', BINARY, 'not an HTML page (binary data)'],
    ['JSON', fx('not-html.json'), 'not an HTML page (no HTML elements found)'],
    ['a page of another site', fx('other-site.html'), 'not a page of a supported marketplace (https://shop.example.com/item/42, from the canonical link)'],
    ['a page with no address', fx('no-address.html'), 'cannot tell which address the page was saved from; pass --url'],
  ])('%s: one line on stderr naming the file, exit 1, nothing on stdout', async (_name, file, reason) => {
    const { code, stdout, errors } = await audit(file);
    expect(errors).toEqual([`audit: ${file}: ${reason}`]);
    expect([code, stdout]).toEqual([1, '']);
  });

  it('still reports the readable pages (as an array) when others fail', async () => {
    const missing = join(scratch, 'missing.html');
    const { code, stdout, errors } = await audit(fx('amazon-product.html'), missing, EMPTY, fx('saved-search.html'));
    expect(code).toBe(1);
    expect(errors).toEqual([`audit: ${missing}: no such file`, `audit: ${EMPTY}: empty file`]);
    const reads = JSON.parse(stdout) as PageRead[];
    expect(reads.map((r) => [r.pageKind, r.url])).toEqual([
      ['product', 'https://www.amazon.de/Knoblauchpresse-Edelstahl/dp/B0TESTCLI1'],
      ['search', 'https://www.amazon.com/s?k=garlic+press'],
    ]);
  });

  it('prints an empty array when none of several pages could be read', async () => {
    const { code, stdout } = await audit(EMPTY, BINARY);
    expect([code, JSON.parse(stdout)]).toEqual([1, []]);
  });
});

describe('runAudit --format csv', () => {
  it('writes a header and one row per product or result, file by file', async () => {
    const { code, stdout } = await audit('--format', 'csv', fx('amazon-product.html'), fx('saved-search.html'), EMPTY);
    expect(code).toBe(1);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('file,url,marketplace,pageKind,blockedReason,id,title,brand,price,currency,listPrice,couponPrice,priceLabel,rating,reviewCount,salesVolume,shop,position,sponsored,issues,titleScore,titleChecks');
    expect(lines.at(-1)).toBe('');
    const files = lines.slice(1, -1).map((l) => l.split(',')[0]);
    // The product page gives one row; the search page at least one (one per result once read).
    expect(files[0]).toBe(fx('amazon-product.html'));
    expect(files.slice(1).every((f) => f === fx('saved-search.html'))).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(stdout).not.toContain(EMPTY);
  });
});

describe.skipIf(!HAVE_SHARED_FIXTURES)('runAudit on real saved pages', () => {
  if (!HAVE_SHARED_FIXTURES) console.warn(`[skip] audit on real pages: ${SKIP_REASON}`);
  const keys = HAVE_SHARED_FIXTURES ? answerKeys('amazon') : [];
  const pick = (file: string) => keys.find((k) => k.file === file)!;
  const real = (file: string) => join(SHARED_FIXTURES, file);

  it.each([
    'amazon/other/captcha-robot-check-us-legacy.html',
    'amazon/product/us-charmast-charger-pricechecker.html',
    'amazon/search/us-portable-charger-pricechecker.html',
    'amazon/reviews/uk-duerer-pool-reviews.html',
  ])('%s: the key\'s address and page kind, a valid PageRead', async (file) => {
    const key = pick(file);
    const { code, stdout } = await audit(real(file));
    expect(code).toBe(0);
    const read = PageReadSchema.parse(JSON.parse(stdout));
    expect([read.url, read.pageKind]).toEqual([key.url, key.pageKind]);
  });

  it('marks the captcha page as blocked by a captcha, with no product data', async () => {
    const { stdout } = await audit(real('amazon/other/captcha-robot-check-us-legacy.html'));
    const read = JSON.parse(stdout) as PageRead;
    expect([read.blockedReason, read.product, read.results]).toEqual(['captcha', undefined, undefined]);
  });

  it('gives a search page one CSV row per result it read (at least one row)', async () => {
    const file = real('amazon/search/us-portable-charger-pricechecker.html');
    const json = JSON.parse((await audit(file)).stdout) as PageRead;
    const csv = (await audit('--format', 'csv', file)).stdout.split('\r\n').slice(1, -1);
    expect(csv).toHaveLength(Math.max(1, json.results?.length ?? 0));
    expect(csv.every((line) => line.startsWith(`${file},https://www.amazon.com/s?k=portable+charger,amazon,search,`))).toBe(true);
  });
});
