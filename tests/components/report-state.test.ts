import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { I18n } from '../../components/i18n';
import type { ReportInput } from '../../lib/analyses/report';
import { saveDraft, storePageRead, trackProduct, type ListingLensDb } from '../../lib/db';
import type { ReportRenderContext } from '../../lib/export/report';
import { AUDIT_REPORT_VERSION, type AuditReport } from '../../lib/schema';
import { createReport, dayStartIso, fileSlug, localDay, type ReportDeps, type ReportEngine } from '../../entrypoints/sidepanel/report-state';
import { productRead } from '../db/fixtures/sample-reads';
import { openTestDb } from '../db/helpers';
import { i18nFor, MESSAGES } from './render';

/**
 * The report card's model over a fake IndexedDB written the way the background writes it
 * (storePageRead, trackProduct, saveDraft), with an engine that records what it was given:
 * what the card loads from Dexie, which language and date it asks for, and what each button does.
 */
const NOW = new Date('2026-03-20T10:00:00.000Z');
const MINE = 'amazon:B0BYNZ6B6Y';
const RIVAL = 'amazon:B07QXV6N1B';
const NEVER = 'amazon:B0NEVER001';
const GROUP = 'Chargers / 充电宝';

let db: ListingLensDb;
beforeEach(async () => {
  db = openTestDb();
  await storePageRead(db, 1, productRead({ readAt: '2025-03-01T10:00:00.000Z' }));
  await trackProduct(db, { productKey: MINE, role: 'mine', groupName: GROUP }, { now: Date.parse('2025-03-01T10:01:00Z'), newId: () => 'g1' });
  // A second visit with a new price: a second snapshot, and the newest latest read.
  await storePageRead(db, 1, productRead({ readAt: '2025-03-05T09:00:00.000Z' }, { price: { amount: 29.99, currency: 'USD' } }));
  await storePageRead(db, 2, productRead({ url: 'https://www.amazon.com/dp/B07QXV6N1B', readAt: '2025-03-02T08:00:00.000Z' }, { id: 'B07QXV6N1B', title: 'INIU Portable Charger', price: { amount: 19.99, currency: 'USD' } }));
  await trackProduct(db, { productKey: RIVAL, role: 'competitor', groupId: 'g1' }, { now: Date.parse('2025-03-02T08:01:00Z') });
  // A member never read (tracked from an import, say): left out and named.
  await db.groups.update('g1', { competitors: [RIVAL, NEVER] });
  const draft = { marketplace: 'amazon' as const, name: '', title: '', bullets: [], searchTerms: '', updatedAt: 1 };
  await saveDraft(db, { ...draft, id: 'd1', productId: 'B0BYNZ6B6Y', keywords: ['power bank', ' usb-c ', ''] });
  await saveDraft(db, { ...draft, id: 'd2', productId: 'B07QXV6N1B', keywords: ['not mine'] });
});
afterEach(() => db.close());

const fakeReport = (name: string): AuditReport => ({
  version: AUDIT_REPORT_VERSION,
  generatedAt: NOW.toISOString(),
  name,
  keywords: [],
  products: [],
  notes: [],
});

interface Setup {
  i18n?: I18n;
  openHtml?: ReportDeps['openHtml'];
  engine?: Partial<ReportEngine>;
  groupId?: string;
}

function setup(options: Setup = {}) {
  const inputs: ReportInput[] = [];
  const contexts: ReportRenderContext[] = [];
  const render = (kind: string) => (report: AuditReport, ctx: ReportRenderContext) => {
    contexts.push(ctx);
    return `${kind}|${ctx.t('auditui_heading')}|${ctx.lang}|${ctx.locale}|${report.name}`;
  };
  const engine: ReportEngine = {
    build: (input) => (inputs.push(input), fakeReport(input.name)),
    markdown: render('md'),
    csv: render('csv'),
    html: render('html'),
    ...options.engine,
  };
  const deps = {
    db,
    groupId: signal<string | undefined>(options.groupId ?? 'g1'),
    i18n: signal(options.i18n ?? i18nFor('en')),
    copy: vi.fn(async (_text: string) => {}),
    download: vi.fn<(fileName: string, text: string, type: string) => void>(),
    openHtml: vi.fn(options.openHtml ?? (() => true)),
    now: () => NOW,
    engine: async () => engine,
    messages: async (lang: 'en' | 'zh') => MESSAGES[lang === 'en' ? 'en' : 'zh_CN'],
    copyShownMs: 60_000,
  };
  const model = createReport(deps);
  model.open();
  return { model, deps, inputs, contexts };
}

const OLDEST_DAY = localDay(Date.parse('2025-03-01T10:00:00Z'));

/** Waits for the liveQuery of the group's oldest snapshot (the default date): a report built before it would read as stale once it lands. */
async function settled(model: ReturnType<typeof setup>['model'], day = OLDEST_DAY): Promise<void> {
  await vi.waitFor(() => expect(model.since.value).toBe(day));
}

async function ready(options: Setup = {}) {
  const made = setup(options);
  await settled(made.model);
  return made;
}

describe('createReport: what it loads from the database', () => {
  it('gives buildReport the group: mine first with its newest read and snapshots oldest first, the competitor, keywords of my drafts, the date and the clock', async () => {
    const { model, inputs } = await ready();
    await model.generate();
    expect(inputs).toHaveLength(1);
    const input = inputs[0]!;
    expect(input.name).toBe(GROUP);
    expect(input.members.map((m) => [m.role, m.read.product?.id, m.read.product?.price?.amount])).toEqual([
      ['mine', 'B0BYNZ6B6Y', 29.99],
      ['competitor', 'B07QXV6N1B', 19.99],
    ]);
    expect(input.members[0]!.history?.map((r) => r.product?.price?.amount)).toEqual([35.99, 29.99]);
    // Each stored state with its last-seen time, for the promotion history's "last seen".
    expect(input.members[0]!.lastSeen?.['2025-03-05T09:00:00.000Z']).toBe(Date.parse('2025-03-05T09:00:00.000Z'));
    // The latest product-page read keeps its reviews (snapshots drop them).
    expect(input.members[0]!.read.reviews?.map((r) => r.id)).toEqual(['R1EXAMPLE01']);
    expect(input.keywords).toEqual(['power bank', 'usb-c']);
    expect(input.since).toBe(dayStartIso(OLDEST_DAY));
    expect(input.now).toBe(NOW.toISOString());
    const s = model.status.value;
    expect(s.kind).toBe('ready');
    if (s.kind !== 'ready') return;
    expect(s.missing).toEqual([NEVER]);
    expect(s.files.base).toBe(`listing-lens-report-Chargers-充电宝-${localDay(NOW.getTime())}`);
  });

  it.each([
    ['no group chosen', undefined, 'no-group'],
    ['a group that is gone', 'gone', 'no-group'],
  ])('with %s it fails as %s without building', async (_name, groupId, reason) => {
    const { model, inputs, deps } = setup();
    deps.groupId.value = groupId;
    await model.generate();
    expect(model.status.value).toMatchObject({ kind: 'failed', reason });
    expect(inputs).toHaveLength(0);
  });

  it('hands buildReport when each stored state was last seen: an unchanged re-read moves it on', async () => {
    await storePageRead(db, 1, productRead({ readAt: '2025-03-06T12:00:00.000Z' }, { price: { amount: 29.99, currency: 'USD' } }));
    const { model, inputs } = await ready();
    await model.generate();
    const mine = inputs[0]!.members[0]!;
    expect(mine.history?.map((r) => r.readAt)).toEqual(['2025-03-01T10:00:00.000Z', '2025-03-05T09:00:00.000Z']);
    expect(mine.lastSeen?.['2025-03-05T09:00:00.000Z']).toBe(Date.parse('2025-03-06T12:00:00.000Z'));
  });

  it('fails as no-reads when no member was ever read, and defaults the date to 30 days back', async () => {
    await db.groups.put({ id: 'g2', name: 'Empty', mine: NEVER, competitors: [], createdAt: 1, updatedAt: 1 });
    const { model, inputs } = setup({ groupId: 'g2' });
    await settled(model, localDay(NOW.getTime() - 30 * 86_400_000));
    await model.generate();
    expect(model.status.value).toMatchObject({ kind: 'failed', reason: 'no-reads' });
    expect(inputs).toHaveLength(0);
  });

  it('shows what the engine threw, and builds again once fixed', async () => {
    let broken = true;
    const { model } = await ready({
      engine: {
        build: (input) => {
          if (broken) throw new Error('prices in two currencies and no rate');
          return fakeReport(input.name);
        },
      },
    });
    await model.generate();
    expect(model.status.value).toEqual({ kind: 'failed', reason: 'error', detail: 'prices in two currencies and no rate' });
    broken = false;
    await model.generate();
    expect(model.status.value.kind).toBe('ready');
  });
});

describe('createReport: language and date', () => {
  it.each([
    ['an English panel, its own language', 'en', 'panel', 'Audit report|en|en-US'],
    ['an English panel, the report in Chinese', 'en', 'zh', '审计报告|zh|zh-CN'],
    ['a Chinese panel, its own language', 'zh_CN', 'panel', '审计报告|zh|zh-CN'],
    ['a Chinese panel, the report in English', 'zh_CN', 'en', 'Audit report|en|en-US'],
  ] as const)('%s', async (_name, panel, choice, want) => {
    const { model } = await ready({ i18n: i18nFor(panel) });
    model.setLang(choice);
    await model.generate();
    const s = model.status.value;
    expect(s.kind === 'ready' && [s.lang, s.files.markdown, s.files.csv, s.files.html]).toEqual([
      want.split('|')[1],
      `md|${want}|${GROUP}`,
      `csv|${want}|${GROUP}`,
      `html|${want}|${GROUP}`,
    ]);
  });

  it('a ready report goes back to idle when the date or language changes, and the new date is the start of that local day', async () => {
    const { model, inputs } = await ready();
    await model.generate();
    expect(model.status.value.kind).toBe('ready');
    model.setSince('2025-03-03');
    expect(model.status.value.kind).toBe('idle');
    await model.generate();
    expect(inputs.at(-1)!.since).toBe(new Date(2025, 2, 3).toISOString());
    model.setLang('zh');
    expect(model.status.value.kind).toBe('idle');
  });
});

describe('createReport: the buttons', () => {
  it('downloads Markdown and CSV under the report’s name, copies the Markdown, opens the HTML', async () => {
    const { model, deps } = await ready();
    await model.generate();
    const base = `listing-lens-report-Chargers-充电宝-${localDay(NOW.getTime())}`;
    model.downloadMarkdown();
    model.downloadCsv();
    await model.copyMarkdown();
    model.openPrintable();
    expect(deps.download.mock.calls.map((c) => [c[0], c[2], c[1].split('|')[0]])).toEqual([
      [`${base}.md`, 'text/markdown;charset=utf-8', 'md'],
      [`${base}.csv`, 'text/csv;charset=utf-8', 'csv'],
    ]);
    expect(deps.copy.mock.calls.map((c) => c[0].split('|')[0])).toEqual(['md']);
    expect(deps.openHtml.mock.calls.map((c) => c[0].split('|')[0])).toEqual(['html']);
    expect(model.exportState.value).toEqual({ kind: 'copied', what: 'copy' });
    expect(model.printState.value).toEqual({ kind: 'opened' });
  });

  it('downloads the printable HTML when the browser blocks the new tab, and says why when opening throws', async () => {
    let answer: boolean | Error = false;
    const { model, deps } = await ready({
      openHtml: () => {
        if (answer instanceof Error) throw answer;
        return answer;
      },
    });
    await model.generate();
    model.openPrintable();
    const fileName = `listing-lens-report-Chargers-充电宝-${localDay(NOW.getTime())}.html`;
    expect(model.printState.value).toEqual({ kind: 'blocked', fileName });
    expect(deps.download).toHaveBeenCalledWith(fileName, expect.stringMatching(/^html\|/), 'text/html;charset=utf-8');
    answer = new Error('no window');
    model.openPrintable();
    expect(model.printState.value).toEqual({ kind: 'failed', detail: 'no window' });
  });

  it('does nothing before a report is ready', async () => {
    const { model, deps } = setup();
    model.downloadMarkdown();
    model.downloadCsv();
    await model.copyMarkdown();
    model.openPrintable();
    expect([deps.download.mock.calls.length, deps.copy.mock.calls.length, deps.openHtml.mock.calls.length]).toEqual([0, 0, 0]);
  });
});

describe('report file helpers', () => {
  it.each([
    ['Chargers / 充电宝', 'Chargers-充电宝'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a:b*c?"d"<e>|f', 'a-b-c-d-e-f'],
    ['   ', 'group'],
    ['x'.repeat(80), 'x'.repeat(60)],
  ])('fileSlug(%j) is %j', (name, want) => {
    expect(fileSlug(name)).toBe(want);
  });

  it.each([
    ['2025-03-03', new Date(2025, 2, 3).toISOString()],
    ['2025-13-40', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ])('dayStartIso(%j) is %j', (day, want) => {
    expect(dayStartIso(day)).toBe(want);
  });

  it('localDay gives the date input’s yyyy-mm-dd in local time', () => {
    expect(localDay(new Date(2025, 0, 9, 23, 59).getTime())).toBe('2025-01-09');
  });
});

describe('createReport with the real engine (lib/analyses/report, lib/export/report)', () => {
  // The section headings as messages.json words them: an independent list of what must appear.
  const HEADINGS = ['report_sectionScores', 'report_sectionTitleChecks', 'report_sectionFabeGap', 'report_sectionPrices', 'report_sectionReviews', 'report_sectionPromotions', 'report_sectionChanges'];

  it.each([
    ['en', 'en'],
    ['zh_CN', 'zh'],
  ] as const)('from the stored group to Markdown, CSV and HTML holding every section and both products (%s)', async (folder, lang) => {
    const made = setup({ i18n: i18nFor(folder) });
    // The default engine, loaded on the first Build as in the panel.
    const model = createReport({ ...made.deps, engine: undefined });
    model.open();
    await settled(model);
    await model.generate();
    const s = model.status.value;
    if (s.kind !== 'ready') throw new Error(`not ready: ${JSON.stringify(s)}`);
    expect(s.lang).toBe(lang);
    expect(s.report.products.map((p) => [p.role, p.productId])).toEqual([
      ['mine', 'B0BYNZ6B6Y'],
      ['competitor', 'B07QXV6N1B'],
    ]);
    for (const key of HEADINGS) {
      const heading = MESSAGES[folder][key]?.message;
      expect(heading, key).toBeTruthy();
      expect(s.files.markdown).toContain(heading);
      expect(s.files.html).toContain(heading);
    }
    for (const title of ['Anker Portable Charger, 10,000mAh Power Bank with 22.5W Fast Charging', 'INIU Portable Charger']) expect(s.files.markdown).toContain(title);
    expect(s.files.csv.startsWith('\uFEFF')).toBe(true);
    expect(s.files.html).not.toMatch(/<script/i);
    model.stop();
  });
});
