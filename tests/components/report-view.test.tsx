// @vitest-environment happy-dom
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../components/i18n';
import { ReportSection } from '../../components/report/report-section';
import { createReport, localDay, type ReportStateModel } from '../../entrypoints/sidepanel/report-state';
import { trackProduct } from '../../lib/db';
import { REPORT_SECTIONS } from '../../lib/schema';
import { fillHistory, T0 } from '../db/history-fixture';
import { openTestDb } from '../db/helpers';
import { click, mountHistory, NOW, type MountedHistory } from './history-harness';
import { i18nFor, MESSAGES } from './render';

/**
 * The report card as the Competitors view shows it: on the history model's current group
 * (a real model over a fake IndexedDB and the real background handlers), built with the
 * real engine, in a Chinese panel.
 */
let mounted: MountedHistory | undefined;
let report: ReportStateModel | undefined;
afterEach(() => {
  report?.stop();
  mounted?.cleanup();
  mounted = report = undefined;
  document.body.replaceChildren();
});

const $ = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const HEADING_KEYS = ['report_sectionScores', 'report_sectionTitleChecks', 'report_sectionFabeGap', 'report_sectionPrices', 'report_sectionReviews', 'report_sectionPromotions', 'report_sectionChanges'];

describe('ReportSection in the Competitors view', () => {
  it('builds the current group’s report in the panel’s Chinese, downloads it, and follows the group chosen above', async () => {
    const db = openTestDb();
    await fillHistory(db);
    await trackProduct(db, { productKey: 'jd:100012043978', role: 'mine', groupName: '电水壶' }, { now: T0, newId: () => 'g2' });
    mounted = mountHistory({ db, view: 'page' });
    const download = vi.fn<(fileName: string, text: string, type: string) => void>();
    const i18n = i18nFor('zh_CN');
    report = createReport({ db, groupId: mounted.model.selectedGroupId, i18n: signal(i18n), copy: async () => {}, download, openHtml: () => true, now: () => NOW });
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <I18nContext.Provider value={i18n}>
          <ReportSection report={report!} history={mounted!.model} today="2026-03-20" />
        </I18nContext.Provider>,
        root,
      ),
    );
    mounted.model.selectGroup('g1');
    await expect.poll(() => text($(root, 'report-group'))).toBe('Chargers');
    await expect.poll(() => ($(root, 'report-since') as HTMLInputElement).value).toBe(localDay(T0));

    await click($(root, 'report-build'));
    await expect.poll(() => $(root, 'report-card')?.dataset.state, { timeout: 10_000 }).toBe('ready');
    expect(text($(root, 'report-status'))).toMatch(/^报告已生成：3 个商品，用时 [\d,]+ 毫秒。$/);
    expect([...root.querySelectorAll<HTMLElement>('[data-testid="report-product"]')].map((el) => [el.dataset.role, el.dataset.key])).toEqual([
      ['mine', 'amazon:B0MINE0001'],
      ['competitor', 'amazon:B0COMP0001'],
      ['competitor', 'amazon:B0COMP0002'],
    ]);

    await click($(root, 'report-download-md'));
    const [name, markdown, type] = download.mock.calls[0]!;
    expect([name, type]).toEqual([`listing-lens-report-Chargers-${localDay(NOW.getTime())}.md`, 'text/markdown;charset=utf-8']);
    expect(HEADING_KEYS).toHaveLength(REPORT_SECTIONS.length);
    for (const key of HEADING_KEYS) expect(markdown).toContain(MESSAGES.zh_CN[key]!.message);
    expect(text($(root, 'report-export-status'))).toBe(`已保存为 ${name}`);

    // Another group chosen in the view: the card follows it, and the built report no longer shows as current.
    act(() => mounted!.model.selectGroup('g2'));
    await expect.poll(() => text($(root, 'report-group'))).toBe('电水壶');
    expect($(root, 'report-card')?.dataset.state).toBe('idle');
    expect($(root, 'report-download-md')).toBeNull();
  });
});
