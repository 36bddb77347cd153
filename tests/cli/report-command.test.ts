import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportArgs, type ReportOptions } from '../../lib/cli/report-args';
import { runAudit } from '../../lib/cli/run-audit';
import { AuditReportSchema, type AuditReport } from '../../lib/schema';
import { parseCsv } from './parse-csv';
import { headings, runReportCommand } from './report-helpers';

/** `audit report …` in-process over our own pages (tests/fixtures/cli). */
const fx = (name: string) => join(import.meta.dirname, '../fixtures/cli', name);
const NOW = new Date('2026-11-26T08:00:00Z');
const report = (argv: string[], cwd?: string) => runReportCommand(argv, NOW, cwd);
const OWN = [fx('amazon-product.html'), fx('fabe-mug.html'), fx('saved-search.html')];

describe('parseReportArgs', () => {
  it.each<[string, string[], ReportOptions]>([
    ['pages: the first is mine', ['a.html', 'b.html'], { help: false, mine: 'a.html', others: ['b.html'], lang: 'en', format: 'md' }],
    ['--mine comes first whatever its place', ['b.html', '--mine', 'a.html', 'c.html'], { help: false, mine: 'a.html', others: ['b.html', 'c.html'], lang: 'en', format: 'md' }],
    [
      'every option',
      ['a.html', '--search', 's.html', '--keywords', 'chair cover, 椅套', '--name', ' Q4 ', '--lang', 'zh', '--format', 'html', '--out', 'r.html'],
      { help: false, mine: 'a.html', others: [], search: 's.html', keywords: ['chair cover', '椅套'], name: 'Q4', lang: 'zh', format: 'html', out: 'r.html' },
    ],
    ['one page with --url', ['a.html', '--url', 'https://www.amazon.com/dp/B0X'], { help: false, mine: 'a.html', others: [], url: 'https://www.amazon.com/dp/B0X', lang: 'en', format: 'md' }],
    ['--help', ['a.html', '-h'], { help: true }],
  ])('%s', (_name, argv, expected) => {
    expect(parseReportArgs(argv)).toEqual(expected);
  });
});

describe('audit report: usage', () => {
  it.each<[string, string[], RegExp]>([
    ['nothing', [], /No page given/],
    ['an unknown option', ['a.html', '--since', '2026-01-01'], /Unknown option '--since'/],
    ['a format it does not write', ['a.html', '--format', 'pdf'], /--format must be md, csv, html or json, not "pdf"/],
    ['a language it does not have', ['a.html', '--lang', 'fr'], /--lang must be en or zh, not "fr"/],
    ['--url with two pages', ['a.html', 'b.html', '--url', 'https://www.amazon.com/dp/X'], /--url applies to a single page/],
    ['--url that is not http', ['a.html', '--url', 'javascript:alert(1)'], /--url must be an http\(s\) address/],
    ['an empty --name', ['a.html', '--name', ' '], /--name needs a name/],
  ])('%s: exit 2, the message and the usage on stderr, nothing on stdout', async (_name, argv, message) => {
    const { code, stdout, stderr } = await report(argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: npm run --silent audit -- report <page.html>...');
  });

  it('--help prints the usage on stdout, exit 0', async () => {
    const { code, stdout, stderr } = await report(['--help']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Usage: npm run --silent audit -- report /);
  });

  it('the page audit’s usage names it', async () => {
    let out = '';
    await runAudit(['--help'], { stdout: (t) => void (out += t), stderr: () => undefined });
    expect(out).toContain('audit -- report <mine.html> <rival.html>... [options]  (see: report --help)');
  });
});

describe('audit report: our own pages', () => {
  it.each(['en', 'zh'] as const)('%s, md: every section heading, in order, exit 0', async (lang) => {
    const { code, stdout, stderr } = await report([...OWN, '--lang', lang]);
    expect([code, stderr]).toEqual([0, '']);
    expect([...stdout.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(headings(lang));
  });

  it.each(['en', 'zh'] as const)('%s, html: a printable document with every section, no script', async (lang) => {
    const { code, stdout } = await report([...OWN, '--lang', lang, '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>\n<html lang="(en|zh-CN)">/);
    for (const h of headings(lang)) expect(stdout).toContain(`<h2>${h}</h2>`);
    expect(stdout).not.toMatch(/<script/i);
  });

  it('csv: BOM, rectangular, the stable header, rows for the products', async () => {
    const { code, stdout } = await report([...OWN, '--format', 'csv']);
    expect(code).toBe(0);
    const { bom, records } = parseCsv(stdout);
    expect(bom).toBe(true);
    expect(records[0]).toEqual(['section', 'productKey', 'role', 'item', 'status', 'value', 'detail', 'labelEn', 'labelZh']);
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([9]));
    expect(records.filter((r) => r[0] === 'products' && r[3] === 'price').map((r) => [r[1], r[2], r[5]])).toEqual([
      ['amazon:B0TESTCLI1', 'mine', '12.99 EUR'],
      ['amazon:B0TESTFABE', 'competitor', '24.99 USD'],
    ]);
  });

  it('json: the AuditReport; the search page gives the bands, the first page is mine', async () => {
    const { code, stdout } = await report([...OWN, '--format', 'json', '--name', 'Kitchen']);
    expect(code).toBe(0);
    const r: AuditReport = AuditReportSchema.parse(JSON.parse(stdout));
    expect([r.name, r.generatedAt, r.products.map((p) => `${p.role} ${p.key}`)]).toEqual(['Kitchen', NOW.toISOString(), ['mine amazon:B0TESTCLI1', 'competitor amazon:B0TESTFABE']]);
    // saved-search.html is priced in dollars: its results make the bands, not the group's two prices.
    expect(r.priceBands?.currency).toBe('USD');
    expect(r.notes.filter((n) => n.section === 'changes').map((n) => n.message.en)).toEqual([expect.stringMatching(/^No product has stored history/)]);
  });

  it('--out writes the file (relative to where the command was typed), stdout stays empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-out-'));
    try {
      const { code, stdout, stderr } = await report([...OWN, '--format', 'html', '--out', 'r.html'], dir);
      expect([code, stdout, stderr]).toEqual([0, '', '']);
      expect(readFileSync(join(dir, 'r.html'), 'utf8')).toMatch(/^<!doctype html>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pages that cannot be used are named one line each, exit 1; the report is built from the rest', async () => {
    const bad = ['report-captcha.html', 'other-site.html', 'not-html.json', 'missing.html'].map(fx);
    const { code, stdout, errors } = await report([fx('amazon-product.html'), ...bad, '--format', 'json']);
    expect(code).toBe(1);
    expect(errors).toEqual([
      expect.stringMatching(/report-captcha\.html: the page is a captcha check, not the product/),
      expect.stringMatching(/other-site\.html: not a page of a supported marketplace/),
      expect.stringMatching(/not-html\.json: not an HTML page/),
      expect.stringMatching(/missing\.html: no such file/),
    ]);
    expect(AuditReportSchema.parse(JSON.parse(stdout)).products.map((p) => p.key)).toEqual(['amazon:B0TESTCLI1']);
  });

  it('no usable page: no report at all, exit 1', async () => {
    const { code, stdout, errors } = await report([fx('report-captcha.html'), fx('saved-search.html')]);
    expect([code, stdout]).toEqual([1, '']);
    expect(errors.at(-1)).toBe('audit report: no product page could be read, so there is no report');
  });

  it('--search must be a search page', async () => {
    const { code, errors } = await report([fx('amazon-product.html'), '--search', fx('fabe-mug.html')]);
    expect(code).toBe(1);
    expect(errors).toEqual([expect.stringMatching(/fabe-mug\.html: --search needs a search page, this is a product page/)]);
  });
});

