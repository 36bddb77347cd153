import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { DraftSummary, HistoryEntry } from '../../components/workbench/model';
import { draftHistory, listDrafts, recentProducts, searchReadsOf, DraftRowSchema, type ListingLensDb } from '../../lib/db';
import type { Marketplace, PageRead } from '../../lib/schema';

export interface DraftSources {
  drafts: ReadonlySignal<readonly DraftSummary[]>;
  /** The draft list has been read once (so "open the newest draft" knows there is none). */
  draftsLoaded: ReadonlySignal<boolean>;
  history: ReadonlySignal<readonly HistoryEntry[]>;
  searches: ReadonlySignal<readonly PageRead[]>;
  seen: ReadonlySignal<readonly PageRead[]>;
  /** Subscribes; returns the unsubscribe function. */
  start(): () => void;
}

/**
 * The workbench's database reads, each a liveQuery: a write by the background (a save,
 * a new search read in another tab) shows without the panel asking again. History and
 * competitors follow the open draft and its marketplace.
 */
export function watchDraftSources(db: ListingLensDb, on: { draftId: ReadonlySignal<string>; marketplace: ReadonlySignal<Marketplace> }): DraftSources {
  const drafts = signal<readonly DraftSummary[]>([]);
  const draftsLoaded = signal(false);
  const history = signal<readonly HistoryEntry[]>([]);
  const searches = signal<readonly PageRead[]>([]);
  const seen = signal<readonly PageRead[]>([]);

  function watch<T>(query: () => Promise<T>, next: (value: T) => void): () => void {
    const sub = liveQuery(query).subscribe({
      next,
      error: (err: unknown) => console.warn('[Listing Lens] workbench query failed:', err),
    });
    return () => sub.unsubscribe();
  }

  return {
    drafts,
    draftsLoaded,
    history,
    searches,
    seen,
    start() {
      const stops: Array<() => void> = [];
      stops.push(
        watch(
          () => listDrafts(db),
          (rows) => {
            drafts.value = rows.flatMap((row) => {
              const d = DraftRowSchema.safeParse(row);
              return d.success ? [{ id: d.data.id, name: d.data.name, title: d.data.title, marketplace: d.data.marketplace, updatedAt: d.data.updatedAt }] : [];
            });
            draftsLoaded.value = true;
          },
        ),
      );
      let stopHistory = () => {};
      stops.push(
        effect(() => {
          const id = on.draftId.value;
          stopHistory();
          history.value = [];
          stopHistory = watch(
            () => draftHistory(db, id),
            (rows) => (history.value = rows.map((r) => ({ id: r.id!, savedAt: r.savedAt, title: r.draft.title }))),
          );
        }),
        () => stopHistory(),
      );
      let stopCompetitors = () => {};
      stops.push(
        effect(() => {
          const mp = on.marketplace.value;
          stopCompetitors();
          const a = watch(() => searchReadsOf(db, mp), (rows) => (searches.value = rows.map((r) => r.read)));
          const b = watch(() => recentProducts(db, mp), (rows) => (seen.value = rows.map((r) => r.read)));
          stopCompetitors = () => {
            a();
            b();
          };
        }),
        () => stopCompetitors(),
      );
      return () => {
        for (const s of stops.splice(0)) s();
      };
    },
  };
}
