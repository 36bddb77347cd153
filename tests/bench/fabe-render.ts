/**
 * `npm run bench:panel` — what the side panel's FABE view costs the browser to show, in
 * Debian's Chromium (playwright-core; skipped with a printed reason when it is missing).
 * The state is the `npm run bench -- fabe` product (1,020 statements of real text, fabe.ts)
 * with eight competitors from the saved pages in its gap matrix, and a typical page (the
 * first saved product page) with the same competitors. Reported, medians of alternating runs:
 * the mount's JavaScript (Preact's render and the DOM it makes), the browser's next frame
 * (style, layout, paint: fabe-render.page.tsx), their sum with its p90, and the elements
 * shown; then the same after a click on every "Show n more" (components/fabe/show-more.tsx);
 * then what the panel's thread spends parsing the FABE worker's answer for the long product.
 * Medians and ratios only; nothing asserts a time.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { FabeCompetitor, FabeState } from '../../components/fabe/model';
import { DRAFT_LIMIT } from '../../entrypoints/sidepanel/fabe-state';
import { buildFabeTable, gapMatrix, sellingPointDrafts } from '../../lib/analyses/fabe';
import { MAX_COMPETITORS } from '../../components/fabe/competitors';
import type { FabeTable, PageRead } from '../../lib/schema';
import { largeProduct, realReads } from './fabe';
import { median, percentile, printTable } from './measure';

const ROOT = join(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 15;
const PAGE_URL = 'http://fabe-render.invalid/';

interface Timed { jsMs: number; frameMs: number; elements: number; statementsShown: number }

/** The FABE view's state for `read` against `competitors`, as createFabe would build it. */
function stateOf(read: PageRead, competitors: readonly PageRead[]): FabeState {
  const table = buildFabeTable(read)!;
  const others: FabeCompetitor[] = competitors.map((c, i) => ({
    productId: c.product!.id,
    title: c.product!.title,
    source: 'search',
    position: i + 1,
    readAt: c.readAt,
    table: { ok: true, value: buildFabeTable(c) },
  }));
  const tables = others.flatMap((c) => (c.table.ok && c.table.value ? [c.table.value as FabeTable] : []));
  return {
    kind: 'product',
    marketplace: read.marketplace,
    productId: read.product!.id,
    title: read.product!.title,
    thin: false,
    table: { ok: true, value: table },
    competitors: others,
    searchUnread: 0,
    gap: { ok: true, value: gapMatrix(table, tables) },
    drafts: { ok: true, value: sellingPointDrafts(table, { limit: DRAFT_LIMIT }) },
  };
}

async function pageScript(): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'fabe-render.page.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

const p90 = (values: readonly number[]) => percentile(values, 90);

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`[bench:panel] skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
    return;
  }
  const reads = realReads();
  const { read: large, statements } = largeProduct(reads);
  const products = reads.filter((r) => r.product);
  const typical = products[0]!;
  const competitors = products.slice(1, 1 + MAX_COMPETITORS);
  const cases = [
    { name: `${statements} statements (bench product)`, state: stateOf(large, competitors) },
    { name: `${typical.product!.id} (a saved page)`, state: stateOf(typical, competitors) },
  ];
  const css = ['entrypoints/sidepanel/style.css', 'entrypoints/sidepanel/fabe.css'].map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    const errors: Error[] = [];
    page.on('pageerror', (err) => errors.push(err));
    // Our own page, served by the route (nothing else is fetched), under a CSP without eval as
    // the extension's: zod then parses without compiling a parser (new Function).
    const script = (await pageScript()).replaceAll('</script', '<\\/script');
    const html = `<!doctype html><meta charset="utf-8"><style>${css}</style><div id="root"></div><script>${script}</script>`;
    await page.route('**/*', (route) =>
      route.request().url() === PAGE_URL
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': "script-src 'unsafe-inline'; object-src 'none'" }, body: html })
        : route.abort(),
    );
    await page.goto(PAGE_URL);
    // Asked of the page's own script: DevTools' evaluate is not bound by the page's CSP.
    if (await page.evaluate(() => (window as never as { fabeRender: { evalAllowed: boolean } }).fabeRender.evalAllowed)) throw new Error('the bench page allows eval; the extension does not');
    console.log(`\nfabe view in Chromium: the mount's JavaScript and the frame that shows it, ${RUNS} alternating runs after a warm-up (ms); "all shown" = after a click on every "Show n more"\n`);
    const rows: string[][] = [];
    const results = cases.map(() => ({ js: [] as number[], frame: [] as number[], mount: [] as number[], expand: [] as number[], shown: {} as Timed, all: {} as Timed & { clicks: number } }));
    for (let run = -1; run < RUNS; run++) {
      for (const [i, c] of cases.entries()) {
        const mounted = (await page.evaluate((s) => (window as never as { fabeRender: { mount(s: unknown): Promise<Timed> } }).fabeRender.mount(s), c.state as never)) as Timed;
        const all = (await page.evaluate(() => (window as never as { fabeRender: { expandAll(): Promise<Timed & { clicks: number }> } }).fabeRender.expandAll())) as Timed & { clicks: number };
        if (run < 0) continue;
        results[i]!.js.push(mounted.jsMs);
        results[i]!.frame.push(mounted.frameMs);
        results[i]!.mount.push(mounted.jsMs + mounted.frameMs);
        results[i]!.expand.push(all.jsMs + all.frameMs);
        results[i]!.shown = mounted;
        results[i]!.all = all;
      }
    }
    if (errors.length) throw new Error(`the FABE view threw in the page: ${errors.map((e) => e.message).join('; ')}`);
    for (const [i, c] of cases.entries()) {
      const r = results[i]!;
      const table = c.state.kind === 'product' && c.state.table.ok ? c.state.table.value : undefined;
      rows.push([c.name, String(table?.statements.length ?? 0), median(r.js).toFixed(1), median(r.frame).toFixed(1), `${median(r.mount).toFixed(1)} / ${p90(r.mount).toFixed(1)}`, `${r.shown.elements} (${r.shown.statementsShown} statements)`, `${median(r.expand).toFixed(1)} / ${p90(r.expand).toFixed(1)}`, `${r.all.elements} (${r.all.statementsShown}; ${r.all.clicks} clicks)`]);
    }
    // The worker's answer for the long product, parsed as the panel parses it (structured clone not included).
    const answer = { id: 0, ok: true, table: cases[0]!.state.kind === 'product' && cases[0]!.state.table.ok ? cases[0]!.state.table.value : null };
    const parse: number[] = [];
    for (let run = -1; run < RUNS; run++) {
      const ms = (await page.evaluate((a) => (window as never as { fabeRender: { parseAnswer(a: unknown): number } }).fabeRender.parseAnswer(a), answer as never)) as number;
      if (run >= 0) parse.push(ms);
    }
    printTable(['product', 'statements', 'JS', 'frame', 'mount median / p90', 'elements shown', 'show all median / p90', 'elements then'], rows, 1);
    console.log(`\nthe worker's answer for the ${statements}-statement product, parsed in the panel (zod): median ${median(parse).toFixed(1)} ms, p90 ${p90(parse).toFixed(1)} ms`);
  } finally {
    await browser.close();
  }
}

await main();
