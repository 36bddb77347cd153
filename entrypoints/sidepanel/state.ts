import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { derivePanelState, type PanelInputs, type PanelState } from '../../components/panel-state';
import { TabReadRowSchema, type ListingLensDb } from '../../lib/db';
import type { PageRead } from '../../lib/schema';

/** The parts of a tab the panel uses (`url` only on hosts we hold a permission for). */
export interface TabLike {
  id?: number;
  url?: string;
  status?: string;
  windowId?: number;
}
interface Listenable<F> {
  addListener(cb: F): void;
  removeListener(cb: F): void;
}
/** The subset of `browser.tabs` the panel needs (tests pass a fake). */
export interface TabsApi {
  get(tabId: number): Promise<TabLike>;
  query(q: { active: true; currentWindow: true }): Promise<TabLike[]>;
  onActivated: Listenable<(info: { tabId: number; windowId: number }) => void>;
  onUpdated: Listenable<(tabId: number, change: { status?: string; url?: string }, tab: TabLike) => void>;
  onRemoved: Listenable<(tabId: number) => void>;
}

export interface PanelDeps {
  db: ListingLensDb;
  tabs: TabsApi;
  /** From `?tabId=`: show that tab and never follow the active one ('invalid' for a bad value). */
  fixedTabId?: number | 'invalid';
  isReadUrl(url: string | undefined): boolean;
  /** Asks the tab's content script to read now; false when none answers. */
  requestRead(tabId: number): Promise<boolean>;
  /** Pause before asking a content script a second time (it may still be starting). */
  retryMs?: number;
}

export interface PanelModel {
  state: ReadonlySignal<PanelState>;
  /** The tab shown (undefined while it is looked up). */
  tabId: ReadonlySignal<number | undefined>;
  start(): Promise<void>;
  stop(): void;
}

interface ShownTab {
  id: number;
  url?: string;
  complete: boolean;
}

/**
 * The panel's live state: which tab it shows, that tab's stored read (Dexie liveQuery, so
 * a write by the background shows at once), and whether the tab's content script answers.
 */
export function createPanelModel(deps: PanelDeps): PanelModel {
  const tab = signal<ShownTab | undefined>(undefined);
  const read = signal<PageRead | null | undefined>(undefined);
  const failure = signal<PanelInputs['failure']>(undefined);
  const missingFor = signal<string | undefined>(undefined);
  const expectsRead = computed(() => deps.isReadUrl(tab.value?.url));
  const state = computed(() =>
    derivePanelState({
      tab: tab.value,
      expectsRead: expectsRead.value,
      read: read.value,
      contentScriptMissing: tab.value !== undefined && missingFor.value === keyOf(tab.value),
      failure: failure.value,
    }),
  );

  let subscription: { unsubscribe(): void } | undefined;
  let lookup = 0; // newest tabs.get wins when the user switches tabs quickly
  const requested = new Set<string>();
  const cleanups: Array<() => void> = [];

  function show(t: TabLike): void {
    if (t.id === undefined) return;
    if (t.id !== tab.value?.id) follow(t.id);
    tab.value = { id: t.id, url: t.url, complete: t.status === 'complete' };
  }

  function follow(tabId: number): void {
    subscription?.unsubscribe();
    read.value = undefined;
    failure.value = undefined;
    subscription = liveQuery(() => deps.db.tabReads.get(tabId)).subscribe({
      next(row) {
        if (tab.value !== undefined && tab.value.id !== tabId) return;
        if (!row) {
          read.value = null;
          return;
        }
        const parsed = TabReadRowSchema.safeParse(row);
        failure.value = parsed.success ? undefined : { message: 'errorBadRow' };
        read.value = parsed.success ? parsed.data.read : null;
      },
      error(err: unknown) {
        failure.value = { message: 'errorDatabase', detail: String(err).slice(0, 300) };
      },
    });
  }

  async function showById(tabId: number): Promise<void> {
    const mine = ++lookup;
    try {
      const t = await deps.tabs.get(tabId);
      if (mine === lookup) show(t);
    } catch {
      if (mine === lookup) failure.value = { message: 'errorTabGone' };
    }
  }

  // A tab we read but have no current read for: ask its content script (once per page).
  cleanups.push(
    effect(() => {
      const t = tab.value;
      if (state.value.kind !== 'loading' || !t?.complete || !expectsRead.value || read.value === undefined) return;
      const key = keyOf(t);
      if (requested.has(key)) return;
      requested.add(key);
      void ask(t.id, key);
    }),
  );

  async function ask(tabId: number, key: string): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (await deps.requestRead(tabId)) return;
      await new Promise((resolve) => setTimeout(resolve, deps.retryMs ?? 1500));
      if (tab.value === undefined || keyOf(tab.value) !== key || state.value.kind !== 'loading') return;
    }
    missingFor.value = key;
  }

  function on<F>(event: Listenable<F>, cb: F): void {
    event.addListener(cb);
    cleanups.push(() => event.removeListener(cb));
  }

  async function start(): Promise<void> {
    const fixed = deps.fixedTabId;
    if (fixed === 'invalid') {
      failure.value = { message: 'errorNoTab' };
      return;
    }
    if (fixed !== undefined) {
      on(deps.tabs.onUpdated, (id, _change, t) => {
        if (id === fixed) show({ ...t, id });
      });
      on(deps.tabs.onRemoved, (id) => {
        if (id === fixed) failure.value = { message: 'errorTabGone' };
      });
      await showById(fixed);
      return;
    }
    let windowId: number | undefined;
    on(deps.tabs.onActivated, (info) => {
      if (windowId === undefined || info.windowId === windowId) void showById(info.tabId);
    });
    on(deps.tabs.onUpdated, (id, _change, t) => {
      if (id === tab.value?.id) show({ ...t, id });
    });
    try {
      const [active] = await deps.tabs.query({ active: true, currentWindow: true });
      windowId = active?.windowId;
      if (active?.id === undefined) failure.value = { message: 'errorNoTab' };
      else if (tab.value === undefined) show(active);
    } catch (err) {
      failure.value = { message: 'errorNoTab', detail: String(err).slice(0, 300) };
    }
  }

  return {
    state,
    tabId: computed(() => tab.value?.id),
    start,
    stop() {
      subscription?.unsubscribe();
      for (const c of cleanups.splice(0)) c();
    },
  };
}

function keyOf(t: ShownTab): string {
  return `${t.id} ${t.url ?? ''}`;
}
