import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditFile } from '../../lib/cli/audit-file';
import { parseFabeArgs, type FabeOptions } from '../../lib/cli/fabe-args';
import { runAudit } from '../../lib/cli/run-audit';
import { runFabe, type FabeCommandAnalyses } from '../../lib/cli/run-fabe';
import * as fabe from '../../lib/analyses/fabe';
import { FABE_PARTS, FabeTableSchema, type FabeTable } from '../../lib/schema';
import { HAVE_SHARED_FIXTURES, SHARED_FIXTURES, SKIP_REASON } from '../support/shared-fixtures';

/** `audit fabe …` run in-process. */
const FIXTURES = join(import.meta.dirname, '../fixtures/cli');
const fx = (name: string) => join(FIXTURES, name);
const NOW = new Date('2026-11-26T08:00:00Z');
const scratch = mkdtempSync(join(tmpdir(), 'audit-fabe-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function audit(argv: string[], options: { stdin?: string; analyses?: FabeCommandAnalyses } = {}) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    now: NOW,
    ...(options.stdin !== undefined ? { readStdin: async () => options.stdin! } : {}),
  };
  const code = options.analyses ? await runFabe(argv.slice(1), io, options.analyses) : await runAudit(argv, io);
  return { code, stdout, stderr, errors: stderr.split('\n').filter(Boolean) };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('parseFabeArgs', () => {
  it.each<[string, string[], FabeOptions]>([
    ['pages', ['a.html', 'b.html'], { mode: 'pages', files: ['a.html', 'b.html'], help: false }],
    ['one page with --url', ['a.html', '--url', 'https://www.amazon.com/dp/B0TEST0001'], { mode: 'pages', files: ['a.html'], url: 'https://www.amazon.com/dp/B0TEST0001', help: false }],
    ['--sentences FILE', ['--sentences', 'lines.txt'], { mode: 'sentences', file: 'lines.txt', help: false }],
    ['--sentences - (stdin) with --lang', ['--sentences', '-', '--lang', 'zh-CN'], { mode: 'sentences', file: '-', lang: 'zh-CN', help: false }],
    ['--help', ['--help'], { mode: 'help', help: true }],
  ])('%s', (_name, argv, expected) => {
    expect(parseFabeArgs(argv)).toEqual(expected);
  });
});

describe('audit fabe: usage', () => {
  it.each<[string, string[], RegExp]>([
    ['nothing', [], /^audit fabe: No page given \(or use --sentences FILE\)$/m],
    ['--sentences and pages', ['--sentences', 'x.txt', 'a.html'], /^audit fabe: --sentences takes one file; remove "a.html"$/m],
    ['--sentences without a file', ['--sentences'], /^audit fabe: .*sentences/m],
    ['--url with two pages', ['a.html', 'b.html', '--url', 'https://www.amazon.com/dp/X'], /^audit fabe: --url applies to a single page/m],
    ['--url that is not http', ['a.html', '--url', 'file:///etc/passwd'], /^audit fabe: --url must be an http\(s\) address/m],
    ['--lang with pages', ['a.html', '--lang', 'en'], /^audit fabe: --lang applies to --sentences/m],
    ['a --lang that is no language tag', ['--sentences', 'x.txt', '--lang', 'english please'], /^audit fabe: --lang must be a language tag/m],
    ['an unknown option', ['--format', 'csv', 'a.html'], /^audit fabe: .*format/m],
  ])('%s: exit 2, the message and the usage on stderr, nothing on stdout', async (_name, argv, message) => {
    const { code, stdout, stderr } = await audit(['fabe', ...argv]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: npm run --silent audit -- fabe <page.html>...');
  });

  it('prints its usage on --help, to stdout, exit 0; the page audit’s usage names it', async () => {
    const own = await audit(['fabe', '--help']);
    expect([own.code, own.stderr]).toEqual([0, '']);
    expect(own.stdout).toMatch(/^Usage: npm run --silent audit -- fabe <page\.html>\.\.\. \[--url URL\]\n/);
    expect((await audit(['--help'])).stdout).toContain('audit -- fabe <page.html>... | fabe --sentences FILE');
  });
});

describe('audit fabe <page.html>', () => {
  it('prints the page’s FABE table: statements linked to the bullet, spec row or review they came from', async () => {
    const { code, stdout, stderr } = await audit(['fabe', fx('fabe-mug.html')]);
    expect([code, stderr]).toEqual([0, '']);
    const table = FabeTableSchema.parse(JSON.parse(stdout));
    expect(table).toMatchObject({ marketplace: 'amazon', productId: 'B0TESTFABE', title: 'Listing Lens Test Travel Mug, 16 oz, 304 Stainless Steel, Vacuum Insulated' });
    const read = await auditFile(fx('fabe-mug.html'), { now: NOW });
    if (!read.ok) throw new Error(read.message);
    const bullets = read.read.product!.bullets!;
    expect(sourcesCheck(table, bullets, read.read.product!.specs ?? {})).toEqual([]);
    const fromBullets = table.statements.filter((s) => s.source.origin === 'bullet');
    expect(new Set(fromBullets.map((s) => s.source.index)).size).toBe(bullets.length);
    const parts = new Set(table.statements.map((s) => s.part));
    expect([...parts].filter((p) => p !== 'none').length, `parts found: ${[...parts].join(' ')}`).toBeGreaterThanOrEqual(3);
    expect(table.statements.some((s) => s.source.origin === 'review' && s.source.reviewRating === 1 && s.source.reviewDate === '2026-01-20')).toBe(true);
    expect(table.chains.length).toBeGreaterThan(0);
  });

  it('prints an array for several pages; a page without a product is named on stderr, exit 1', async () => {
    const { code, stdout, errors } = await audit(['fabe', fx('fabe-mug.html'), fx('saved-search.html'), fx('does-not-exist.html')]);
    expect(code).toBe(1);
    expect(errors).toEqual([
      `audit fabe: ${fx('saved-search.html')}: no product on this search page, so no FABE table (open a product page and save that)`,
      `audit fabe: ${fx('does-not-exist.html')}: no such file`,
    ]);
    expect((JSON.parse(stdout) as FabeTable[]).map((t) => t.productId)).toEqual(['B0TESTFABE']);
  });

  it('a single page that fails prints nothing on stdout', async () => {
    const { code, stdout, errors } = await audit(['fabe', fx('saved-search.html')]);
    expect([code, stdout, errors.length]).toEqual([1, '', 1]);
  });

  it('an analysis that throws is reported for that page, the others still printed', async () => {
    const analyses: FabeCommandAnalyses = {
      ...fabe,
      buildFabeTable: (read) => {
        if (read.product?.id === 'B0TESTCLI1') throw new Error('kaboom\nwith a second line');
        return fabe.buildFabeTable(read);
      },
    };
    const { code, stdout, errors } = await audit(['fabe', fx('amazon-product.html'), fx('fabe-mug.html')], { analyses });
    expect(code).toBe(1);
    expect(errors).toEqual([`audit fabe: ${fx('amazon-product.html')}: the FABE analysis failed: kaboom with a second line`]);
    expect((JSON.parse(stdout) as FabeTable[]).map((t) => t.productId)).toEqual(['B0TESTFABE']);
  });

  it.skipIf(!HAVE_SHARED_FIXTURES)('reads the real charmast page: every bullet’s statements point back into that bullet', async () => {
    const file = join(SHARED_FIXTURES, 'amazon/product/us-charmast-charger-pricechecker.html');
    const { code, stdout, stderr } = await audit(['fabe', file]);
    expect([code, stderr]).toEqual([0, '']);
    const table = FabeTableSchema.parse(JSON.parse(stdout));
    const read = await auditFile(file, { now: NOW });
    if (!read.ok) throw new Error(read.message);
    expect(table.productId).toBe('B0DR8G428S');
    expect(sourcesCheck(table, read.read.product!.bullets!, read.read.product!.specs ?? {})).toEqual([]);
    const bulletParts = new Set(table.statements.filter((s) => s.source.origin === 'bullet').map((s) => s.part));
    expect(bulletParts.size, [...bulletParts].join(' ')).toBeGreaterThanOrEqual(3);
  });
  if (!HAVE_SHARED_FIXTURES) console.warn(`[skip] audit fabe on the real charmast page: ${SKIP_REASON}`);
});

describe('audit fabe --sentences', () => {
  const LINES = [
    'Made of 304 stainless steel with a double-wall vacuum layer',
    'Keeps drinks hot for 12 hours, longer than ordinary cups',
    'Lets you enjoy hot coffee all afternoon without a refill',
    'SGS tested and FDA certified',
    '采用304不锈钢内胆，真空双层',
    '比普通杯子保温更久',
    '让您随时随地喝上热水',
    '通过SGS检测，月销1万+',
  ];

  it('prints one JSON object per non-empty line with exactly text, part and confidence (BOM and CRLF tolerated)', async () => {
    const { code, stdout, stderr } = await audit(['fabe', '--sentences', fx('fabe-sentences.txt')]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.endsWith('\n')).toBe(true);
    const objects = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects.map((o) => o.text)).toEqual(LINES);
    for (const o of objects) {
      expect(Object.keys(o)).toEqual(['text', 'part', 'confidence']);
      expect(FABE_PARTS).toContain(o.part);
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
    }
    // Textbook statements (domain-rules §3 cues): the classifier must get these right.
    expect(objects.map((o) => o.part)).toEqual(['F', 'A', 'B', 'E', 'F', 'A', 'B', 'E']);
  });

  it('gives the same answers as classifyStatement, with --lang passed on', async () => {
    const { stdout } = await audit(['fabe', '--sentences', '-', '--lang', 'zh'], { stdin: '采用304不锈钢内胆\n' });
    const expected = fabe.classifyStatement('采用304不锈钢内胆', 'zh');
    expect(JSON.parse(stdout)).toEqual({ text: '采用304不锈钢内胆', part: expected.part, confidence: expected.confidence });
  });

  it('reads stdin with -, skipping blank lines and a BOM; prints nothing for nothing', async () => {
    const some = await audit(['fabe', '--sentences', '-'], { stdin: '\uFEFF\n  Made of steel  \r\n\r\n' });
    expect([some.code, some.stderr]).toEqual([0, '']);
    expect(some.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)).toEqual(['Made of steel']);
    const none = await audit(['fabe', '--sentences', '-'], { stdin: '\n \n' });
    expect([none.code, none.stdout, none.stderr]).toEqual([0, '', '']);
  });

  it('refuses a file that is missing or not UTF-8 (exit 1, one line on stderr)', async () => {
    const gbk = join(scratch, 'gbk.txt');
    writeFileSync(gbk, Buffer.from([0xb2, 0xc9, 0xd3, 0xc3, 0x0a])); // 采用 in GBK
    const bad = await audit(['fabe', '--sentences', gbk]);
    expect([bad.code, bad.stdout, bad.errors]).toEqual([1, '', [`audit fabe: ${gbk}: not UTF-8 text (save it as UTF-8)`]]);
    const missing = await audit(['fabe', '--sentences', join(scratch, 'nope.txt')]);
    expect([missing.code, missing.errors]).toEqual([1, [`audit fabe: ${join(scratch, 'nope.txt')}: no such file`]]);
  });

  it('a line the classifier throws on is named on stderr; the other lines are printed, exit 1', async () => {
    const analyses: FabeCommandAnalyses = {
      ...fabe,
      classifyStatement: (text, lang) => {
        if (text.includes('bad')) throw new Error('cannot classify');
        return fabe.classifyStatement(text, lang);
      },
    };
    const { code, stdout, errors } = await audit(['fabe', '--sentences', '-'], { stdin: 'good one\nbad one\n\nanother good one\n', analyses });
    expect(code).toBe(1);
    expect(errors).toEqual(['audit fabe: line 2: could not be classified: cannot classify']);
    expect(stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { text: string }).text)).toEqual(['good one', 'another good one']);
  });
});

/**
 * What is wrong with the table's sources (empty = every statement points at real text):
 * a bullet statement lies inside the bullet it names (at its offsets, when given), a spec
 * statement names a spec row the page has, indexes are in range.
 */
function sourcesCheck(table: FabeTable, bullets: readonly string[], specs: Record<string, string>): string[] {
  const out: string[] = [];
  for (const s of table.statements) {
    const src = s.source;
    if (src.origin === 'bullet') {
      const bullet = src.index === undefined ? undefined : bullets[src.index];
      if (bullet === undefined) {
        out.push(`${s.id}: bullet index ${src.index} of ${bullets.length}`);
        continue;
      }
      if (src.start !== undefined && src.end !== undefined && bullet.slice(src.start, src.end) !== s.text) {
        out.push(`${s.id}: bullet ${src.index}[${src.start}, ${src.end}) is ${JSON.stringify(bullet.slice(src.start, src.end))}, not ${JSON.stringify(s.text)}`);
      } else if (!norm(bullet).includes(norm(s.text))) {
        out.push(`${s.id}: ${JSON.stringify(s.text)} is not in bullet ${src.index}`);
      }
    }
    if (src.origin === 'spec' && src.specName !== undefined && !(src.specName in specs)) out.push(`${s.id}: no spec row ${JSON.stringify(src.specName)}`);
  }
  return out;
}
