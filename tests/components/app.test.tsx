// @vitest-environment happy-dom
import { computed } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../entrypoints/sidepanel/app';
import { createPanelModel, type PanelModel } from '../../entrypoints/sidepanel/state';
import { createFabe, type FabeStateModel } from '../../entrypoints/sidepanel/fabe-state';
import { createHistory, type HistoryStateModel } from '../../entrypoints/sidepanel/history-state';
import { createWorkbench, type WorkbenchModel } from '../../entrypoints/sidepanel/workbench-state';
import { VIEWS } from '../../components/view-tabs';
import { storePageRead, type ListingLensDb } from '../../lib/db';
import { productRead } from '../db/fixtures/sample-reads';
import { openTestDb } from '../db/helpers';
import { FakeTabs, isRead } from './fake-tabs';
import { fieldValues, i18nFor } from './render';

let db: ListingLensDb | undefined;
let model: PanelModel | undefined;
let workbench: WorkbenchModel | undefined;
let fabe: FabeStateModel | undefined;
let history: HistoryStateModel | undefined;
afterEach(() => {
  model?.stop();
  workbench?.stop();
  fabe?.stop();
  history?.stop();
  db?.close();
  document.body.replaceChildren();
});

describe('side panel app', () => {
  it('re-renders from loading to the read when the background stores it (liveQuery → signal → DOM)', async () => {
    db = openTestDb();
    const tabs = new FakeTabs();
    const read = productRead();
    tabs.add(5, read.url, 1, true);
    model = createPanelModel({ db, tabs, isReadUrl: isRead, requestRead: async () => true });
    const root = document.createElement('div');
    document.body.append(root);
    render(<App model={model} workbench={newWorkbench(db, model)} fabe={newFabe(db, model)} history={newHistory(db, model)} i18n={i18nFor('zh_CN')} />, root);
    await model.start();
    const panel = () => root.querySelector('[data-testid="panel"]')!;
    await expect.poll(() => panel().getAttribute('data-state')).toBe('loading');
    expect(panel().textContent).toContain('正在读取此页面');

    await storePageRead(db, 5, read);
    await expect.poll(() => panel().getAttribute('data-state')).toBe('read');
    expect(panel().getAttribute('data-page-kind')).toBe('product');
    expect(fieldValues(root)).toMatchObject({ price: '35.99 USD', reviewCount: '12873', marketplace: 'amazon' });
    expect(root.querySelector('[data-field="price"] dt')?.textContent).toBe('价格');
  });
});

function newWorkbench(db: ListingLensDb, panel: PanelModel): WorkbenchModel {
  const read = computed(() => (panel.state.value.kind === 'read' ? panel.state.value.read : undefined));
  const refuse = async () => ({ ok: false as const, error: { code: 'no-receiver' as const, message: 'no background in this test' } });
  workbench = createWorkbench({ db, read, save: refuse, remove: refuse, copy: async () => undefined });
  return workbench;
}

function newFabe(db: ListingLensDb, panel: PanelModel): FabeStateModel {
  const read = computed(() => (panel.state.value.kind === 'read' ? panel.state.value.read : undefined));
  fabe = createFabe({ db, read, copy: async () => undefined, download: () => undefined });
  return fabe;
}

function newHistory(db: ListingLensDb, panel: PanelModel): HistoryStateModel {
  const read = computed(() => (panel.state.value.kind === 'read' ? panel.state.value.read : undefined));
  const refuse = async () => ({ ok: false as const, error: { code: 'no-receiver' as const, message: 'no background in this test' } });
  history = createHistory({ db, read, send: refuse, download: () => undefined });
  history.start();
  return history;
}

describe('side panel app: the views', () => {
  it('shows the page view first and reaches the workbench by keyboard (arrow keys on the tab list)', async () => {
    db = openTestDb();
    const tabs = new FakeTabs();
    model = createPanelModel({ db, tabs, isReadUrl: isRead, requestRead: async () => true });
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<App model={model!} workbench={newWorkbench(db!, model!)} fabe={newFabe(db!, model!)} history={newHistory(db!, model!)} i18n={i18nFor('en')} />, root));
    const tab = (v: string) => root.querySelector<HTMLButtonElement>(`[data-testid="tab-${v}"]`)!;
    const view = (v: string) => root.querySelector<HTMLElement>(`#view-${v}`)!;
    expect([tab('page').getAttribute('aria-selected'), tab('page').tabIndex, tab('workbench').tabIndex]).toEqual(['true', 0, -1]);
    expect([view('page').hidden, view('workbench').hidden]).toEqual([false, true]);

    tab('page').focus();
    await act(async () => {
      tab('page').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(tab('workbench').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('workbench'));
    expect([view('page').hidden, view('workbench').hidden]).toEqual([true, false]);
    expect(view('workbench').querySelector('[data-testid="workbench"]')).not.toBeNull();
    // Both views stay mounted: the page view keeps its state while hidden.
    expect(view('page').querySelector('[data-testid="panel"]')).not.toBeNull();

    await act(async () => {
      tab('workbench').dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    });
    expect([view('page').hidden, view('workbench').hidden]).toEqual([false, true]);
  });

  it('reaches the FABE view with the arrow keys and End, renders it only once opened, and wraps around', async () => {
    db = openTestDb();
    const tabs = new FakeTabs();
    model = createPanelModel({ db, tabs, isReadUrl: isRead, requestRead: async () => true });
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<App model={model!} workbench={newWorkbench(db!, model!)} fabe={newFabe(db!, model!)} history={newHistory(db!, model!)} i18n={i18nFor('en')} />, root));
    const tab = (v: string) => root.querySelector<HTMLButtonElement>(`[data-testid="tab-${v}"]`)!;
    const view = (v: string) => root.querySelector<HTMLElement>(`#view-${v}`)!;
    const key = async (from: string, k: string) =>
      act(async () => {
        tab(from).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      });
    expect(root.querySelectorAll('[role="tab"]')).toHaveLength(VIEWS.length);
    expect(tab('fabe').textContent).toBe('FABE');
    expect(tab('fabe').getAttribute('aria-controls')).toBe('view-fabe');
    // Not computed (nor rendered) before the user asks for it.
    expect(view('fabe').querySelector('[data-testid="fabe"]')).toBeNull();

    await key('page', 'ArrowRight');
    await key('workbench', 'ArrowRight');
    expect(document.activeElement).toBe(tab('fabe'));
    expect([tab('fabe').getAttribute('aria-selected'), tab('fabe').tabIndex, tab('page').tabIndex]).toEqual(['true', 0, -1]);
    expect(VIEWS.filter((v) => !view(v).hidden)).toEqual(['fabe']);
    // No read yet: the view says what to open instead of an empty table.
    expect(view('fabe').querySelector('[data-testid="fabe"]')?.getAttribute('data-state')).toBe('no-product');

    const last = VIEWS[VIEWS.length - 1]!;
    await key('fabe', 'End');
    expect(document.activeElement).toBe(tab(last));
    await key(last, 'ArrowRight');
    expect(document.activeElement).toBe(tab('page'));
    await key('page', 'ArrowLeft');
    expect(document.activeElement).toBe(tab(last));
    await key(last, 'Home');
    expect(document.activeElement).toBe(tab('page'));
    // Kept mounted once opened.
    expect(view('fabe').querySelector('[data-testid="fabe"]')).not.toBeNull();
  });

  it('reaches the Competitors view with the arrow keys and renders it only once opened', async () => {
    db = openTestDb();
    const tabs = new FakeTabs();
    model = createPanelModel({ db, tabs, isReadUrl: isRead, requestRead: async () => true });
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<App model={model!} workbench={newWorkbench(db!, model!)} fabe={newFabe(db!, model!)} history={newHistory(db!, model!)} i18n={i18nFor('zh_CN')} />, root));
    const tab = (v: string) => root.querySelector<HTMLButtonElement>(`[data-testid="tab-${v}"]`)!;
    const view = (v: string) => root.querySelector<HTMLElement>(`#view-${v}`)!;
    expect(tab('history').textContent).toBe('竞品');
    expect(view('history').querySelector('[data-testid="history"]')).toBeNull();
    tab('page').focus();
    // Competitors is the last tab: ← from the first wraps round to it.
    await act(async () => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    });
    expect(document.activeElement).toBe(tab('history'));
    expect([tab('history').getAttribute('aria-selected'), view('history').hidden, view('page').hidden]).toEqual(['true', false, true]);
    await expect.poll(() => view('history').querySelector('[data-testid="history-empty"]')?.textContent).toMatch(/^还没有追踪的商品/);
  });
});
