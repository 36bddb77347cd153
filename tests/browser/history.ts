import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { SNAPSHOT_CSV_COLUMNS } from '../../lib/export/snapshots-csv';
import { parseCsv } from '../cli/parse-csv';
import { HAVE_SHARED_FIXTURES, SHARED_FIXTURES } from '../support/shared-fixtures';
import type { ServedPage } from './page-server';
import { contentTypeFor, type BrowserCase } from './pages';
import { tabToViewTabs } from './workspace';

/**
 * The competitor-history case in the real extension, through the panel's data-* contract:
 * a product page served at one address in two versions (the price falls from £24.99 to
 * £19.99 between visits), tracked as "my product" in a new group after the first visit and
 * a US competitor tracked into that group; on the second visit (a new tab: a new visit) the
 * page view's "since your last visit" names the price change with before and after, the
 * Competitors view (reached by keyboard) has two timeline points, a chart, a text diff, and
 * the group comparison keeps GBP and USD apart until a rate is entered; exports download,
 * an export imports back, a broken one is refused with its path and changes nothing, old
 * snapshots are pruned. Then price bands of a search page: our own (worked out by hand in
 * the file, with the tracked product's price marked) and the real amazon.de "katzenfutter"
 * page (worked out by hand in tests/analyses/prices/real-search-pages.test.ts).
 */

const OWN = join(import.meta.dirname, '../fixtures/browser');
const WAIT_MS = 15_000;

export const PRODUCT_URL = 'https://www.amazon.co.uk/Listing-Lens-Test-Cat-Food/dp/B0TESTHIS1';
const RIVAL_URL = 'https://www.amazon.com/dp/B0TESTRIV1';
const SEARCH_URL = 'https://www.amazon.co.uk/s?k=cat+food';
const KATZENFUTTER_URL = 'https://www.amazon.de/s?k=katzenfutter';
const KATZENFUTTER_FILE = 'amazon/search/de-katzenfutter-parsy.html';
const GROUP = 'Browser test: cat food';
const TITLE = 'Listing Lens Test Cat Food, Chicken in Gravy, 12 x 85 g';
const RIVAL_TITLE = 'Listing Lens Test Rival Cat Food, Salmon, 24 x 100 g';

/** Bands of our search page (amazon-search-cat-food.html says how each was worked out). */
const OWN_BANDS: [from: number, to: number, count: number, kind: string][] = [
  [2, 4, 1, 'normal'], [4, 6, 1, 'normal'], [6, 8, 2, 'normal'], [8, 10, 4, 'crowded'], [10, 12, 1, 'normal'], [12, 14, 2, 'normal'],
  [14, 16, 0, 'empty'], [16, 18, 0, 'empty'], [18, 20, 1, 'normal'], [20, 22, 0, 'empty'], [22, 24, 1, 'normal'], [24, 89, 1, 'normal'],
];
/** amazon.de "katzenfutter": bands worked out by hand from the tiles' prices (real-search-pages.test.ts). */
const KATZENFUTTER_BANDS: [number, number, number, string][] = [
  [0, 5, 2, 'normal'], [5, 10, 9, 'normal'], [10, 15, 19, 'crowded'], [15, 20, 15, 'crowded'], [20, 25, 2, 'normal'],
  [25, 30, 3, 'normal'], [30, 35, 4, 'normal'], [35, 40, 3, 'normal'], [40, 45, 1, 'normal'],
];

export interface HistoryPages {
  /** Pages to serve besides the cases (the product's address answers with the current version). */
  served: ServedPage[];
  product: BrowserCase;
  rival: BrowserCase;
  search: BrowserCase;
  katzenfutter?: BrowserCase;
  /** Which version of the product page the server sends from now on. */
  setVersion(v: 1 | 2): void;
}

export function historyPages(cases: readonly BrowserCase[]): HistoryPages {
  const versions = { 1: readFileSync(join(OWN, 'amazon-tracked-product-v1.html')), 2: readFileSync(join(OWN, 'amazon-tracked-product-v2.html')) };
  let version: 1 | 2 = 1;
  const rivalBody = readFileSync(join(OWN, 'amazon-rival-product.html'));
  const search = cases.find((c) => c.url === SEARCH_URL);
  if (!search) throw new Error(`the history case needs the own search page at ${SEARCH_URL} among the cases`);
  const html = 'text/html; charset=utf-8';
  const kf = HAVE_SHARED_FIXTURES ? readFileSync(join(SHARED_FIXTURES, KATZENFUTTER_FILE)) : undefined;
  const katzenfutter: BrowserCase | undefined = kf && {
    name: 'search-de-katzenfutter-parsy',
    source: `${SHARED_FIXTURES}/${KATZENFUTTER_FILE}`,
    body: kf,
    url: KATZENFUTTER_URL,
    expect: { state: 'read', pageKind: 'search', fields: { marketplace: 'amazon', results: '60' } },
  };
  const product: BrowserCase = {
    name: 'own-amazon-tracked-product',
    source: 'tests/fixtures/browser/amazon-tracked-product-v1.html, -v2.html',
    body: versions[1],
    url: PRODUCT_URL,
    expect: { state: 'read', pageKind: 'product', fields: { id: 'B0TESTHIS1', title: TITLE } },
  };
  const rival: BrowserCase = {
    name: 'own-amazon-rival-product',
    source: 'tests/fixtures/browser/amazon-rival-product.html',
    body: rivalBody,
    url: RIVAL_URL,
    expect: { state: 'read', pageKind: 'product', fields: { id: 'B0TESTRIV1', title: RIVAL_TITLE } },
  };
  return {
    served: [
      { url: PRODUCT_URL, body: () => versions[version], contentType: html },
      { url: RIVAL_URL, body: rivalBody, contentType: html },
      ...(katzenfutter ? [{ url: KATZENFUTTER_URL, body: katzenfutter.body, contentType: contentTypeFor(katzenfutter.body) }] : []),
    ],
    product,
    rival,
    search,
    katzenfutter,
    setVersion(v) {
      version = v;
    },
  };
}

// Strings, not functions: tsx would wrap a function with helpers the page does not have.
const PAGE_JS = `(() => {
  const q = (s, root) => (root || document).querySelector(s);
  const qa = (s, root) => [...(root || document).querySelectorAll(s)];
  const text = (el) => ((el && el.textContent) || '').replace(/\\s+/g, ' ').trim();
  const page = q('#view-page');
  const tracking = q('[data-testid="tracking"]', page);
  const visit = q('[data-testid="since-last-visit"]', page);
  const bands = q('[data-testid="price-bands"]', page);
  return {
    price: (q('[data-field="price"]', page) || { dataset: {} }).dataset.value,
    title: (q('[data-field="title"]', page) || { dataset: {} }).dataset.value,
    results: (q('[data-field="results"]', page) || { dataset: {} }).dataset.value,
    role: tracking ? tracking.dataset.role : undefined,
    groups: qa('[data-testid="tracking-group"]', page).map((el) => ({ id: el.dataset.groupId, as: el.dataset.as, text: text(el) })),
    trackStatus: tracking ? (q('[data-testid="status"]', tracking) || { dataset: {} }).dataset.kind + ' ' + text(q('[data-testid="status"]', tracking)) : undefined,
    visitKind: visit ? visit.dataset.kind : undefined,
    visitText: text(visit),
    changes: qa('[data-testid="change"]', visit || document.createElement('div')).map((el) => ({
      field: el.dataset.changeField, kind: el.dataset.kind, before: el.dataset.before, after: el.dataset.after, pct: el.dataset.deltaPct, text: text(el),
      ins: qa('ins', el).map(text), del: qa('del', el).map(text),
    })),
    visitElements: visit ? qa('img, script, iframe, object, style', visit).length : 0,
    bands: bands ? { ...bands.dataset } : undefined,
    bandRows: qa('[data-testid="price-band"]', page).map((el) => [Number(el.dataset.from), Number(el.dataset.to), Number(el.dataset.count), el.dataset.kind, el.dataset.user || '']),
    bandsSvgTitle: text(q('[data-testid="price-bands"] svg title', page)),
    bandsUser: text(q('[data-testid="bands-user"]', page)),
  };
})()`;

const HISTORY_JS = `(() => {
  const q = (s, root) => (root || document).querySelector(s);
  const qa = (s, root) => [...(root || document).querySelectorAll(s)];
  const text = (el) => ((el && el.textContent) || '').replace(/\\s+/g, ' ').trim();
  const view = q('#view-history');
  const product = q('[data-testid="history-product"]', view);
  const chart = q('[data-testid="price-chart"]', view);
  const diff = q('[data-testid="snapshot-diff"]', view);
  const status = q('[data-testid="data-tools"] [data-testid="status"]', view);
  const storage = q('[data-testid="storage"]', view);
  return {
    visible: !!view && !view.hidden,
    selected: (q('[data-testid="tab-history"]') || { getAttribute: () => null }).getAttribute('aria-selected'),
    focused: document.activeElement ? document.activeElement.dataset.testid : undefined,
    productKey: product ? product.dataset.productKey : undefined,
    points: qa('[data-testid="timeline-point"]', view).map((el) => el.dataset.price),
    chartPoints: chart ? chart.dataset.points : undefined,
    chartTitle: text(q('svg title', chart || document.createElement('div'))),
    chartDesc: text(q('svg desc', chart || document.createElement('div'))),
    diffState: diff ? diff.dataset.state : undefined,
    diffFields: qa('[data-testid="change"]', diff || document.createElement('div')).map((el) => el.dataset.changeField),
    diffIns: qa('[data-testid="change"] ins', diff || document.createElement('div')).map(text),
    rows: qa('[data-testid="compare-row"]', view).map((el) => ({ ...el.dataset, text: text(el) })),
    basis: (q('[data-testid="group-comparison"]', view) || { dataset: {} }).dataset.basis,
    currencyNote: text(q('[data-testid="currency-note"]', view)),
    rates: qa('[data-testid="rate"]', view).map((el) => el.dataset.from + '>' + el.dataset.to + '=' + el.dataset.rate),
    suggest: qa('[data-testid="rate-suggest"]', view).map(text),
    groupBands: (q('[data-testid="group-section"] [data-testid="price-bands"]', view) || { dataset: {} }).dataset.count,
    status: status ? { what: status.dataset.what, kind: status.dataset.kind, text: text(status) } : undefined,
    storage: storage ? { ...storage.dataset } : undefined,
    elements: qa('.history img, .history script, .history iframe, .history object', view).length,
    promoSpans: qa('[data-testid="promo-span"]', view).map((el) => ({ type: el.dataset.type, kind: el.dataset.kind, goneBy: el.dataset.goneBy || '', priceBefore: el.dataset.priceBefore || '', text: text(el) })),
  };
})()`;

type PageSnap = {
  price?: string;
  title?: string;
  results?: string;
  role?: string;
  groups: { id: string; as: string; text: string }[];
  trackStatus?: string;
  visitKind?: string;
  visitText: string;
  changes: { field: string; kind: string; before?: string; after?: string; pct?: string; text: string; ins: string[]; del: string[] }[];
  visitElements: number;
  bands?: Record<string, string>;
  bandRows: [number, number, number, string, string][];
  bandsSvgTitle: string;
  bandsUser: string;
};
type HistorySnap = {
  promoSpans?: { type?: string; kind?: string; goneBy: string; priceBefore: string; text: string }[];
  visible: boolean;
  selected: string | null;
  focused?: string;
  productKey?: string;
  points: (string | undefined)[];
  chartPoints?: string;
  chartTitle: string;
  chartDesc: string;
  diffState?: string;
  diffFields: string[];
  diffIns: string[];
  rows: Record<string, string>[];
  basis?: string;
  currencyNote: string;
  rates: string[];
  suggest: string[];
  groupBands?: string;
  status?: { what?: string; kind?: string; text: string };
  storage?: Record<string, string>;
  elements: number;
};

async function until<S>(panel: Page, js: string, check: (s: S) => string[]): Promise<{ problems: string[]; last: S }> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const last = (await panel.evaluate(js)) as S;
    const problems = check(last);
    if (problems.length === 0 || Date.now() >= deadline) return { problems, last };
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
const onPage = (panel: Page, check: (s: PageSnap) => string[]) => until<PageSnap>(panel, PAGE_JS, check);
const onHistory = (panel: Page, check: (s: HistorySnap) => string[]) => until<HistorySnap>(panel, HISTORY_JS, check);
const q = (v: unknown) => JSON.stringify(v);

export interface Opened {
  site: Page;
  panel?: Page;
  failed?: string;
  logs: string[];
  errors: string[];
}

export interface HistoryCaseDeps {
  /** Opens the page in a new tab and the panel watching it (main.ts openWithPanel). */
  open(c: BrowserCase): Promise<Opened>;
  artifacts: string;
}

/** Runs the whole case; returns what is wrong (empty = pass) and a summary line. */
export async function checkHistoryCase(p: HistoryPages, deps: HistoryCaseDeps): Promise<{ problems: string[]; summary?: string }> {
  const notes: string[] = [];
  const steps: [string, () => Promise<string[]>][] = [
    ['first visit, track as my product', () => firstVisit(p, deps)],
    ['competitor in USD', () => trackRival(p, deps)],
    ['second visit', () => secondVisit(p, deps, notes)],
    ['search price bands', () => searchBands(p.search, deps, OWN_BANDS, { userBand: '8', userPrice: '19.99 GBP', count: '14', withoutPrice: '1', q: ['7.9225', '9.74', '13.68'] })],
  ];
  if (p.katzenfutter) {
    steps.push(['amazon.de katzenfutter price bands', () => searchBands(p.katzenfutter!, deps, KATZENFUTTER_BANDS, { count: '58', withoutPrice: '1', q: ['12.99', '14.68', '19.575'] })]);
  } else notes.push('katzenfutter bands skipped (no shared pages)');
  for (const [name, run] of steps) {
    const problems = await run();
    if (problems.length) return { problems: problems.map((x) => `${name}: ${x}`), summary: notes.join('; ') };
  }
  return { problems: [], summary: notes.join('; ') };
}

/**
 * Opens `c` with its panel, runs `body`, closes both: the page's console errors always count,
 * its logs too when something failed. Shared by the history, report and workspace cases.
 */
export async function withPanel(deps: Pick<HistoryCaseDeps, 'open'>, c: BrowserCase, body: (panel: Page, site: Page) => Promise<string[]>): Promise<string[]> {
  const opened = await deps.open(c);
  try {
    if (opened.failed || !opened.panel) return [opened.failed ?? 'no panel'];
    const problems = await body(opened.panel, opened.site);
    return problems.length ? [...problems, ...opened.errors, ...opened.logs] : opened.errors;
  } finally {
    await opened.panel?.close();
    await opened.site.close();
  }
}

function firstVisit(p: HistoryPages, deps: HistoryCaseDeps): Promise<string[]> {
  p.setVersion(1);
  return withPanel(deps, p.product, async (panel) => {
    let r = await onPage(panel, (s) => (s.title === TITLE && s.price === '24.99 GBP' && s.role === 'untracked' ? [] : [`title ${q(s.title)}, price ${q(s.price)}, role ${q(s.role)}; want the read at 24.99 GBP, untracked`]));
    if (r.problems.length) return r.problems;
    if (r.last.visitKind !== undefined) return [`an untracked product shows "since your last visit" (${r.last.visitKind})`];
    // A new group, by name; one click tracks it as mine.
    await panel.selectOption('[data-testid="tracking-group-select"]', '__new');
    await panel.fill('[data-testid="tracking-group-name"]', GROUP);
    await panel.click('[data-testid="track-mine"]');
    r = await onPage(panel, (s) => {
      const out: string[] = [];
      if (s.role !== 'mine') out.push(`role ${q(s.role)} after tracking, want mine (status ${q(s.trackStatus)})`);
      if (!s.groups.some((g) => g.as === 'mine' && g.text.includes(GROUP))) out.push(`groups ${q(s.groups)}, want ${q(GROUP)} as mine`);
      if (s.visitKind !== 'first') out.push(`"since your last visit" is ${q(s.visitKind)}, want first (tracked, one snapshot)`);
      return out;
    });
    await panel.screenshot({ path: join(deps.artifacts, 'history-tracked.png'), fullPage: true });
    return r.problems;
  });
}

function trackRival(p: HistoryPages, deps: HistoryCaseDeps): Promise<string[]> {
  return withPanel(deps, p.rival, async (panel) => {
    const r = await onPage(panel, (s) => (s.title === RIVAL_TITLE && s.role === 'untracked' ? [] : [`title ${q(s.title)}, role ${q(s.role)}`]));
    if (r.problems.length) return r.problems;
    // The group just made is the one chosen: one click.
    const chosen = await panel.inputValue('[data-testid="tracking-group-select"]');
    await panel.click('[data-testid="track-competitor"]');
    const after = await onPage(panel, (s) =>
      s.role === 'competitor' && s.groups.some((g) => g.as === 'competitor' && g.text.includes(GROUP)) ? [] : [`role ${q(s.role)}, groups ${q(s.groups)} (chosen ${q(chosen)}, status ${q(s.trackStatus)})`],
    );
    return after.problems;
  });
}

function secondVisit(p: HistoryPages, deps: HistoryCaseDeps, notes: string[]): Promise<string[]> {
  p.setVersion(2);
  return withPanel(deps, p.product, async (panel) => {
    const r = await onPage(panel, (s) => {
      const out: string[] = [];
      if (s.price !== '19.99 GBP') return [`price ${q(s.price)}, want the second version's 19.99 GBP`];
      if (s.visitKind !== 'changes') return [`"since your last visit" is ${q(s.visitKind)}, want changes`];
      const [first] = s.changes;
      if (first?.field !== 'price' || first.before !== '24.99 GBP' || first.after !== '19.99 GBP' || first.pct !== '-20.01') {
        out.push(`first change ${q(first)}, want price 24.99 GBP → 19.99 GBP (−20.01 %)`);
      }
      if (first && !(first.text.includes('£24.99') && first.text.includes('£19.99'))) out.push(`the price line reads ${q(first.text)}: it should name £24.99 and £19.99`);
      const fields = s.changes.map((c) => c.field);
      for (const f of ['rating', 'reviewCount', 'bullets[2]', 'promotions']) if (!fields.includes(f)) out.push(`no ${f} change among ${q(fields)}`);
      if (fields.includes('title') || fields.includes('listPrice')) out.push(`unchanged fields listed as changes: ${q(fields)}`);
      const bullet = s.changes.find((c) => c.field === 'bullets[2]');
      if (bullet && !(bullet.ins.some((x) => x.includes('preservatives')) && bullet.del.some((x) => x.includes('or')))) out.push(`bullet 3 diff ins ${q(bullet.ins)} del ${q(bullet.del)}`);
      if (s.visitElements) out.push('page text became elements in "since your last visit"');
      return out;
    });
    await panel.screenshot({ path: join(deps.artifacts, 'history-since-last-visit.png') });
    if (r.problems.length) return [...r.problems, `(summary text: ${r.last.visitText.slice(0, 300)})`];
    notes.push(`since last visit: ${r.last.changes.map((c) => c.field).join(', ')}`);
    return competitorsView(panel, deps, notes);
  });
}

async function competitorsView(panel: Page, deps: HistoryCaseDeps, notes: string[]): Promise<string[]> {
  // Keyboard only: Tab (past the header's controls) reaches the selected view tab, End selects the last, the Competitors view.
  const focused = await tabToViewTabs(panel);
  if (focused !== 'tab-page') return [`the first Tab stop is ${q(focused)}, want the page tab`];
  await panel.keyboard.press('End');
  let r = await onHistory(panel, (s) => {
    const out: string[] = [];
    if (!s.visible || s.selected !== 'true' || s.focused !== 'tab-history') return [`Competitors view visible ${s.visible}, selected ${q(s.selected)}, focus ${q(s.focused)}`];
    if (s.productKey !== 'amazon:B0TESTHIS1') out.push(`history of ${q(s.productKey)}, want the shown product amazon:B0TESTHIS1`);
    if (q(s.points) !== q(['19.99 GBP', '24.99 GBP'])) out.push(`timeline points ${q(s.points)}, want 19.99 GBP then 24.99 GBP (newest first)`);
    if (s.chartPoints !== '2') out.push(`chart with ${q(s.chartPoints)} points, want 2`);
    if (!s.chartTitle.includes('GBP') || !s.chartDesc.includes('£24.99') || !s.chartDesc.includes('£19.99')) out.push(`chart title/desc ${q(s.chartTitle)} / ${q(s.chartDesc)}`);
    if (s.diffState !== 'ok' || s.diffFields[0] !== 'price' || !s.diffIns.some((x) => x.includes('preservatives'))) out.push(`snapshot diff ${s.diffState}: ${q(s.diffFields)} ins ${q(s.diffIns)}`);
    if (s.rows.length !== 2) out.push(`group comparison has ${s.rows.length} rows, want 2`);
    const mine = s.rows.find((x) => x.as === 'mine');
    if (mine && (mine.standingReason !== 'nothing-to-compare' || mine.price !== '19.99 GBP')) out.push(`my row ${q(mine)}: want 19.99 GBP with nothing to compare (USD kept apart)`);
    if (!s.suggest.includes('USD→GBP')) out.push(`rate suggestions ${q(s.suggest)}, want USD→GBP`);
    // 活动复盘: the voucher of the second visit, first seen then, still shown, the price before it £24.99.
    const spans = s.promoSpans ?? [];
    if (spans.length !== 1 || spans[0]!.kind !== 'coupon' || spans[0]!.goneBy !== '' || spans[0]!.priceBefore !== '24.99 GBP' || !spans[0]!.text.includes('Apply £2 voucher')) {
      out.push(`promotion history ${q(spans)}, want one coupon "Apply £2 voucher" still shown, price before 24.99 GBP`);
    }
    if (s.elements) out.push('page text became elements in the Competitors view');
    return out;
  });
  await panel.screenshot({ path: join(deps.artifacts, 'history-view.png'), fullPage: true });
  if (r.problems.length) return r.problems;

  // An exchange rate through the editor (settings-save): GBP and USD are compared.
  await panel.click('[data-testid="rate-suggest"]');
  await panel.fill('[data-testid="rate-value"]', '0.79');
  await panel.click('[data-testid="rate-save"]');
  r = await onHistory(panel, (s) => {
    const mine = s.rows.find((x) => x.as === 'mine');
    const rival = s.rows.find((x) => x.as === 'competitor');
    const want = { rank: '1', of: '2', percentile: '50', gapMedian: '-10.91', gapCheapest: '0' };
    const wantRival = { rank: '2', of: '2', percentile: '100', gapMedian: '10.91', gapCheapest: '24.49' };
    const pick = (x?: Record<string, string>) => x && { rank: x.rank, of: x.of, percentile: x.percentile, gapMedian: x.gapMedian, gapCheapest: x.gapCheapest };
    const out: string[] = [];
    if (q(s.rates) !== q(['USD>GBP=0.79'])) out.push(`rates ${q(s.rates)}, want USD>GBP=0.79`);
    if (q(pick(mine)) !== q(want)) out.push(`my standing ${q(pick(mine))}, want ${q(want)} (£19.99 vs $31.50 × 0.79 = £24.885)`);
    if (q(pick(rival)) !== q(wantRival)) out.push(`competitor standing ${q(pick(rival))}, want ${q(wantRival)} ($31.50 vs £19.99 / 0.79 = $25.3038)`);
    return out;
  });
  if (r.problems.length) return r.problems;
  await panel.click('[data-testid="basis-unit"]');
  r = await onHistory(panel, (s) => {
    const mine = s.rows.find((x) => x.as === 'mine');
    const rival = s.rows.find((x) => x.as === 'competitor');
    const got = [s.basis, mine?.unitPrice, mine?.rank, rival?.unitPrice, rival?.rank];
    // £19.99 / 1020 g × 100 = £1.9598; $31.50 / 2400 g × 100 = $1.3125 (£1.0369): mine is the dearer per 100 g.
    return q(got) === q(['unit', '1.9598 GBP', '2', '1.3125 USD', '1']) ? [] : [`by unit price ${q(got)}, want unit, 1.9598 GBP rank 2, 1.3125 USD rank 1`];
  });
  if (r.problems.length) return r.problems;
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: join(deps.artifacts, 'history-view-dark.png'), fullPage: true });
  await panel.emulateMedia({ colorScheme: 'light' });
  return dataTools(panel, notes);
}

async function dataTools(panel: Page, notes: string[]): Promise<string[]> {
  const out: string[] = [];
  const json = await downloaded(panel, '[data-testid="export-json"]');
  if (typeof json === 'string') return [json];
  if (!/^listing-lens-\d{4}-\d{2}-\d{2}\.json$/.test(json.name)) out.push(`JSON export named ${q(json.name)}`);
  let envelope: { format?: string; tables?: { snapshots?: { productKey: string; readAtMs: number }[]; groups?: { name: string }[]; settings?: { exchangeRates: unknown[] } } };
  try {
    envelope = JSON.parse(json.bytes.toString('utf8'));
  } catch (err) {
    return [`the JSON export does not parse: ${String(err).slice(0, 200)}`];
  }
  const ours = envelope.tables?.snapshots?.filter((s) => s.productKey === 'amazon:B0TESTHIS1') ?? [];
  if (envelope.format !== 'listing-lens' || ours.length !== 2) out.push(`JSON export format ${q(envelope.format)} with ${ours.length} snapshots of the product, want listing-lens with 2`);
  if (!envelope.tables?.groups?.some((g) => g.name === GROUP) || envelope.tables?.settings?.exchangeRates.length !== 1) out.push('the JSON export lacks the group or the exchange rate');

  const csv = await downloaded(panel, '[data-testid="export-csv"]');
  if (typeof csv === 'string') return [...out, csv];
  if (!/^listing-lens-snapshots-\d{4}-\d{2}-\d{2}\.csv$/.test(csv.name)) out.push(`CSV export named ${q(csv.name)}`);
  if (!(csv.bytes[0] === 0xef && csv.bytes[1] === 0xbb && csv.bytes[2] === 0xbf)) out.push('the CSV export does not start with the UTF-8 BOM');
  const records = parseCsv(new TextDecoder('utf-8').decode(csv.bytes)).records;
  if (q(records[0]) !== q([...SNAPSHOT_CSV_COLUMNS])) out.push(`CSV header ${q(records[0])}`);
  const rows = records.filter((x) => x[0] === 'amazon:B0TESTHIS1').map((x) => x[SNAPSHOT_CSV_COLUMNS.indexOf('price')]);
  if (q(rows) !== q(['24.99', '19.99'])) out.push(`CSV prices of the product ${q(rows)}, want 24.99 then 19.99`);
  if (out.length) return out;

  // The export imports back (idempotent: nothing new), through import-data.
  await panel.setInputFiles('[data-testid="import-file"]', { name: json.name, mimeType: 'application/json', buffer: json.bytes });
  let r = await onHistory(panel, (s) =>
    s.status?.what === 'import' && s.status.kind === 'done' && s.status.text.includes('Imported. Rows added: 0,') ? [] : [`import status ${q(s.status)}, want done with 0 added`],
  );
  if (r.problems.length) return r.problems;
  const before = r.last.storage?.snapshots;
  // A broken file: refused with the path the background names, and nothing changes.
  const broken = JSON.parse(json.bytes.toString('utf8')) as { tables: { snapshots: { readAtMs: number }[] } };
  broken.tables.snapshots[0]!.readAtMs += 1;
  await panel.setInputFiles('[data-testid="import-file"]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  r = await onHistory(panel, (s) =>
    s.status?.what === 'import' && s.status.kind === 'failed' && s.status.text.includes('tables.snapshots[0].readAtMs') ? [] : [`broken import status ${q(s.status)}, want failed naming tables.snapshots[0].readAtMs`],
  );
  if (r.problems.length) return r.problems;
  notes.push(`broken import: ${r.last.status!.text.slice(0, 120)}`);
  r = await onHistory(panel, (s) =>
    s.storage?.snapshots === before && q(s.points) === q(['19.99 GBP', '24.99 GBP']) && Number(s.storage?.usage) > 0
      ? []
      : [`after the refused import: storage ${q(s.storage)} (snapshots before ${before}), points ${q(s.points)}`],
  );
  if (r.problems.length) return r.problems;

  // Persistent storage, asked from the panel (a window).
  await panel.click('[data-testid="persist"]');
  r = await onHistory(panel, (s) => (s.status?.what === 'persist' && s.status.kind === 'done' ? [] : [`persist status ${q(s.status)}`]));
  if (r.problems.length) return r.problems;
  notes.push(`persist: ${r.last.status!.text}`);

  // Pruning to one snapshot per product: the older price goes, the newest stays.
  await panel.fill('[data-testid="prune-keep"]', '1');
  await panel.click('[data-testid="prune-keep-go"]');
  await panel.click('[data-testid="prune-confirm-go"]');
  r = await onHistory(panel, (s) =>
    s.status?.what === 'prune' && s.status.kind === 'done' && q(s.points) === q(['19.99 GBP']) ? [] : [`after pruning: status ${q(s.status)}, points ${q(s.points)}; want done and only 19.99 GBP`],
  );
  return r.problems;
}

async function searchBands(
  c: BrowserCase,
  deps: HistoryCaseDeps,
  want: [number, number, number, string][],
  expect: { count: string; withoutPrice: string; q: [string, string, string]; userBand?: string; userPrice?: string },
): Promise<string[]> {
  return withPanel(deps, c, async (panel, site) => {
    const r = await onPage(panel, (s) => {
      const out: string[] = [];
      if (!s.bands) return [`no price bands on the page view (results ${q(s.results)})`];
      const got = s.bandRows.map(([from, to, count, kind]) => [from, to, count, kind]);
      if (q(got) !== q(want)) out.push(`bands ${q(got)}, want ${q(want)}`);
      const b = s.bands;
      const meta = [b.count, b.withoutPrice, b.q1, b.q2, b.q3];
      if (q(meta) !== q([expect.count, expect.withoutPrice, ...expect.q])) out.push(`count, without price, quartiles ${q(meta)}, want ${q([expect.count, expect.withoutPrice, ...expect.q])}`);
      if (b.userBand !== expect.userBand || b.userPrice !== expect.userPrice) out.push(`user band ${q(b.userBand)} at ${q(b.userPrice)}, want ${q(expect.userBand)} at ${q(expect.userPrice)}`);
      if (expect.userBand !== undefined && s.bandRows[Number(expect.userBand)]?.[4] !== 'true') out.push('the user band row is not marked');
      if (expect.userBand !== undefined && !s.bandsUser.includes(GROUP)) out.push(`the user's price note reads ${q(s.bandsUser)}`);
      if (!s.bandsSvgTitle) out.push('the histogram has no <title>');
      return out;
    });
    await panel.screenshot({ path: join(deps.artifacts, `bands-${c.name}.png`), fullPage: true });
    if (r.problems.length) return r.problems;
    // Independent of our reader: the page's own result tiles, distinct ASINs = priced + unpriced.
    const asins = (await site.evaluate(`new Set([...document.querySelectorAll('[data-component-type="s-search-result"][data-asin]')].map((e) => e.dataset.asin).filter(Boolean)).size`)) as number;
    const banded = Number(r.last.bands!.count) + Number(r.last.bands!.withoutPrice) + Number(r.last.bands!.excluded);
    return asins === banded ? [] : [`the page has ${asins} distinct products, the bands account for ${banded}`];
  });
}

interface DownloadedFile {
  name: string;
  bytes: Buffer;
}

async function downloaded(panel: Page, button: string): Promise<DownloadedFile | string> {
  let download: Download;
  try {
    [download] = await Promise.all([panel.waitForEvent('download', { timeout: WAIT_MS }), panel.click(button)]);
  } catch (err) {
    return `clicking ${button} started no download: ${String(err).slice(0, 200)}`;
  }
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}
