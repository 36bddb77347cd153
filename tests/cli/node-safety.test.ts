import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseUntrustedHtml } from '../../lib/cli/load-page';
import { runAudit } from '../../lib/cli/run-audit';
import { readPage } from '../../lib/marketplaces/run-reader';
import { PageReadSchema } from '../../lib/schema';

/**
 * Saved pages are untrusted. Parsing one in Node (the audit command, the fixture tests)
 * must never run its scripts and never fetch anything it points at. hostile.html points
 * every loadable thing at a local server that counts requests, and its scripts set a
 * global, mark the document and try to write a file.
 */
const ROOT = join(import.meta.dirname, '../..');
const PAGE_URL = 'http://www.amazon.com/Hostile-Thing/dp/B0HOSTILE1';
// Grace period for anything asynchronous a parse might have started (no timing is asserted).
const SETTLE_MS = 500;

let server: ChildProcess;
let origin = '';
let scratch = '';
let marker = '';
let hostileFile = '';
let html = '';

beforeAll(async () => {
  server = spawn(process.execPath, [join(import.meta.dirname, 'counting-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(server.stdout!, 'data')) as [Buffer];
  origin = `http://127.0.0.1:${(JSON.parse(String(line)) as { port: number }).port}`;
  scratch = mkdtempSync(join(tmpdir(), 'hostile-'));
  marker = join(scratch, 'script-ran.txt');
  html = readFileSync(join(ROOT, 'tests/fixtures/cli/hostile.html'), 'utf8')
    .replaceAll('__ORIGIN__', origin)
    .replaceAll('__MARKER__', marker);
  hostileFile = join(scratch, 'hostile.html');
  writeFileSync(hostileFile, html);
});

afterAll(() => {
  server?.kill();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function hits(): Promise<string[]> {
  return (await (await fetch(`${origin}/__hits`)).json()) as string[];
}
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
const scriptGlobal = () => (globalThis as Record<string, unknown>).__listingLensHostile;

describe('the counting server (so a zero below means something)', () => {
  it('counts a request made to it', async () => {
    const before = (await hits()).length;
    await fetch(`${origin}/counted-probe`);
    expect((await hits()).slice(before)).toEqual(['GET /counted-probe']);
  });

  it('control: the same page in a happy-dom window with scripts ON does run and fetch', async () => {
    const before = (await hits()).length;
    const window = new Window({ url: PAGE_URL, settings: { enableJavaScriptEvaluation: true, suppressCodeGenerationFromStringsWarning: true } });
    try {
      // Our own fixture, written into a deliberately unsafe window to prove it is hostile.
      window.document.write(html);
      await settle();
      expect(window.document.documentElement.getAttribute('data-hostile')).toBe('inline script ran');
      expect((await hits()).slice(before)).toEqual(expect.arrayContaining(['GET /script.js', 'GET /fetch']));
    } finally {
      await window.happyDOM.close();
    }
    // The control ran in the window's own global, not Node's.
    expect(scriptGlobal()).toBeUndefined();
  });
});

describe('parsing and reading a hostile saved page in Node', () => {
  let before = 0;
  beforeEach(async () => {
    before = (await hits()).length;
  });

  async function expectNothingHappened(): Promise<void> {
    await settle();
    expect((await hits()).slice(before)).toEqual([]);
    expect(scriptGlobal()).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
  }

  it('parseUntrustedHtml + readPage: no script runs, nothing is fetched', async () => {
    const page = parseUntrustedHtml(html, PAGE_URL);
    try {
      const doc = page.document;
      expect(doc.documentElement.hasAttribute('data-hostile')).toBe(false);
      expect(doc.querySelector('#productTitle')?.textContent).toBe('Hostile Thing, 2 pack');
      const read = readPage(doc, PAGE_URL);
      expect(PageReadSchema.safeParse(read).success).toBe(true);
      expect([read.marketplace, read.pageKind, read.url]).toEqual(['amazon', 'product', PAGE_URL]);
      // Touching URL-valued properties (as readers do) must not load anything either.
      for (const el of doc.querySelectorAll('img, iframe, script, link, a')) {
        void (el as HTMLImageElement).src;
        void (el as HTMLAnchorElement).href;
      }
      expect(doc.documentElement.hasAttribute('data-hostile')).toBe(false);
      expect((doc.defaultView as unknown as Record<string, unknown> | null)?.__listingLensHostile).toBeUndefined();
    } finally {
      page.close();
    }
    await expectNothingHappened();
  });

  it('the audit command in-process: reads the page at its canonical address, fetches nothing', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runAudit([hostileFile], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toMatchObject({ url: PAGE_URL, pageKind: 'product' });
    await expectNothingHappened();
  });

  it('the audit command as a process: same', { timeout: 60_000 }, async () => {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'lib/cli/audit.ts', hostileFile], { cwd: ROOT, timeout: 60_000 });
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toMatchObject({ url: PAGE_URL, pageKind: 'product' });
    await expectNothingHappened();
  });
});
