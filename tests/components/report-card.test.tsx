// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportState } from '../../components/export-state';
import { I18nContext, type I18n } from '../../components/i18n';
import type { PrintState, ReportExportWhat, ReportLangChoice, ReportModel, ReportStatus } from '../../components/report/model';
import { ReportCard } from '../../components/report/report-card';
import { AUDIT_REPORT_VERSION, AuditReportSchema, type AuditReport } from '../../lib/schema';
import { click, setValue } from './history-harness';
import { i18nFor, MESSAGES } from './render';

/**
 * The report card alone: plain signals in, the DOM out, in English and Chinese. The model
 * behind it (Dexie, the engine) is tests/components/report-state.test.ts.
 */
afterEach(() => document.body.replaceChildren());

const HOSTILE = 'Cat Food <img src=x onerror=alert(1)> 12 x 85 g';
const listing = (productId: string, percent: number) => ({ marketplace: 'amazon', productId, total: percent, max: 100, percent, sections: [], checks: [] });
const REPORT: AuditReport = AuditReportSchema.parse({
  version: AUDIT_REPORT_VERSION,
  generatedAt: '2026-03-20T10:00:00.000Z',
  name: 'Cat food',
  since: '2026-03-01T00:00:00.000Z',
  keywords: [],
  products: [
    { key: 'amazon:B0MINE0001', role: 'mine', marketplace: 'amazon', productId: 'B0MINE0001', title: HOSTILE, url: 'https://www.amazon.co.uk/dp/B0MINE0001', readAt: '2026-03-19T10:00:00.000Z', listing: listing('B0MINE0001', 72) },
    { key: 'amazon:B0RIVAL001', role: 'competitor', marketplace: 'amazon', productId: 'B0RIVAL001', url: 'https://www.amazon.com/dp/B0RIVAL001', readAt: '2026-03-18T10:00:00.000Z', listing: listing('B0RIVAL001', 64) },
  ],
  notes: [{ section: 'changes', message: { en: 'No snapshot before the chosen date', zh: '所选日期之前没有快照' } }],
});

function fakeModel(over: { groupId?: string; status?: ReportStatus; exportState?: ExportState<ReportExportWhat>; printState?: PrintState } = {}) {
  const model = {
    groupId: signal(over.groupId),
    since: signal('2026-03-01'),
    lang: signal<ReportLangChoice>('panel'),
    status: signal<ReportStatus>(over.status ?? { kind: 'idle' }),
    exportState: signal<ExportState<ReportExportWhat>>(over.exportState ?? { kind: 'idle' }),
    printState: signal<PrintState>(over.printState ?? { kind: 'idle' }),
    setSince: vi.fn(),
    setLang: vi.fn(),
    generate: vi.fn(async () => {}),
    downloadMarkdown: vi.fn(),
    downloadCsv: vi.fn(),
    copyMarkdown: vi.fn(async () => {}),
    openPrintable: vi.fn(),
    open: vi.fn(),
  } satisfies ReportModel;
  return model;
}

function mount(model: ReportModel, i18n: I18n = i18nFor('en'), groupName = 'Cat food'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <I18nContext.Provider value={i18n}>
        <ReportCard model={model} groupName={groupName} today="2026-03-20" />
      </I18nContext.Provider>,
      root,
    ),
  );
  return root;
}

const $ = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const msg = (lang: 'en' | 'zh_CN', key: string) => MESSAGES[lang][key]!.message;
const READY: ReportStatus = { kind: 'ready', report: REPORT, files: { markdown: '# r', csv: '\uFEFFa', html: '<p>', base: 'r' }, lang: 'en', missing: ['amazon:B0NEVER001'], ms: 42 };

describe('ReportCard', () => {
  it.each(['en', 'zh_CN'] as const)('without a group says how to make one, with no form (%s)', (lang) => {
    const root = mount(fakeModel(), i18nFor(lang));
    expect(text($(root, 'report-no-group'))).toBe(msg(lang, 'auditui_noGroup'));
    expect($(root, 'report-build')).toBeNull();
    expect(text(root.querySelector('h2'))).toBe(msg(lang, 'auditui_heading'));
  });

  it('shows the group, the date and language, and asks the model on Build, a date and a language', async () => {
    const m = fakeModel({ groupId: 'g1' });
    const root = mount(m);
    expect(m.open).toHaveBeenCalled();
    expect(text($(root, 'report-group'))).toBe('Cat food');
    expect(($(root, 'report-since') as HTMLInputElement).value).toBe('2026-03-01');
    expect(($(root, 'report-since') as HTMLInputElement).max).toBe('2026-03-20');
    await setValue($(root, 'report-since'), '2026-02-10', 'change');
    await setValue($(root, 'report-lang'), 'zh', 'change');
    await click($(root, 'report-build'));
    expect([m.setSince.mock.calls, m.setLang.mock.calls, m.generate.mock.calls.length]).toEqual([[['2026-02-10']], [['zh']], 1]);
    expect($(root, 'report-download-md')).toBeNull();
  });

  it.each([
    ['busy', { kind: 'busy' }, 'en', msg('en', 'auditui_building')],
    ['no reads', { kind: 'failed', reason: 'no-reads' }, 'en', msg('en', 'auditui_noReads')],
    ['an error', { kind: 'failed', reason: 'error', detail: 'boom' }, 'zh_CN', '报告生成失败：boom'],
    ['ready', READY, 'en', 'Report ready: 2 products, built in 42 ms.'],
    ['ready (zh)', READY, 'zh_CN', '报告已生成：2 个商品，用时 42 毫秒。'],
  ] as const)('status %s reads %j', (_name, status, lang, want) => {
    const root = mount(fakeModel({ groupId: 'g1', status: status as ReportStatus }), i18nFor(lang));
    expect(text($(root, 'report-status'))).toBe(want);
    expect(($(root, 'report-build') as HTMLButtonElement).disabled).toBe(status.kind === 'busy');
    expect($(root, 'report-status')!.getAttribute('role')).toBe(status.kind === 'failed' ? 'alert' : 'status');
  });

  it('when ready: every button calls its action, the products are listed mine first with page text as text', async () => {
    const m = fakeModel({ groupId: 'g1', status: READY });
    const root = mount(m);
    for (const id of ['report-download-md', 'report-download-csv', 'report-copy-md', 'report-open-print']) await click($(root, id));
    expect([m.downloadMarkdown, m.downloadCsv, m.copyMarkdown, m.openPrintable].map((f) => f.mock.calls.length)).toEqual([1, 1, 1, 1]);
    const rows = [...root.querySelectorAll<HTMLElement>('[data-testid="report-product"]')];
    expect(rows.map((r) => [r.dataset.role, r.dataset.key])).toEqual([
      ['mine', 'amazon:B0MINE0001'],
      ['competitor', 'amazon:B0RIVAL001'],
    ]);
    expect(text(rows[0])).toContain(HOSTILE);
    expect(text(rows[0])).toContain('listing score 72%');
    expect(text(rows[1])).toContain('B0RIVAL001');
    expect(root.querySelectorAll('img, script').length).toBe(0);
    expect(text($(root, 'report-missing'))).toBe('Left out (never read): amazon:B0NEVER001');
  });

  // A report built in the other language: the card still speaks the panel's.
  it.each([
    ['en', 'zh', `${msg('en', 'report_sectionChanges')}: No snapshot before the chosen date`],
    ['zh_CN', 'en', `说明（${msg('zh_CN', 'report_sectionChanges')}）：所选日期之前没有快照`],
  ] as const)('notes are in the panel’s language (%s)', (ui, lang, want) => {
    const root = mount(fakeModel({ groupId: 'g1', status: { ...READY, lang } as ReportStatus }), i18nFor(ui));
    expect([...root.querySelectorAll('[data-testid="report-note"]')].map(text)).toEqual([want]);
    expect(text($(root, 'report-sections'))).toContain(msg(ui, 'report_sectionFabeGap'));
  });

  it.each([
    ['copied', { kind: 'copied', what: 'copy' }, { kind: 'idle' }, 'Copied to the clipboard.', ''],
    ['downloaded', { kind: 'downloaded', what: 'csv', fileName: 'r.csv' }, { kind: 'idle' }, 'Saved as r.csv', ''],
    ['opened', { kind: 'idle' }, { kind: 'opened' }, '', 'Opened in a new tab.'],
    ['blocked', { kind: 'idle' }, { kind: 'blocked', fileName: 'r.html' }, '', 'The browser blocked the new tab, so the report was saved as r.html: open it and print from there.'],
    ['failed', { kind: 'failed', what: 'md', detail: 'disk full' }, { kind: 'failed', detail: 'no window' }, 'Failed: disk full', 'Failed: no window'],
  ] as const)('says what the last export did: %s', (_name, exportState, printState, wantExport, wantPrint) => {
    const root = mount(fakeModel({ groupId: 'g1', status: READY, exportState: exportState as ExportState<ReportExportWhat>, printState: printState as PrintState }));
    expect([text($(root, 'report-export-status')), text($(root, 'report-print-status'))]).toEqual([wantExport, wantPrint]);
  });
});
