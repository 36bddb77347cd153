import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Request, Worker } from 'playwright-core';
import type { ServedPage } from './page-server';
import { panelMismatches, panelSnapshot } from './panel';
import type { BrowserCase } from './pages';

/**
 * Issue #9 in the real browser. (1) The extension makes no network request: every request
 * of the session is recorded — pages, extension pages and the service worker through
 * Playwright, and each tab's requests with their initiator through CDP, so a fetch from a
 * content script is told apart from the page's own — and only the extension's own files
 * (chrome-extension://<id>/…) may come from it. Two probe requests, one from the service
 * worker and one from an extension page, show the recorder does see the extension's
 * requests. (2) Page text with markup is shown as text: a product page whose title, brand,
 * bullets and reviews hold `<img onerror>`, `<script>`, `<svg onload>`, `javascript:` links
 * (tests/fixtures/browser/amazon-hostile-product.html) must give a panel showing them as
 * text, no element made from them, no dialog, and no request to evil.example.
 */
const OWN = join(import.meta.dirname, '../fixtures/browser');
const WAIT_MS = 15_000;
const POLL_MS = 250;
const PROBE = 'https://www.amazon.com/listing-lens-network-probe';
/** Every payload points here: a request for it means markup from the page was rendered. */
const PAYLOAD_HOST = 'evil.example';

export const HOSTILE_CASE: BrowserCase = {
  name: 'own-amazon-hostile-product',
  source: 'tests/fixtures/browser/amazon-hostile-product.html',
  body: readFileSync(join(OWN, 'amazon-hostile-product.html')),
  url: 'https://www.amazon.com/dp/B0HOSTILE1',
  expect: {
    state: 'read',
    pageKind: 'product',
    fields: {
      marketplace: 'amazon',
      id: 'B0HOSTILE1',
      title: 'Hostile Kettle <img src=https://evil.example/pwn.gif onerror=alert(1)><script>alert(2)</script>',
      price: '19.99 USD',
      rating: '4.1',
      reviewCount: '321',
      bullets: '4',
    },
  },
};

export function hostileServed(): ServedPage[] {
  return [{ url: HOSTILE_CASE.url, body: HOSTILE_CASE.body, contentType: 'text/html; charset=utf-8' }];
}

interface Seen {
  url: string;
  /** Who made it: the extension (its pages, worker or a content script) or a web page. */
  by: 'extension-page' | 'service-worker' | 'content-script' | 'page';
  from: string;
}

export interface NetworkWatch {
  /** Records one more browser context (the Chinese-UI one) too. */
  watch(context: BrowserContext): void;
  /** The payload case: the hostile page and its panel. */
  checkHostile(open: (c: BrowserCase) => Promise<{ site: Page; panel?: Page; failed?: string; errors: string[] }>, artifacts: string): Promise<{ problems: string[]; summary?: string }>;
  /** The session's verdict, after the probes. Call last. */
  check(context: BrowserContext, worker: Worker): Promise<{ problems: string[]; summary?: string }>;
}

export function watchNetwork(context: BrowserContext, extensionId: string): NetworkWatch {
  const own = `chrome-extension://${extensionId}/`;
  const seen: Seen[] = [];
  const dialogs: string[] = [];
  let inspected = 0;
  const local = (url: string) => url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:');

  const onRequest = (req: Request) => {
    const worker = req.serviceWorker();
    if (worker) {
      seen.push({ url: req.url(), by: worker.url().startsWith('chrome-extension://') ? 'service-worker' : 'page', from: worker.url() });
      return;
    }
    let frameUrl = '';
    try {
      frameUrl = req.frame().url();
    } catch {
      frameUrl = '(no frame)';
    }
    seen.push({ url: req.url(), by: frameUrl.startsWith('chrome-extension://') ? 'extension-page' : 'page', from: frameUrl });
  };
  const onPage = (page: Page) => {
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()} "${d.message().slice(0, 80)}" on ${page.url()}`);
      void d.dismiss().catch(() => undefined);
    });
    // The initiator tells a content script's request from the page's own (both come from the tab).
    void page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        cdp.on('Network.requestWillBeSent', (e: CdpRequest) => {
          inspected++;
          const script = initiatorScripts(e.initiator).find((u) => u.startsWith('chrome-extension://'));
          if (script) seen.push({ url: e.request.url, by: 'content-script', from: script });
        });
        await cdp.send('Network.enable');
      })
      .catch(() => undefined); // a page closed before the session attached
  };
  const watch = (ctx: BrowserContext) => {
    ctx.on('request', onRequest);
    ctx.on('page', onPage);
    for (const p of ctx.pages()) onPage(p);
  };
  watch(context);

  const fromExtension = () => seen.filter((s) => s.by !== 'page' && !local(s.url));
  const toPayload = () => seen.filter((s) => hostOf(s.url) === PAYLOAD_HOST);

  /** The checks above can fail: an element with a handler is flagged, an alert is recorded. */
  const detectorsWork = async (ctx: BrowserContext): Promise<string[]> => {
    const page = await ctx.newPage();
    try {
      await page.setContent('<div data-testid="panel"><b onmouseover="void 0">x</b></div>');
      const flagged = ((await page.evaluate(INJECTED_JS)) as { injected: string[] }).injected.length;
      const before = dialogs.length;
      await page.evaluate('alert("listing-lens detector probe")');
      const recorded = dialogs.length - before;
      dialogs.splice(before); // the probe's own dialog is not the session's
      return [...(flagged === 1 ? [] : [`the element check flagged ${flagged} of 1 planted handlers`]), ...(recorded === 1 ? [] : ['a planted alert was not recorded'])];
    } finally {
      await page.close();
    }
  };

  return {
    watch,
    async checkHostile(open, artifacts) {
      const { site, panel, failed, errors } = await open(HOSTILE_CASE);
      try {
        if (failed || !panel) return { problems: [failed ?? 'no panel'] };
        const title = HOSTILE_CASE.expect.fields!.title!;
        const deadline = Date.now() + WAIT_MS;
        let snap = await panelSnapshot(panel);
        while (snap.fields.title !== title && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          snap = await panelSnapshot(panel);
        }
        const problems: string[] = [];
        if (snap.fields.title !== title) problems.push(`the panel never showed the title as read: ${JSON.stringify(snap.fields.title)}`);
        else problems.push(...panelMismatches(HOSTILE_CASE.expect, snap));
        const dom = (await panel.evaluate(INJECTED_JS)) as { text: string; injected: string[] };
        if (!dom.text.includes('<img src=https://evil.example/pwn.gif onerror=alert(1)><script>alert(2)</script>')) problems.push('the title’s markup is not shown as text in the panel');
        await panel.screenshot({ path: join(artifacts, `${HOSTILE_CASE.name}.png`), fullPage: true });
        // Every view shows some of the page's text (bullets in FABE, reviews in Reviews…): visit each.
        const injected = new Set(dom.injected);
        const tabs = await panel.locator('[role="tab"]').all();
        for (const tab of tabs) {
          await tab.click();
          await panel.waitForTimeout(750); // the view renders from stored data; nothing is asserted about time
          for (const el of ((await panel.evaluate(INJECTED_JS)) as { injected: string[] }).injected) injected.add(el);
        }
        for (const el of injected) problems.push(`an element made from page text: ${el}`);
        problems.push(...(await detectorsWork(panel.context())));
        if (dialogs.length) problems.push(`dialogs opened: ${dialogs.join('; ')}`);
        for (const s of toPayload()) problems.push(`a request to the payload’s address ${s.url} (from ${s.from})`);
        return {
          problems: [...problems, ...errors],
          summary: `title with <img onerror>/<script> shown as text; ${tabs.length + 1} views checked: ${injected.size} elements from page text, ${dialogs.length} dialogs, ${toPayload().length} requests to ${PAYLOAD_HOST}`,
        };
      } finally {
        await panel?.close();
        await site.close();
      }
    },
    async check(ctx, worker) {
      // Probes: the recorder must see a request the extension itself makes.
      await worker.evaluate(`fetch(${JSON.stringify(`${PROBE}?from=worker`)}).then(() => 0, () => 0)`);
      const page = await ctx.newPage();
      await page.goto(`${own}sidepanel.html`, { waitUntil: 'load' });
      await page.evaluate(`fetch(${JSON.stringify(`${PROBE}?from=page`)}).then(() => 0, () => 0)`);
      const deadline = Date.now() + 5_000;
      const probes = () => fromExtension().filter((s) => s.url.startsWith(PROBE));
      while (probes().length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      await page.close();
      const problems: string[] = [];
      const kinds = new Set(probes().map((s) => s.by));
      if (!kinds.has('service-worker')) problems.push('the recorder did not see the probe request from the service worker');
      if (!kinds.has('extension-page')) problems.push('the recorder did not see the probe request from an extension page');
      const made = fromExtension().filter((s) => !s.url.startsWith(PROBE));
      for (const s of made.slice(0, 10)) problems.push(`the extension made a request: ${s.url} (${s.by}, ${s.from})`);
      if (dialogs.length) problems.push(`dialogs during the session: ${dialogs.join('; ')}`);
      for (const s of toPayload()) problems.push(`a request to ${s.url} (from ${s.from})`);
      const ownFiles = seen.filter((s) => s.url.startsWith(own)).length;
      return {
        problems,
        summary: `${seen.length} requests recorded (${ownFiles} of the extension's own files), ${inspected} tab requests inspected for a content-script initiator; the extension made ${made.length}; ${dialogs.length} dialogs; probes seen from ${[...kinds].sort().join(' and ') || 'nowhere'}`,
      };
    },
  };
}

interface CdpInitiator {
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: CdpInitiator['stack'] };
}
interface CdpRequest {
  request: { url: string };
  initiator: CdpInitiator;
}

/** Every script URL in a request's initiator, async parents included. */
function initiatorScripts(initiator: CdpInitiator): string[] {
  const out = initiator.url ? [initiator.url] : [];
  for (let s = initiator.stack; s; s = s.parent) out.push(...s.callFrames.map((f) => f.url));
  return out;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

// A string, not a function: tsx would wrap a function with helpers the page does not have.
// Attributes that hold text (data-*, title, aria-*, alt, value) may carry the payloads as
// text; an event handler, a script-like element, or an address pointing at them may not.
const INJECTED_JS = `(() => {
  const root = document.body;
  const bad = [...root.querySelectorAll('*')].filter((el) =>
    ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FRAME'].includes(el.tagName.toUpperCase()) ||
    [...el.attributes].some((a) => /^on/i.test(a.name) || (/^(href|src|srcset|action|formaction|xlink:href|background|poster)$/i.test(a.name) && /evil\\.example|javascript:|alert\\(/i.test(a.value))));
  return { text: root.innerText, injected: bad.map((el) => '<' + el.tagName.toLowerCase() + [...el.attributes].map((a) => ' ' + a.name + '="' + a.value.slice(0, 60) + '"').join('') + '>') };
})()`;
