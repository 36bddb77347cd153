// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { storePageRead } from '../../lib/db';
import { PageReadSchema, type PageRead } from '../../lib/schema';
import { productRead, searchRead } from '../db/fixtures/sample-reads';
import { fakeFabe, HOSTILE, throwing } from './fabe-fixtures';
import { click, mountFabe, type MountedFabe } from './fabe-harness';
import { i18nFor } from './render';
import { csvObjects, parseCsv } from '../cli/parse-csv';

let m: MountedFabe | undefined;
afterEach(() => {
  m?.cleanup();
  m = undefined;
  document.body.replaceChildren();
});

const T0 = Date.parse('2026-11-26T08:00:00Z');
const mug = (overrides: Partial<PageRead> = {}, product: Partial<NonNullable<PageRead['product']>> = {}) =>
  productRead({ url: 'https://www.amazon.com/dp/B0TESTFABE', readAt: '2026-11-26T08:00:00.000Z', ...overrides }, {
    id: 'B0TESTFABE',
    title: 'Listing Lens Test Travel Mug, 16 oz',
    bullets: ['Made of 304 stainless steel', 'Keeps drinks hot for 12 hours'],
    ...product,
  });
const competitor = (id: string, bullets: string[], overrides: Partial<PageRead> = {}) =>
  productRead({ url: `https://www.amazon.com/dp/${id}`, readAt: '2026-11-25T08:00:00.000Z', ...overrides }, { id, title: `Competitor ${id}`, bullets });

const q = (root: ParentNode, sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel));
const section = (m: MountedFabe, id: 'table' | 'gap' | 'drafts') => m.root.querySelector<HTMLElement>(`[data-testid="fabe-${id}"]`)!;

describe('FABE view: what it shows without a product', () => {
  it('asks for a product page when the tab has no read', () => {
    m = mountFabe({ analyses: fakeFabe });
    expect(m.fabe().dataset.state).toBe('no-product');
    expect(m.fabe().textContent).toContain('Open a product page on Amazon, Taobao, Tmall or JD');
  });

  it('explains that a search page is not a product (its results become competitors)', () => {
    m = mountFabe({ read: searchRead(), analyses: fakeFabe, i18n: i18nFor('zh_CN') });
    expect(m.fabe().dataset.state).toBe('no-product');
    expect(m.fabe().textContent).toContain('此页面不是商品页');
  });
});

describe('FABE view: the table', () => {
  it('groups statements by part, each with its source, cue and part as data-*', () => {
    m = mountFabe({ read: mug(), analyses: fakeFabe });
    expect(m.fabe().dataset).toMatchObject({ state: 'product', productId: 'B0TESTFABE', marketplace: 'amazon' });
    const groups = q(m.root, '[data-testid="fabe-group"]').map((g) => [g.dataset.part, g.dataset.count]);
    expect(groups).toEqual([['F', '2'], ['A', '1'], ['B', '2'], ['E', '2'], ['none', '1']]);
    const first = m.root.querySelector<HTMLElement>('.fabe-groups [data-testid="statement"][data-statement-id="s1"]')!;
    expect(first.dataset).toMatchObject({ part: 'F', origin: 'bullet', index: '0' });
    expect(first.querySelector('[data-testid="statement-source"]')?.textContent).toBe('Bullet 1');
    expect(first.querySelector('[data-testid="statement-cue"]')?.textContent).toBe('why: made of');
    const spec = m.root.querySelector<HTMLElement>('.fabe-groups [data-statement-id="s5"]')!;
    expect([spec.dataset.origin, spec.dataset.specName, spec.querySelector('[data-testid="statement-source"]')?.textContent]).toEqual(['spec', 'Material', 'Spec “Material”']);
    const review = m.root.querySelector<HTMLElement>('.fabe-groups [data-statement-id="s7"] [data-testid="statement-source"]')!;
    expect(review.textContent).toBe('Review · 2026-01-20 · 1★');
  });

  it('shows chains strongest first: theme, F → A → B, evidence chips, unsupported and contradicted marks', () => {
    m = mountFabe({ read: mug(), analyses: fakeFabe });
    const chains = q(m.root, '[data-testid="chain"]');
    expect(chains.map((c) => [c.dataset.theme, c.dataset.unsupported, c.dataset.contradicted])).toEqual([
      ['insulation', 'false', 'false'],
      ['lid', 'true', 'true'],
    ]);
    const [insulation, lid] = chains as [HTMLElement, HTMLElement];
    expect(q(insulation, '.fabe-step').map((s) => [s.dataset.part, q(s, '[data-testid="statement"]').length])).toEqual([['F', 2], ['A', 1], ['B', 1]]);
    expect(q(insulation, '[data-testid="evidence"]').map((e) => [e.dataset.kind, e.dataset.stance, e.dataset.origin])).toEqual([
      ['certification', 'supports', 'bullet'],
      ['rating', 'supports', undefined],
    ]);
    expect(insulation.querySelector('[data-testid="evidence-warning"]')?.textContent).toBe('FDA approved needs a document');
    expect(lid.querySelector('[data-testid="chain-unsupported"]')?.textContent).toBe('No evidence');
    const quote = lid.querySelector<HTMLElement>('[data-testid="evidence"]')!;
    expect(quote.dataset.stance).toBe('contradicts');
    expect(quote.querySelector('.chip-kind')?.textContent).toBe('✗ contradicts · Review · 2026-01-20 · 1★');
    expect(quote.textContent).toContain('The lid leaked and the tea was cold by noon');
  });

  it('puts page text in as text: markup in a statement never becomes elements', () => {
    m = mountFabe({ read: mug(), analyses: fakeFabe });
    expect(m.root.querySelectorAll('img, script, iframe')).toHaveLength(0);
    expect(m.root.querySelector('[data-statement-id="s6"] .fabe-stmt-text')?.textContent).toBe(HOSTILE);
  });

  it('says when the listing has neither bullet points nor a description', () => {
    m = mountFabe({ read: mug({}, { bullets: undefined, description: '  ' }), analyses: fakeFabe });
    expect(m.root.querySelector('[data-testid="fabe-thin"]')?.textContent).toContain('no bullet points or description');
    m.cleanup();
    m = mountFabe({ read: mug(), analyses: fakeFabe });
    expect(m.root.querySelector('[data-testid="fabe-thin"]')).toBeNull();
  });

  it('speaks Chinese: headings, parts, sources', () => {
    m = mountFabe({ read: mug(), analyses: fakeFabe, i18n: i18nFor('zh_CN') });
    expect(section(m, 'table').querySelector('h2')?.textContent).toBe('FABE 卖点表');
    expect(m.root.querySelector('#fabe-part-F')?.textContent).toContain('F · 特征');
    expect(m.root.querySelector('.fabe-groups [data-statement-id="s1"] [data-testid="statement-source"]')?.textContent).toBe('要点 1');
    expect(m.root.querySelector('.fabe-groups [data-statement-id="s5"] [data-testid="statement-source"]')?.textContent).toBe('参数「Material」');
    expect(m.root.querySelector('[data-testid="chain-unsupported"]')?.textContent).toBe('无证据支撑');
    expect(section(m, 'gap').querySelector('h2')?.textContent).toBe('差距矩阵：谁宣传了什么');
  });
});

describe('FABE view: each analysis isolated', () => {
  it('a failing gap matrix shows its error; the table and the drafts still render', () => {
    m = mountFabe({ read: mug(), analyses: throwing('gapMatrix') });
    expect([section(m, 'table').dataset.status, section(m, 'gap').dataset.status, section(m, 'drafts').dataset.status]).toEqual(['ok', 'error', 'ok']);
    expect(section(m, 'gap').querySelector('[role="alert"]')?.textContent).toBe('This analysis failed: boom: analysis exploded');
    expect(q(m.root, '[data-testid="statement"]').length).toBeGreaterThan(0);
    expect(q(m.root, '[data-testid="selling-point"]').length).toBeGreaterThan(0);
  });

  it('failing drafts show their error; the table and the matrix still render', () => {
    m = mountFabe({ read: mug(), analyses: throwing('sellingPointDrafts') });
    expect([section(m, 'table').dataset.status, section(m, 'gap').dataset.status, section(m, 'drafts').dataset.status]).toEqual(['ok', 'ok', 'error']);
    expect(m.root.querySelector('[data-testid="gap-matrix"]')).not.toBeNull();
  });

  it('a failing table shows its error, and the sections built on it say why they are empty', () => {
    m = mountFabe({ read: mug(), analyses: throwing('buildFabeTable'), i18n: i18nFor('zh_CN') });
    expect([section(m, 'table').dataset.status, section(m, 'gap').dataset.status, section(m, 'drafts').dataset.status]).toEqual(['error', 'skipped', 'skipped']);
    expect(section(m, 'table').querySelector('[role="alert"]')?.textContent).toBe('此项分析出错：boom: analysis exploded');
    expect(section(m, 'gap').textContent).toContain('需要卖点表');
  });

  it('a competitor whose table fails is named, and the matrix is built from the others', async () => {
    const analyses = { ...fakeFabe, buildFabeTable: (read: PageRead) => {
      if (read.product?.id === 'B0BROKEN01') throw new Error('cannot parse this one');
      return fakeFabe.buildFabeTable(read);
    } };
    m = mountFabe({ read: mug(), analyses });
    await storePageRead(m.db, 2, competitor('B0BROKEN01', ['Battery lasts long']), new Date(T0));
    await storePageRead(m.db, 3, competitor('B0GOOD0001', ['Lid seals tight']), new Date(T0));
    await expect.poll(() => m!.root.querySelector('[data-testid="gap-failed"]')?.textContent).toBe('Could not analyse: B0BROKEN01 (cannot parse this one)');
    expect(q(m.root, '[data-testid="gap-matrix"] tbody tr').map((r) => r.dataset.productId)).toEqual(['B0TESTFABE', 'B0GOOD0001']);
  });
});

describe('FABE view: the gap matrix and its competitors', () => {
  it('compares with the open search’s opened results (in result order), then recent products; never itself, other languages or marketplaces', async () => {
    m = mountFabe({ read: mug(), analyses: fakeFabe });
    await expect.poll(() => m!.root.querySelector('[data-testid="gap-no-competitors"]')).not.toBeNull();
    const search = searchRead({
      url: 'https://www.amazon.com/s?k=travel+mug',
      results: [
        { position: 1, id: 'B0SEARCH02', title: 'Mug two', sponsored: true },
        { position: 2, id: 'B0TESTFABE', title: 'Mine', sponsored: false },
        { position: 3, id: 'B0SEARCH01', title: 'Mug one', sponsored: false },
        { position: 4, id: 'B0NEVEROPN', title: 'Not opened', sponsored: false },
      ],
    });
    await storePageRead(m.db, 10, search, new Date(T0));
    // Read in this order: the recent list is newest first, the search list is by position.
    await storePageRead(m.db, 11, competitor('B0SEARCH01', ['Lid seals tight'], { readAt: '2026-11-25T08:00:00.000Z' }), new Date(T0));
    await storePageRead(m.db, 12, competitor('B0SEARCH02', ['Handle folds flat'], { readAt: '2026-11-25T09:00:00.000Z' }), new Date(T0));
    await storePageRead(m.db, 13, competitor('B0RECENT01', ['Insulation keeps heat'], { readAt: '2026-11-25T10:00:00.000Z' }), new Date(T0));
    await storePageRead(m.db, 14, competitor('B0GERMAN01', ['Deckel dicht'], { readAt: '2026-11-25T11:00:00.000Z', url: 'https://www.amazon.de/dp/B0GERMAN01', locale: 'de-DE' }), new Date(T0));
    await storePageRead(m.db, 15, PageReadSchema.parse({ ...competitor('100012345678', ['京东保温杯']), marketplace: 'jd', url: 'https://item.jd.com/100012345678.html' }), new Date(T0));
    await storePageRead(m.db, 16, mug({ readAt: '2026-11-25T12:00:00.000Z' }), new Date(T0));

    const rows = () => q(m!.root, '[data-testid="gap-matrix"] tbody tr').map((r) => [r.dataset.productId, r.dataset.mine, r.dataset.source]);
    await expect.poll(rows).toEqual([
      ['B0TESTFABE', 'true', 'page'],
      ['B0SEARCH02', 'false', 'search'],
      ['B0SEARCH01', 'false', 'search'],
      ['B0RECENT01', 'false', 'recent'],
    ]);
    const matrix = m.root.querySelector<HTMLElement>('[data-testid="gap-matrix"]')!;
    expect(q(matrix, 'thead th[data-theme]').map((th) => th.dataset.theme)).toEqual(['lid', 'insulation', 'handle']);
    // Mine claims lid (B, E) and insulation (F, A, B, E); the handle only a competitor claims.
    const mine = matrix.querySelector<HTMLElement>('tr[data-mine="true"]')!;
    expect(q(mine, 'td').map((td) => [td.dataset.theme, td.dataset.parts, td.classList.contains('fabe-gap-missing')])).toEqual([
      ['lid', 'B E', false],
      ['insulation', 'F A B E', false],
      ['handle', '', true],
    ]);
    expect(mine.classList.contains('fabe-mine')).toBe(true);
    expect(q(m.root, '[data-testid="gap-missing"] [data-theme]').map((li) => li.dataset.theme)).toEqual(['handle']);
    expect(m.root.querySelector<HTMLElement>('[data-testid="gap-only-mine"]')?.dataset.count).toBe('0');
    expect(matrix.querySelector('tr[data-product-id="B0SEARCH02"] th')?.textContent).toContain('search #1');
    expect(m.root.querySelector('[data-testid="fabe-gap"]')?.textContent).toContain('Results of the open search not opened yet: 1');
  });
});

describe('FABE view: drafts and exports', () => {
  it('copies a selling point and says so on that draft', async () => {
    m = mountFabe({ read: mug(), analyses: fakeFabe });
    const drafts = q(m.root, '[data-testid="selling-point"]');
    expect(drafts.map((d) => [d.dataset.chainId, d.dataset.rulesPassed])).toEqual([['c-lid', 'true'], ['c-insulation', 'false']]);
    expect(drafts[1]!.textContent).toContain('Check the wording');
    await click(drafts[0]!.querySelector('[data-testid="copy-selling-point"]'));
    expect(m.copy).toHaveBeenCalledWith('Commuters: coffee still hot at 4 pm — SGS-tested 304 steel');
    expect(drafts[0]!.querySelector('button')?.textContent).toBe('Copied');
    expect(drafts[1]!.querySelector('button')?.textContent).toBe('Copy');
    expect(m.root.querySelector<HTMLElement>('[data-testid="fabe-export-status"]')?.dataset).toMatchObject({ value: 'copied', what: 'selling-point' });
  });

  it('downloads the table as CSV with a byte order mark, and copies it without one', async () => {
    m = mountFabe({ read: mug(), analyses: fakeFabe });
    await click(m.root.querySelector('[data-testid="download-table-csv"]'));
    expect(m.download).toHaveBeenCalledTimes(1);
    const [fileName, text, type] = m.download.mock.calls[0]!;
    expect([fileName, type]).toEqual(['fabe-amazon-B0TESTFABE.csv', 'text/csv;charset=utf-8']);
    const parsed = parseCsv(text);
    expect(parsed.bom).toBe(true);
    const rows = csvObjects(text);
    expect(rows.find((r) => r.text?.includes('随时随地'))).toMatchObject({ theme: 'insulation', part: 'B', source: 'Bullet 3', text: `'=Fill it at breakfast and your coffee is still hot, "even on long days", 随时随地` });
    expect(m.root.querySelector('[data-testid="fabe-export-status"]')?.textContent).toBe('Downloading fabe-amazon-B0TESTFABE.csv');

    await click(m.root.querySelector('[data-testid="copy-table-csv"]'));
    const copied = m.copy.mock.calls.at(-1)![0];
    expect(copied.startsWith('\uFEFF')).toBe(false);
    expect(csvObjects(copied)).toEqual(rows);
  });

  it('downloads the gap matrix as Markdown and as CSV', async () => {
    m = mountFabe({ read: mug(), analyses: fakeFabe });
    await click(m.root.querySelector('[data-testid="download-gap-md"]'));
    await click(m.root.querySelector('[data-testid="download-gap-csv"]'));
    const [md, csv] = m.download.mock.calls as [[string, string, string], [string, string, string]];
    expect([md[0], md[2]]).toEqual(['fabe-gap-amazon-B0TESTFABE.md', 'text/markdown;charset=utf-8']);
    expect(md[1]).toContain('| Product | lid | insulation |');
    expect(csvObjects(csv[1])).toEqual([{ productId: 'B0TESTFABE', title: 'Listing Lens Test Travel Mug, 16 oz', mine: 'yes', lid: 'B+E', insulation: 'F+A+B+E' }]);
  });

  it('says when copying failed', async () => {
    m = mountFabe({ read: mug(), analyses: fakeFabe });
    m.copy.mockRejectedValueOnce(new Error('Document is not focused.'));
    await click(m.root.querySelector('[data-testid="copy-table-md"]'));
    const status = m.root.querySelector<HTMLElement>('[data-testid="fabe-export-status"]')!;
    expect([status.dataset.value, status.textContent]).toEqual(['failed', 'Failed: Document is not focused.']);
  });

  it('follows the shown tab: a new product replaces the table', async () => {
    m = mountFabe({ read: mug(), analyses: fakeFabe });
    await act(async () => {
      m!.read.value = competitor('B0OTHER001', ['Handle folds flat']);
    });
    expect(m.fabe().dataset.productId).toBe('B0OTHER001');
    expect(q(m.root, '[data-testid="chain"]').map((c) => c.dataset.theme)).toEqual(['handle']);
  });
});
