import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditReportSchema, type AuditReport } from '../../lib/schema';
import { HAVE_SHARED_FIXTURES, SHARED_FIXTURES, SKIP_REASON } from '../support/shared-fixtures';
import { headings, runReportCommand } from './report-helpers';

/**
 * `audit report` over the real saved pages (when ../shared/fixtures is there), and over a
 * hostile page whose scripts must never run. Prices and review counts below are the answer
 * keys' (../shared/fixtures/expected/…), ranks worked out from them by hand.
 */
const NOW = new Date('2026-11-26T08:00:00Z');
const report = (argv: string[]) => runReportCommand(argv, NOW);
const amazon = (name: string) => join(SHARED_FIXTURES, 'amazon/product', name);
const taobao = (name: string) => join(SHARED_FIXTURES, 'taobao/product', name);
const UK = ['uk-B01LW7X0JJ-chair-cover.html', 'uk-B07CL39Z8Q-apparel-variations.html', 'uk-B00004YS4O-dvd.html'].map(amazon);
const CN = ['item-538429031287-blouse.html', 'item-shop103340528-camisole.html', 'item-shop105815128-leggings.html'].map(taobao);
const byKey = (r: AuditReport, key: string) => r.products.find((p) => p.key === key)!;

describe.skipIf(!HAVE_SHARED_FIXTURES)(`audit report over real saved pages${HAVE_SHARED_FIXTURES ? '' : ` — skipped: ${SKIP_REASON}`}`, () => {
  it('Amazon UK: chair cover (mine) £6.39, blouse without a price, DVD £12.98', { timeout: 120_000 }, async () => {
    const { code, stdout, stderr } = await report([...UK, '--format', 'json', '--keywords', 'slipcovers, chair cover']);
    expect([code, stderr]).toEqual([0, '']);
    const r = AuditReportSchema.parse(JSON.parse(stdout));
    expect(r.products.map((p) => `${p.role} ${p.key}`)).toEqual(['mine amazon:B01LW7X0JJ', 'competitor amazon:B07CL39Z8Q', 'competitor amazon:B00004YS4O']);
    // Two prices: £6.39 is the cheaper (1 of 2); £12.98 is (12.98 − 6.39) / 6.39 = +103.1 % over it.
    expect(byKey(r, 'amazon:B01LW7X0JJ').priceStanding).toMatchObject({ rank: 1, of: 2 });
    expect(byKey(r, 'amazon:B00004YS4O').priceStanding?.gapToCheapestPct).toBeCloseTo(103.13, 1);
    expect(r.notes.map((n) => n.message.en)).toContain('amazon:B07CL39Z8Q: no price on the page, left out of the price comparison');
    expect(r.products.map((p) => p.reviews?.reviewCount)).toEqual([8, 5, 6]);
    expect(r.products.every((p) => p.listing.max > 0 && p.listing.title !== undefined)).toBe(true);
    expect(r.fabeGap?.products.map((p) => p.mine)).toEqual([true, false, false]);
    // The title says "Chair Protector Cover Slipcovers": slipcovers is there, "chair cover" is not.
    expect(r.products[0]!.listing.title?.keywords?.map((k) => [k.keyword, k.present])).toEqual([['slipcovers', true], ['chair cover', false]]);
  });

  it.each(['en', 'zh'] as const)('Amazon UK, %s: Markdown and HTML hold every section', { timeout: 120_000 }, async (lang) => {
    const md = await report([...UK, '--lang', lang]);
    expect(md.code).toBe(0);
    expect([...md.stdout.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(headings(lang));
    const html = await report([...UK, '--lang', lang, '--format', 'html']);
    for (const h of headings(lang)) expect(html.stdout).toContain(`<h2>${h}</h2>`);
    expect(html.stdout).not.toMatch(/<script/i);
  });

  it('Taobao, zh: ¥25, ¥29, ¥55 → blouse (mine) cheapest, 13.8 % under the ¥29 median', { timeout: 120_000 }, async () => {
    const { code, stdout, stderr } = await report([...CN, '--format', 'json', '--lang', 'zh']);
    expect([code, stderr]).toEqual([0, '']);
    const r = AuditReportSchema.parse(JSON.parse(stdout));
    expect(r.products.map((p) => [p.key, p.priceStanding?.rank])).toEqual([['taobao:538429031287', 1], ['taobao:38078522001', 2], ['taobao:42787488748', 3]]);
    // (25 − 29) / 29 = −13.79 %.
    expect(r.products[0]!.priceStanding).toMatchObject({ of: 3, median: { amount: 29, currency: 'CNY' } });
    expect(r.products[0]!.priceStanding!.gapToMedianPct).toBeCloseTo(-13.79, 1);
    expect(r.products.map((p) => p.reviews?.reviewCount)).toEqual([10, 20, 14]);
    expect(r.priceBands).toMatchObject({ currency: 'CNY', count: 3 });
  });

  it('Taobao, zh: the CSV is rectangular with a BOM', { timeout: 120_000 }, async () => {
    const { code, stdout } = await report([...CN, '--format', 'csv', '--lang', 'zh']);
    expect(code).toBe(0);
    const { parseCsv } = await import('./parse-csv');
    const { bom, records } = parseCsv(stdout);
    expect(bom).toBe(true);
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([9]));
    expect(records.filter((r) => r[3] === 'note').length).toBeGreaterThan(0);
  });
});

describe('audit report over a hostile saved page', () => {
  let server: ChildProcess;
  let origin = '';
  let scratch = '';
  let marker = '';
  let file = '';
  beforeAll(async () => {
    server = spawn(process.execPath, [join(import.meta.dirname, 'counting-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(server.stdout!, 'data')) as [Buffer];
    origin = `http://127.0.0.1:${(JSON.parse(String(line)) as { port: number }).port}`;
    scratch = mkdtempSync(join(tmpdir(), 'report-hostile-'));
    marker = join(scratch, 'script-ran.txt');
    file = join(scratch, 'hostile.html');
    const html = readFileSync(join(import.meta.dirname, '../fixtures/cli/hostile.html'), 'utf8').replaceAll('__ORIGIN__', origin).replaceAll('__MARKER__', marker);
    writeFileSync(file, html);
  });
  afterAll(() => {
    server?.kill();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('builds the report without running the page or fetching anything it points at', { timeout: 60_000 }, async () => {
    const { code, stdout } = await report([file, '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toContain('Hostile Thing, 2 pack');
    expect(stdout).not.toMatch(/<script/i);
    expect(stdout).not.toContain(origin);
    // Grace period for anything asynchronous a parse might have started.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await (await fetch(`${origin}/__hits`)).json()).toEqual([]);
    expect((globalThis as Record<string, unknown>).__listingLensHostile).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
  });
});
