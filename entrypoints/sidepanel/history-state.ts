import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { ActionStatus, ActionWhat, CurrentProduct, GroupSummary, HistoryModel, PruneChoice, TrackTarget } from '../../components/history/model';
import { DEFAULT_SETTINGS, getSettings, productList, productSnapshots, groupMembers, requestPersistence, storageEstimate, type ListingLensDb, type ProductListItem, type Settings, type StorageLike } from '../../lib/db';
import { exportFileName, exportJson } from '../../lib/export/json';
import { exportSnapshotsCsv } from '../../lib/export/snapshots-csv';
import { importParts, sendImport, type MessageError, type MessageType, type RequestOf, type ResponseOf, type Result } from '../../lib/messaging';
import { productKey, type ExchangeRate, type PageRead, type ProductKey } from '../../lib/schema';
import { liveBy, loadCurrent, loadGroups } from './history-sources';

/** sendToBackground's shape (tests pass a fake background). */
export type Send = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<Result<ResponseOf<T>>>;

export interface HistoryDeps {
  /** Read only: every write goes through the background. */
  db: ListingLensDb;
  /** The shown tab's read, when there is one. */
  read: ReadonlySignal<PageRead | undefined>;
  send: Send;
  /** Hands the text to the browser as a file download. */
  download(fileName: string, text: string, type: string): void;
  /** The panel's own `navigator.storage` (a window: persist() exists here, not in Chrome's service worker). */
  storage?: StorageLike;
  now?: () => Date;
}

export interface HistoryStateModel extends HistoryModel {
  /** Starts the queries the page view needs (the shown product, groups, settings). */
  start(): void;
  stop(): void;
}

const DAY_MS = 86_400_000;

/**
 * The tracking, history, price and data model: Dexie liveQueries into signals (the shown
 * product always; the tracked list, the chosen product's snapshots and the chosen group
 * once the Competitors view is opened), and actions that ask the background to write
 * (track-product, untrack-product, group-delete, settings-save, import-data,
 * prune-snapshots) or read the database directly (exports, storage estimate).
 */
export function createHistory(deps: HistoryDeps): HistoryStateModel {
  const now = () => deps.now?.() ?? new Date();
  const warn = (what: string) => (err: unknown) => console.warn(`[Listing Lens] ${what} query failed:`, err);
  const shownKey = computed((): ProductKey | undefined => {
    const read = deps.read.value;
    return read?.product && (read.pageKind === 'product' || read.pageKind === 'reviews') ? productKey(read.marketplace, read.product.id) : undefined;
  });
  const current = liveBy(shownKey, (key) => loadCurrent(deps.db, key), warn('current product'));
  const groups = signal<GroupSummary[]>([]);
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const tracked = signal<ProductListItem[] | undefined>(undefined);
  const chosenKey = signal<ProductKey | undefined>(undefined);
  const chosenGroup = signal<string | undefined>(undefined);
  const storage = signal<HistoryModel['storage']['value']>(undefined);
  const trackStatus = signal<ActionStatus>({ kind: 'idle' });
  const groupStatus = signal<ActionStatus>({ kind: 'idle' });
  const dataStatus = signal<ActionStatus>({ kind: 'idle' });

  const selectedKey = computed((): ProductKey | undefined => {
    const list = tracked.value;
    if (!list?.length) return undefined;
    const has = (k: string | undefined) => k !== undefined && list.some((x) => x.product.key === k);
    if (has(chosenKey.value)) return chosenKey.value;
    if (has(shownKey.value)) return shownKey.value;
    return list[0]!.product.key;
  });
  const selectedGroupId = computed((): string | undefined => {
    const list = groups.value;
    const has = (id: string | undefined) => id !== undefined && list.some((g) => g.group.id === id);
    if (has(chosenGroup.value)) return chosenGroup.value;
    const c = current.value.value;
    const ofShown = c?.key === shownKey.value ? c?.groups.find((g) => has(g.id))?.id : undefined;
    return ofShown ?? list[0]?.group.id;
  });
  const snapshots = liveBy(selectedKey, (key) => productSnapshots(deps.db, key), warn('snapshots'));
  const group = liveBy(selectedGroupId, (id) => groupMembers(deps.db, id), warn('group'));

  const stops: Array<() => void> = [];
  let opened = false;
  let lastShown: string | undefined;

  const failed = (what: ActionWhat, error: MessageError | { code?: string; message: string }): ActionStatus => ({ kind: 'failed', what, code: error.code, message: error.message });
  const errorOf = (err: unknown) => ({ message: String(err instanceof Error ? err.message : err).slice(0, 500) });

  function subscribe<T>(query: () => Promise<T>, into: { value: T }, what: string): void {
    const sub = liveQuery(query).subscribe({ next: (v) => (into.value = v), error: warn(what) });
    stops.push(() => sub.unsubscribe());
  }

  async function refreshStorage(): Promise<void> {
    try {
      storage.value = await storageEstimate(deps.db, deps.storage);
    } catch (err) {
      dataStatus.value = failed('storage', errorOf(err));
    }
  }

  async function download(what: 'export-json' | 'export-csv', make: () => Promise<{ name: string; text: string; type: string }>): Promise<void> {
    dataStatus.value = { kind: 'busy', what };
    try {
      const { name, text, type } = await make();
      deps.download(name, text, type);
      dataStatus.value = { kind: 'done', what, detail: name };
    } catch (err) {
      dataStatus.value = failed(what, errorOf(err));
    }
  }

  const model: HistoryStateModel = {
    shownRead: deps.read,
    current: computed(() => {
      const c = current.value.value;
      return c && c.key === shownKey.value ? c : undefined;
    }) as ReadonlySignal<CurrentProduct | undefined>,
    groups,
    settings,
    tracked,
    selectedKey,
    snapshots: snapshots.value,
    selectedGroupId,
    group: computed(() => {
      const g = group.value.value;
      return g && g.group.id === selectedGroupId.value ? g : undefined;
    }),
    storage,
    trackStatus,
    groupStatus,
    dataStatus,

    async track(role, target: TrackTarget) {
      const key = shownKey.value;
      if (!key) return;
      trackStatus.value = { kind: 'busy', what: 'track' };
      const r = await deps.send('track-product', { productKey: key, role, ...target });
      trackStatus.value = r.ok ? { kind: 'done', what: 'track', detail: r.data.role } : failed('track', r.error);
      if (r.ok && r.data.groupId) chosenGroup.value = r.data.groupId;
    },
    async untrack(groupId) {
      const key = shownKey.value;
      if (!key) return;
      trackStatus.value = { kind: 'busy', what: 'untrack' };
      const r = await deps.send('untrack-product', { productKey: key, ...(groupId ? { groupId } : {}) });
      trackStatus.value = r.ok ? { kind: 'done', what: 'untrack', detail: r.data.role } : failed('untrack', r.error);
    },
    selectProduct(key) {
      chosenKey.value = key;
    },
    selectGroup(id) {
      chosenGroup.value = id;
    },
    async deleteGroup(id) {
      groupStatus.value = { kind: 'busy', what: 'group-delete' };
      const r = await deps.send('group-delete', { groupId: id });
      groupStatus.value = r.ok ? { kind: 'done', what: 'group-delete' } : failed('group-delete', r.error);
      if (r.ok && chosenGroup.value === id) chosenGroup.value = undefined;
    },
    async saveRates(rates: ExchangeRate[]) {
      groupStatus.value = { kind: 'busy', what: 'rates' };
      const r = await deps.send('settings-save', { settings: { exchangeRates: rates } });
      groupStatus.value = r.ok ? { kind: 'done', what: 'rates' } : failed('rates', r.error);
    },
    exportJson() {
      return download('export-json', async () => {
        const at = now();
        return { name: exportFileName(at), text: await exportJson(deps.db, at), type: 'application/json' };
      });
    },
    exportCsv(key, headers) {
      return download('export-csv', async () => {
        const day = now().toISOString().slice(0, 10);
        const which = key ? `-${key.replace(/[^A-Za-z0-9_.-]/g, '-')}` : '';
        return { name: `listing-lens-snapshots${which}-${day}.csv`, text: await exportSnapshotsCsv(deps.db, key ? [key] : undefined, headers), type: 'text/csv;charset=utf-8' };
      });
    },
    async importFile(file) {
      dataStatus.value = { kind: 'busy', what: 'import' };
      let text: string;
      try {
        text = await file.text();
      } catch (err) {
        dataStatus.value = failed('import', errorOf(err));
        return;
      }
      const of = importParts(text, 'count-only').length;
      let received = 0;
      dataStatus.value = { kind: 'busy', what: 'import', received, of };
      const r = await sendImport(text, async (payload) => {
        const answer = await deps.send('import-data', payload);
        if (answer.ok && !answer.data.done) dataStatus.value = { kind: 'busy', what: 'import', received: ++received, of };
        return answer;
      });
      if (!r.ok) dataStatus.value = failed('import', r.error);
      else if (!r.data.done) dataStatus.value = failed('import', { code: 'bad-response', message: 'The background did not finish the import' });
      else dataStatus.value = { kind: 'done', what: 'import', counts: { added: r.data.added, updated: r.data.updated } };
      await refreshStorage();
    },
    async prune(choice: PruneChoice) {
      dataStatus.value = { kind: 'busy', what: 'prune' };
      const payload =
        choice.keepPerProduct !== undefined
          ? { keepPerProduct: choice.keepPerProduct }
          : { before: new Date(now().getTime() - (choice.olderThanDays ?? 0) * DAY_MS).toISOString() };
      const r = await deps.send('prune-snapshots', payload);
      dataStatus.value = r.ok ? { kind: 'done', what: 'prune', detail: String(r.data.deleted) } : failed('prune', r.error);
      await refreshStorage();
    },
    async persist() {
      dataStatus.value = { kind: 'busy', what: 'persist' };
      try {
        // The panel is a window: persist() exists here in Chrome (not in its service worker).
        const here = await requestPersistence(deps.storage);
        let answer = here.available ? here : undefined;
        if (!answer) {
          const r = await deps.send('request-persistence', {});
          answer = r.ok && r.data.available ? r.data : undefined;
        }
        dataStatus.value = { kind: 'done', what: 'persist', detail: answer === undefined ? 'unavailable' : answer.persisted ? 'granted' : 'denied' };
      } catch (err) {
        dataStatus.value = failed('persist', errorOf(err));
      }
      await refreshStorage();
    },
    refreshStorage,
    open() {
      if (opened) return;
      opened = true;
      subscribe(() => productList(deps.db), tracked, 'tracked products');
      stops.push(snapshots.start(), group.start());
      void refreshStorage();
    },
    start() {
      stops.push(current.start());
      subscribe(() => loadGroups(deps.db), groups, 'groups');
      subscribe(() => getSettings(deps.db), settings, 'settings');
      // A status about one product is not shown for the next.
      stops.push(
        shownKey.subscribe((key) => {
          if (key !== lastShown) trackStatus.value = { kind: 'idle' };
          lastShown = key;
        }),
      );
    },
    stop() {
      for (const s of stops.splice(0)) s();
      opened = false;
    },
  };
  return model;
}
