import { signal, type Signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { HistoryView } from '../../components/history/history-view';
import { PageBands, PageSummary, PageTracking } from '../../components/history/page-extras';
import { I18nContext, type I18n } from '../../components/i18n';
import { Panel } from '../../components/panel';
import { backgroundHandlers } from '../../entrypoints/background/handlers';
import { createHistory, type HistoryStateModel, type Send } from '../../entrypoints/sidepanel/history-state';
import { ListingLensDb, type StorageLike } from '../../lib/db';
import { dispatch, envelope, type Self } from '../../lib/messaging';
import type { PageRead } from '../../lib/schema';
import { openTestDb } from '../db/helpers';
import { i18nFor } from './render';

/**
 * The page view's history cards and the Competitors view over a real model: a fake
 * IndexedDB, liveQuery, and the real background handlers answering through the real
 * message dispatch (so a write takes the same path as in the extension).
 */
const self: Self = { id: 'ext', origin: 'chrome-extension://ext/' };
const sender: Browser.runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html' };
export const NOW = new Date('2026-03-20T10:00:00.000Z');

export interface MountedHistory {
  db: ListingLensDb;
  model: HistoryStateModel;
  read: Signal<PageRead | undefined>;
  /** The messages the panel sent (a spy over the real dispatch, or over `options.send`). */
  send: ReturnType<typeof vi.fn>;
  download: ReturnType<typeof vi.fn<(fileName: string, text: string, type: string) => void>>;
  root: HTMLElement;
  page(): HTMLElement;
  history(): HTMLElement;
  /** Unmounts and stops the model, leaving the database open (for a later mount). */
  detach(): void;
  cleanup(): void;
}

export function mountHistory(options: { read?: PageRead; db?: ListingLensDb; i18n?: I18n; storage?: StorageLike; send?: Send; view?: 'page' | 'history' | 'both' } = {}): MountedHistory {
  const db = options.db ?? openTestDb();
  // The background's own connection to the same database, as in the extension (the panel
  // and the service worker each open it); its writes reach the panel's liveQueries.
  const background = new ListingLensDb(db.name, db._options);
  let n = 0;
  const handlers = backgroundHandlers(background, { now: () => NOW, newId: () => `g${++n}`, storage: undefined });
  const real = ((type, payload) => dispatch(handlers, envelope(type, payload), sender, self)) as Send;
  const send = vi.fn(options.send ?? real);
  const download = vi.fn<(fileName: string, text: string, type: string) => void>();
  const read = signal<PageRead | undefined>(options.read);
  const model = createHistory({ db, read, send: send as unknown as Send, download, storage: options.storage, now: () => NOW });
  model.start();
  const root = document.createElement('div');
  document.body.append(root);
  const view = options.view ?? 'both';
  const PageView = () => {
    const r = read.value;
    return r ? (
      <Panel state={{ kind: 'read', read: r }} slots={{ summary: <PageSummary model={model} />, tracking: <PageTracking model={model} />, bands: <PageBands model={model} /> }} />
    ) : null;
  };
  act(() =>
    render(
      <I18nContext.Provider value={options.i18n ?? i18nFor('en')}>
        {view !== 'history' && (
          <div id="page-view">
            <PageView />
          </div>
        )}
        {view !== 'page' && (
          <div id="history-view">
            <HistoryView model={model} today="2026-03-20" />
          </div>
        )}
      </I18nContext.Provider>,
      root,
    ),
  );
  const find = (sel: string) => () => {
    const el = root.querySelector<HTMLElement>(sel);
    if (!el) throw new Error(`no ${sel}`);
    return el;
  };
  return {
    db,
    model,
    read,
    send,
    download,
    root,
    page: find('#page-view'),
    history: find('#history-view'),
    detach() {
      act(() => render(null, root));
      model.stop();
      root.remove();
      background.close();
    },
    cleanup() {
      this.detach();
      db.close();
    },
  };
}

/** Clicks in act(), so the re-render is done when it returns. */
export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
  });
}

/** Sets a text input's or select's value and fires the event Preact listens to. */
export async function setValue(el: Element | null | undefined, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  if (!el) throw new Error('no field');
  await act(async () => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

/** `data-*` of every element matching `sel` under `root`. */
export function datasets(root: ParentNode, sel: string): Record<string, string | undefined>[] {
  return Array.from(root.querySelectorAll<HTMLElement>(sel)).map((el) => ({ ...el.dataset }));
}
