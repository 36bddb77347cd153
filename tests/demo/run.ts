import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureExtensionBuilt } from '../browser/build';
import { historyPages } from '../browser/history';
import { startPageServer } from '../browser/page-server';
import { browserCases, contentTypeFor, type BrowserCase } from '../browser/pages';
import { selfSignedCertificate } from '../browser/tls';

/**
 * `npm run demo`: the extension in a real, visible Chromium on the team's own sample pages
 * (tests/fixtures/browser: never third-party pages), served over HTTPS at their real
 * marketplace host names exactly as the real-browser test serves them — so a newcomer sees
 * every panel working without a marketplace account or a network. A tracked product is
 * visited twice (its price falls between visits) so the Competitors and Prices tabs have
 * history; a Taobao slider and a JD risk check show the blocked state. Stays until Ctrl-C.
 */
const ROOT = join(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GROUP = 'Demo: cat food';
const WAIT_MS = 20_000;
/** LISTING_LENS_DEMO_SMOKE=1: headless, and exit once everything is open (checks the demo itself without a display). */
const SMOKE = process.env.LISTING_LENS_DEMO_SMOKE === '1';

async function main(): Promise<number> {
  if (!SMOKE && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'npm run demo opens a visible browser, and this machine has no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n' +
        'Run it on a desktop, or under a virtual display: xvfb-run -a npm run demo (apt-get install -y xvfb).\n' +
        'Headless, `npm run test:browser` drives the same pages and writes screenshots to tests/browser/.artifacts/.',
    );
    return 2;
  }
  const extension = ensureExtensionBuilt(ROOT);
  const own = browserCases().cases.filter((c) => c.name.startsWith('own-'));
  const history = historyPages(own);
  const served = [...own.map((c) => ({ url: c.url, body: c.body, contentType: contentTypeFor(c.body) })), ...history.served.filter((s) => !s.url.includes('amazon.de'))];
  const hosts = [...new Set(served.map((s) => new URL(s.url).hostname))];
  const scratch = mkdtempSync(join(tmpdir(), 'listing-lens-demo-'));
  const server = await startPageServer(served, selfSignedCertificate(scratch, hosts));
  const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND'].join(', ');
  let context: BrowserContext | undefined;
  const stop = async (code: number) => {
    await context?.close().catch(() => undefined);
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  try {
    // The same flags as the real-browser test (tests/browser/main.ts), but headful.
    context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
      executablePath: CHROMIUM,
      headless: SMOKE,
      ignoreHTTPSErrors: true,
      viewport: null,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
        `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
        `--host-resolver-rules=${rules}`, '--ignore-certificate-errors',
        ...(process.env.LISTING_LENS_DEMO_LANG ? [`--lang=${process.env.LISTING_LENS_DEMO_LANG}`] : []),
      ],
    });
    const worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 }));
    const id = new URL(worker.url()).host;
    console.log(`Listing Lens demo · Chromium ${context.browser()?.version() ?? ''} · extension ${id}\n`);

    // A product with history: first visit, tracked as "my product" with a competitor, then the second visit (new price).
    const tracked = await visit(context, worker, id, history.product);
    await send(tracked.panel, { type: 'track-product', payload: { productKey: 'amazon:B0TESTHIS1', role: 'mine', groupName: GROUP } });
    const rival = await visit(context, worker, id, history.rival);
    await send(rival.panel, { type: 'track-product', payload: { productKey: 'amazon:B0TESTRIV1', role: 'competitor', groupName: GROUP } });
    await rival.panel.close();
    await tracked.panel.close();
    await tracked.site.close();
    history.setVersion(2);
    const opened: [string, BrowserCase][] = [];
    for (const c of [history.product, history.search, ...own.filter((c) => !c.url.includes('/s?k=cat+food'))]) {
      const { panel } = await visit(context, worker, id, c);
      await panel.close();
      opened.push([describe(c), c]);
    }
    // The tracked product's panel as a tab too: the real side panel is one click away.
    const productTab = (await context.pages()).find((p) => p.url() === history.product.url);
    const tabId = productTab ? await tabIdOf(worker, history.product.url) : undefined;
    const panelTab = await context.newPage();
    await panelTab.goto(`chrome-extension://${id}/sidepanel.html${tabId === undefined ? '' : `?tabId=${tabId}`}`);
    await productTab?.bringToFront();

    console.log('Opened (each in its own tab, served locally at its real address):');
    console.log(`  ${'second visit of a tracked product (price £24.99 → £19.99), in group "' + GROUP + '"'}\n      ${history.product.url}`);
    console.log(`  a competitor in that group\n      ${history.rival.url}`);
    for (const [what, c] of opened.slice(1)) console.log(`  ${what}\n      ${c.url}`);
    console.log(`  the panel as a tab, watching the tracked product\n      chrome-extension://${id}/sidepanel.html?tabId=${tabId ?? '?'}`);
    console.log('\nOpen the side panel with the Listing Lens toolbar button (pin it from the puzzle-piece menu) or Alt+Shift+L;');
    console.log('it follows the tab you are on. Tabs: Page · Title · FABE · Reviews · Prices · Competitors; language switch (文A) and options (⚙) beside them.');
    console.log(`Options page: chrome-extension://${id}/options.html · Alt+Shift+K or right-click → "Track this product as a competitor".`);
    console.log('Ctrl-C ends the demo (the browser profile is thrown away).');
    if (SMOKE) await stop(0);
    await new Promise(() => undefined);
    return 0;
  } catch (err) {
    console.error(`demo failed: ${(err as Error).stack ?? String(err)}`);
    await stop(1);
    return 1;
  }
}

const ours = (w: Worker) => w.url().startsWith('chrome-extension://');

function describe(c: BrowserCase): string {
  const kind = c.expect.state === 'blocked' ? `blocked page (${c.expect.blockedReason})` : c.expect.state === 'no-marketplace' ? 'not a marketplace page' : `${c.expect.pageKind} page`;
  return `${c.expect.fields?.marketplace ?? ''} ${kind}: ${c.name.replace(/^own-/, '')}`.trim();
}

const tabIds = async (worker: Worker) => (await worker.evaluate('chrome.tabs.query({}).then((ts) => ts.map((t) => t.id))')) as number[];

async function tabIdOf(worker: Worker, url: string): Promise<number | undefined> {
  const tabs = (await worker.evaluate('chrome.tabs.query({}).then((ts) => ts.map((t) => [t.id, t.url]))')) as [number, string][];
  return tabs.find(([, u]) => u === url)?.[0];
}

/** Opens a page, and its panel (as a tab) until the page is read, so the next step sees it stored. */
async function visit(context: BrowserContext, worker: Worker, id: string, c: BrowserCase): Promise<{ site: Page; panel: Page }> {
  // The new tab's id (without the `tabs` permission a non-marketplace tab's URL is hidden).
  const before = new Set(await tabIds(worker));
  const site = await context.newPage();
  await site.goto(c.url, { waitUntil: 'load', timeout: 30_000 });
  const tabId = (await tabIds(worker)).find((t) => !before.has(t));
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
  const want = c.expect.state;
  // Polled with evaluate: the extension page's CSP refuses waitForFunction's string eval.
  const deadline = Date.now() + WAIT_MS;
  while ((await panel.evaluate(`document.querySelector('[data-testid="panel"]')?.dataset.state`)) !== want) {
    if (Date.now() > deadline) {
      console.warn(`  (the panel of ${c.url} did not reach "${want}" within ${WAIT_MS / 1000} s)`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { site, panel };
}

/** A message to the background from an extension page, as the panel's own buttons send it. */
async function send(panel: Page, message: unknown): Promise<void> {
  const answer = (await panel.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(message)})`)) as { ok: boolean; error?: { message: string } };
  if (!answer.ok) console.warn(`  (the demo could not ${JSON.stringify(message).slice(0, 60)}: ${answer.error?.message})`);
}

process.exitCode = await main();
