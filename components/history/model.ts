import type { ReadonlySignal } from '@preact/signals';
import type { GroupMember, GroupRef, ProductListItem } from '../../lib/db/queries';
import type { GroupRow, ProductRow, SnapshotRow } from '../../lib/db/schema';
import type { Settings } from '../../lib/db/settings';
import type { StorageEstimate } from '../../lib/db/storage';
import type { ExchangeRate, PageRead, ProductKey } from '../../lib/schema';

/**
 * What the tracking, history, price and data views need: signals to read and actions to
 * call. The side panel builds it (entrypoints/sidepanel/history-state.ts) over Dexie and
 * the background; tests build it over a fake database. The views never see either.
 */

/** The shown product as the database knows it (tracking card, "since your last visit"). */
export interface CurrentProduct {
  key: ProductKey;
  /** Undefined until the background has stored the product's first read. */
  product?: ProductRow;
  groups: GroupRef[];
  /** The newest snapshot and the one before it. */
  latest?: SnapshotRow;
  previous?: SnapshotRow;
  /** Snapshots stored for it. */
  snapshots: number;
}

/** A group, with its "my product" row (for marking the user's price on price bands). */
export interface GroupSummary {
  group: GroupRow;
  mine?: ProductRow;
}

export type TrackTarget = { groupId: string } | { groupName: string } | Record<string, never>;

/** One action's progress, shown beside the control that started it. */
export type ActionStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; what: ActionWhat; received?: number; of?: number }
  | { kind: 'done'; what: ActionWhat; detail?: string; counts?: ImportCounts }
  | { kind: 'failed'; what: ActionWhat; code?: string; message: string };

export type ActionWhat =
  | 'track'
  | 'untrack'
  | 'group-delete'
  | 'rates'
  | 'export-json'
  | 'export-csv'
  | 'import'
  | 'prune'
  | 'persist'
  | 'storage';

export interface ImportCounts {
  added: Record<string, number>;
  updated: Record<string, number>;
}

export interface PruneChoice {
  /** Keep each product's newest n snapshots. */
  keepPerProduct?: number;
  /** Remove snapshots last seen more than this many days ago. */
  olderThanDays?: number;
}

export interface HistoryModel {
  /** The shown tab's read (product, review or search page), when there is one. */
  shownRead: ReadonlySignal<PageRead | undefined>;
  /** The shown product in the database; undefined while loading or when no product is shown. */
  current: ReadonlySignal<CurrentProduct | undefined>;
  groups: ReadonlySignal<GroupSummary[]>;
  settings: ReadonlySignal<Settings>;
  /** Tracked products (History view; undefined until it is opened and loaded). */
  tracked: ReadonlySignal<ProductListItem[] | undefined>;
  /** The product whose history is shown: the user's choice, else the shown product if tracked, else the first. */
  selectedKey: ReadonlySignal<ProductKey | undefined>;
  /** Its snapshots, oldest first (undefined while loading). */
  snapshots: ReadonlySignal<SnapshotRow[] | undefined>;
  /** The group compared: the user's choice, else one the shown product is in, else the first. */
  selectedGroupId: ReadonlySignal<string | undefined>;
  group: ReadonlySignal<{ group: GroupRow; members: GroupMember[] } | undefined>;
  storage: ReadonlySignal<StorageEstimate | undefined>;
  /** Tracking card (track, untrack). */
  trackStatus: ReadonlySignal<ActionStatus>;
  /** Groups and exchange rates. */
  groupStatus: ReadonlySignal<ActionStatus>;
  /** Export, import, prune, persistence. */
  dataStatus: ReadonlySignal<ActionStatus>;

  track(role: 'mine' | 'competitor', target: TrackTarget): Promise<void>;
  untrack(groupId?: string): Promise<void>;
  selectProduct(key: ProductKey): void;
  selectGroup(id: string): void;
  deleteGroup(id: string): Promise<void>;
  saveRates(rates: ExchangeRate[]): Promise<void>;
  exportJson(): Promise<void>;
  /** Snapshots as CSV: all, or one product's. */
  exportCsv(key?: ProductKey, headers?: readonly string[]): Promise<void>;
  importFile(file: Blob & { name?: string }): Promise<void>;
  prune(choice: PruneChoice): Promise<void>;
  persist(): Promise<void>;
  refreshStorage(): Promise<void>;
  /** The History view is shown: start its queries (idempotent). */
  open(): void;
}
