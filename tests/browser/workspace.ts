import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { withPanel, type HistoryCaseDeps } from './history';
import type { BrowserCase } from './pages';

/**
 * The side panel as one workspace, in the real extension, for one browser language: the
 * header (page, marketplace, kind, read health) above every tab; every tab reached by
 * keyboard (Tab, then →) and by mouse, each with a heading and content — never blank; the
 * language switch relabelling everything without a reload; a blocked page's header and
 * its designed state in a tab; and the panel's first paint after opening, measured (median
 * of several opens) and reported, never asserted. Writes the README's screenshots.
 */

const ROOT = join(import.meta.dirname, '../..');
/** The README's screenshots (regenerated here on every run). */
export const SCREENSHOTS = join(ROOT, 'assets/screenshots');
const WAIT_MS = 15_000;
const OPENS = 7;

type Lang = 'en' | 'zh_CN';
const messages = (lang: Lang) => JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
/** Labels this test knows by key (a tab's own label key may belong to another view's owner: those are checked by script only). */
const KNOWN_LABELS: Record<string, string> = { page: 'viewPage', workbench: 'wsViewTitle', fabe: 'viewFabe', prices: 'wsViewPrices', history: 'viewHistory' };
const CJK = /[\u4e00-\u9fff]/;

export interface WorkspacePages {
  /** A product page (read healthy). */
  product: BrowserCase;
  /** A search page with priced results (the Prices tab's bands). */
  search: BrowserCase;
  blocked: BrowserCase;
}

export function workspacePages(cases: readonly BrowserCase[], product: BrowserCase): WorkspacePages {
  const byName = (name: string) => {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new Error(`the workspace case needs ${name}`);
    return c;
  };
  return { product, search: byName('own-amazon-search-cat-food'), blocked: byName('own-taobao-slider-punish') };
}

// Strings, not functions: tsx would wrap a function with helpers the page does not have.
const STATE_JS = `(() => {
  const header = document.querySelector('[data-testid="ws-header"]');
  const tabs = [...document.querySelectorAll('[role="tab"]')].map((t) => ({ id: t.id.replace(/^tab-/, ''), label: (t.textContent || '').trim(), selected: t.getAttribute('aria-selected') }));
  const shown = [...document.querySelectorAll('[role="tabpanel"]')].find((p) => !p.hidden);
  const heading = shown && shown.querySelector('h2, h3');
  return {
    health: header ? header.dataset.health : undefined,
    page: ((document.querySelector('[data-testid="ws-page"]') || {}).textContent || '').trim(),
    pageKind: (document.querySelector('[data-testid="ws-page"]') || { dataset: {} }).dataset.kind,
    headerVisible: !!header && header.getBoundingClientRect().height > 0,
    tabs,
    focused: document.activeElement && document.activeElement.id,
    shown: shown ? shown.id.replace(/^view-/, '') : undefined,
    heading: heading ? (heading.textContent || '').trim() : '',
    textLength: shown ? (shown.innerText || '').trim().length : 0,
    lang: document.documentElement.lang,
  };
})()`;

interface State {
  health?: string;
  page: string;
  pageKind?: string;
  headerVisible: boolean;
  tabs: { id: string; label: string; selected: string | null }[];
  focused?: string;
  shown?: string;
  heading: string;
  textLength: number;
  lang: string;
}

const state = async (panel: Page) => (await panel.evaluate(STATE_JS)) as State;
const q = JSON.stringify;

async function until(panel: Page, check: (s: State) => string[]): Promise<{ problems: string[]; last: State }> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const last = await state(panel);
    const problems = check(last);
    if (!problems.length || Date.now() > deadline) return { problems, last };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A tab shows its heading and some content (a designed empty state counts: it has both). */
const tabFilled = (id: string) => (s: State) =>
  s.shown !== id ? [`tab ${id} is not the shown one (${q(s.shown)})`] : !s.heading || s.textLength < 20 ? [`tab ${id} has heading ${q(s.heading)} and ${s.textLength} characters`] : [];

export async function checkWorkspace(p: WorkspacePages, deps: HistoryCaseDeps, lang: Lang): Promise<{ problems: string[]; summary?: string }> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const notes: string[] = [];
  const steps: [string, () => Promise<string[]>][] = [
    ['every tab by keyboard and mouse', () => withPanel(deps, p.product, (panel) => everyTab(panel, lang, notes))],
    ['language switch', () => withPanel(deps, p.search, (panel) => languageSwitch(panel, lang, notes))],
    ['blocked page', () => withPanel(deps, p.blocked, (panel) => blocked(panel, lang))],
    ['first paint', () => withPanel(deps, p.product, (panel) => firstPaint(panel, notes))],
    ['options page', () => withPanel(deps, p.product, (panel) => optionsPage(panel, lang, notes))],
  ];
  for (const [name, run] of steps) {
    const problems = await run();
    if (problems.length) return { problems: problems.map((x) => `${name}: ${x}`), summary: notes.join('; ') };
  }
  return { problems: [], summary: notes.join('; ') };
}

async function everyTab(panel: Page, lang: Lang, notes: string[]): Promise<string[]> {
  const m = messages(lang);
  const ready = await until(panel, (s) => (s.health === 'ok' || s.health === 'partial') && s.pageKind === 'title' ? [] : [`header health ${q(s.health)}, page ${q(s.pageKind)} ${q(s.page)}`]);
  if (ready.problems.length) return ready.problems;
  const tabs = ready.last.tabs;
  const out: string[] = [];
  for (const t of tabs) {
    const key = KNOWN_LABELS[t.id];
    if (key && t.label !== m[key]?.message) out.push(`tab ${t.id} is labelled ${q(t.label)}, want ${q(m[key]?.message)}`);
    if (lang === 'zh_CN' ? !CJK.test(t.label) : CJK.test(t.label)) out.push(`tab ${t.id} label ${q(t.label)} is not in ${lang}`);
  }
  if (out.length) return out;
  if (lang === 'en') await panel.screenshot({ path: join(SCREENSHOTS, 'panel-page-en.png') });
  // Keyboard: the first Tab stop is the header's language switch; Tab goes on to the selected
  // tab, → walks the rest; each is selected, focused and filled.
  await panel.keyboard.press('Tab');
  const lead = await panel.evaluate('document.activeElement?.dataset?.testid');
  if (lead !== 'language') return [`the first Tab stop is ${q(lead)}, want the language switch in the header`];
  const focused = await tabToViewTabs(panel);
  if (focused !== 'tab-page') return [`Tab after the header reaches ${q(focused)}, want the page tab`];
  for (const t of tabs.slice(1)) {
    await panel.keyboard.press('ArrowRight');
    const r = await until(panel, (s) => [...(s.focused === `tab-${t.id}` ? [] : [`focus on ${q(s.focused)}`]), ...tabFilled(t.id)(s), ...(s.headerVisible && s.health ? [] : ['no header above the tab'])]);
    if (r.problems.length) return r.problems.map((x) => `→ to ${t.id}: ${x}`);
    notes.push(`${t.id} “${r.last.heading.slice(0, 30)}”`);
  }
  // Mouse: a click on every tab shows it.
  for (const t of tabs) {
    await panel.click(`[data-testid="tab-${t.id}"]`);
    const r = await until(panel, tabFilled(t.id));
    if (r.problems.length) return r.problems.map((x) => `click on ${t.id}: ${x}`);
  }
  return [];
}

async function languageSwitch(panel: Page, lang: Lang, notes: string[]): Promise<string[]> {
  const ready = await until(panel, (s) => ((s.health === 'ok' || s.health === 'partial') && s.pageKind === 'search' ? [] : [`header health ${q(s.health)}, page ${q(s.pageKind)}`]));
  if (ready.problems.length) return ready.problems;
  await panel.click('[data-testid="tab-prices"]');
  const bands = await until(panel, tabFilled('prices'));
  if (bands.problems.length) return bands.problems;
  if (!(await panel.$('#view-prices [data-testid="price-bands"]'))) return ['the Prices tab of a search page shows no price bands'];
  const other: Lang = lang === 'en' ? 'zh_CN' : 'en';
  const want = messages(other);
  await panel.selectOption('[data-testid="language"]', other);
  const switched = await until(panel, (s) => {
    const prices = s.tabs.find((t) => t.id === 'prices')?.label;
    return prices === want.wsViewPrices?.message && s.heading === want.bandsHeadingSearch?.message && s.lang.startsWith(other === 'en' ? 'en' : 'zh')
      ? []
      : [`after choosing ${other}: Prices tab ${q(prices)}, heading ${q(s.heading)}, html lang ${q(s.lang)}`];
  });
  if (switched.problems.length) return switched.problems;
  notes.push(`switched ${lang} → ${other}: “${switched.last.tabs.map((t) => t.label).join(' · ')}”`);
  if (other === 'zh_CN') await panel.screenshot({ path: join(SCREENSHOTS, 'panel-prices-zh.png') });
  // Back to following the browser, so later cases see the browser's language.
  await panel.selectOption('[data-testid="language"]', 'auto');
  const back = await until(panel, (s) => (s.tabs.find((t) => t.id === 'prices')?.label === messages(lang).wsViewPrices?.message ? [] : [`after auto: ${q(s.tabs.map((t) => t.label))}`]));
  return back.problems;
}

async function blocked(panel: Page, lang: Lang): Promise<string[]> {
  const m = messages(lang);
  const r = await until(panel, (s) => (s.health === 'blocked' ? [] : [`header health ${q(s.health)}, want blocked`]));
  if (r.problems.length) return r.problems;
  await panel.click('[data-testid="tab-prices"]');
  const prices = await until(panel, (s) => [...tabFilled('prices')(s), ...(s.heading === m.blockedTitle?.message ? [] : [`heading ${q(s.heading)}, want ${q(m.blockedTitle?.message)}`])]);
  if (lang === 'zh_CN') await panel.screenshot({ path: join(SCREENSHOTS, 'panel-blocked-zh.png') });
  return prices.problems;
}

/**
 * Opens the panel afresh OPENS times on the already-read product: first contentful paint
 * (the header and tab bar) and the moment the header shows the read (the stored read out of
 * IndexedDB and rendered), both from navigation start. Reported, not asserted.
 */
async function firstPaint(panel: Page, notes: string[]): Promise<string[]> {
  const ready = await until(panel, (s) => (s.health === 'ok' || s.health === 'partial' ? [] : [`header health ${q(s.health)}`]));
  if (ready.problems.length) return ready.problems;
  const url = panel.url();
  const fcp: number[] = [];
  const shown: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const page = await panel.context().newPage();
    try {
      await page.goto(url, { waitUntil: 'commit' });
      // Polled inside the page, so the time is the page's own clock, not a round trip's.
      const t = (await page.evaluate(`new Promise((resolve) => {
        const poll = () => {
          const h = document.querySelector('[data-testid="ws-header"]');
          if (h && (h.dataset.health === 'ok' || h.dataset.health === 'partial')) resolve(performance.now());
          else setTimeout(poll, 2);
        };
        poll();
      })`)) as number;
      shown.push(t);
      const paint = (await page.evaluate(`new Promise((resolve) => {
        const get = () => performance.getEntriesByName('first-contentful-paint')[0];
        const e = get();
        if (e) return resolve(e.startTime);
        new PerformanceObserver(() => resolve(get() ? get().startTime : -1)).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(-1), 3000);
      })`)) as number;
      if (paint >= 0) fcp.push(paint);
    } finally {
      await page.close();
    }
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.floor(s.length / 2)]! : NaN;
  };
  notes.push(
    `first paint (reported, not asserted; ${OPENS} opens): first-contentful-paint median ${median(fcp).toFixed(0)} ms (min ${Math.min(...fcp).toFixed(0)}, max ${Math.max(...fcp).toFixed(0)}), ` +
      `read shown in the header median ${median(shown).toFixed(0)} ms (min ${Math.min(...shown).toFixed(0)}, max ${Math.max(...shown).toFixed(0)})`,
  );
  return fcp.length ? [] : ['no first-contentful-paint entry in any open'];
}

const OPTIONS_JS = `(() => {
  const q = (s) => document.querySelector(s);
  return {
    h1: ((q('h1') || {}).textContent || '').trim(),
    sections: [...document.querySelectorAll('section.card > h2')].map((h) => (h.textContent || '').trim()),
    limits: [...document.querySelectorAll('[data-limit]')].map((r) => r.dataset.limit + '@' + r.dataset.asOf),
    clear: !!q('[data-testid="clear"]'),
    rates: !!q('[data-testid="rates-section"]'),
    data: !!q('[data-testid="data-tools"]'),
    lang: document.documentElement.lang,
  };
})()`;

interface OptionsState {
  h1: string;
  sections: string[];
  limits: string[];
  clear: boolean;
  rates: boolean;
  data: boolean;
  lang: string;
}

/** The options page (options_ui, opened in a tab): every section there, in the language, and its switch. */
async function optionsPage(panel: Page, lang: Lang, notes: string[]): Promise<string[]> {
  const m = messages(lang);
  const page = await panel.context().newPage();
  try {
    await page.goto(new URL('/options.html', panel.url()).href);
    const want = [m.wsLimitsHeading?.message, m.wsKeywordsHeading?.message, m.historyHeading?.message, m.groupsHeading?.message, m.ratesHeading?.message, m.dataHeading?.message, m.wsClearHeading?.message];
    const deadline = Date.now() + WAIT_MS;
    let s: OptionsState;
    for (;;) {
      s = (await page.evaluate(OPTIONS_JS)) as OptionsState;
      const missing = want.filter((h) => !s.sections.includes(h ?? ''));
      if ((!missing.length && s.limits.length > 10 && s.clear && s.rates && s.data) || Date.now() > deadline) {
        if (missing.length) return [`sections ${q(s.sections)}: missing ${q(missing)}`];
        if (s.limits.length <= 10 || !s.limits.every((l) => /@\d{4}/.test(l))) return [`rule limits ${q(s.limits)}: want each with an as-of date`];
        if (!s.clear || !s.rates || !s.data) return [`clear ${s.clear}, rates ${s.rates}, data tools ${s.data}`];
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (lang === 'en') await page.screenshot({ path: join(SCREENSHOTS, 'options-en.png') });
    const other: Lang = lang === 'en' ? 'zh_CN' : 'en';
    await page.selectOption('[data-testid="language"]', other);
    const otherLimits = messages(other).wsLimitsHeading?.message;
    const until2 = Date.now() + WAIT_MS;
    while (!((await page.evaluate(OPTIONS_JS)) as OptionsState).sections.includes(otherLimits ?? '')) {
      if (Date.now() > until2) return [`the options page did not switch to ${other}`];
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await page.selectOption('[data-testid="language"]', 'auto');
    notes.push(`options: ${s.sections.length} sections, ${s.limits.length} rule limits with as-of dates`);
    return [];
  } finally {
    await page.close();
  }
}

export interface BadgeDeps {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The tracked product's page (history.ts), and which version the server sends. */
  product: BrowserCase;
  setVersion(v: 1 | 2): void;
}

/**
 * The toolbar badge in the real browser: the tracked product revisited with a different
 * state (the server goes back to version 1) badges its tab; opening the panel on that tab
 * clears it. Run after the history case, which tracked the product and stored version 2.
 */
export async function checkBadge(d: BadgeDeps): Promise<{ problems: string[]; summary?: string }> {
  const ids = async () => (await d.worker.evaluate('chrome.tabs.query({}).then((ts) => ts.map((t) => t.id))')) as number[];
  const badge = async (tabId: number) => (await d.worker.evaluate(`chrome.action.getBadgeText({ tabId: ${tabId} })`)) as string;
  const poll = async (tabId: number, want: (text: string) => boolean): Promise<string> => {
    const deadline = Date.now() + WAIT_MS;
    let text = await badge(tabId);
    while (!want(text) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      text = await badge(tabId);
    }
    return text;
  };
  d.setVersion(1);
  const before = new Set(await ids());
  const site = await d.context.newPage();
  let panel: Page | undefined;
  try {
    await site.goto(d.product.url, { waitUntil: 'load', timeout: 30_000 });
    const tabId = (await ids()).find((id) => !before.has(id));
    if (tabId === undefined) return { problems: ['no new tab for the product page'] };
    const set = await poll(tabId, (text) => text !== '');
    if (set === '') return { problems: ['the revisit with a changed price did not badge the toolbar button'] };
    panel = await d.context.newPage();
    await panel.goto(`chrome-extension://${d.extensionId}/sidepanel.html?tabId=${tabId}`);
    const cleared = await poll(tabId, (text) => text === '');
    if (cleared !== '') return { problems: [`the badge ${q(cleared)} stayed after the panel showed the product`] };
    return { problems: [], summary: `badge ${q(set)} on the changed revisit, cleared when the panel showed it` };
  } finally {
    d.setVersion(2);
    await panel?.close();
    await site.close();
  }
}

/**
 * Keyboard only, from the top of the panel: Tab past the header's controls (language
 * switch, options link) until the tab list has focus; answers the focused element's test id.
 */
export async function tabToViewTabs(panel: Page, maxPresses = 6): Promise<string | undefined> {
  for (let i = 0; i < maxPresses; i++) {
    await panel.keyboard.press('Tab');
    const role = (await panel.evaluate('document.activeElement?.getAttribute("role")')) as string | null;
    if (role === 'tab') break;
  }
  return (await panel.evaluate('document.activeElement?.dataset?.testid')) as string | undefined;
}
