import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { CurrentProduct, GroupSummary } from '../../components/history/model';
import { getProduct, groupsOf, historyRange, latestTwoSnapshots, listGroups, type ListingLensDb } from '../../lib/db';
import type { ProductKey } from '../../lib/schema';

/**
 * The history view's Dexie reads, each fit for a liveQuery (reads only; the background is
 * the only writer), and a helper that keeps a signal in step with a query whose input is
 * itself a signal (the shown product, the chosen group).
 */

/** The shown product: its row, its groups, its two newest snapshots and how many it has. */
export async function loadCurrent(db: ListingLensDb, key: ProductKey): Promise<CurrentProduct> {
  const [product, groups, two, snapshots] = await Promise.all([getProduct(db, key), groupsOf(db, key), latestTwoSnapshots(db, key), historyRange(db, key).count()]);
  return {
    key,
    ...(product ? { product } : {}),
    groups: groups.map((g) => ({ id: g.id, name: g.name, as: g.mine === key ? ('mine' as const) : ('competitor' as const) })),
    ...(two.latest ? { latest: two.latest } : {}),
    ...(two.previous ? { previous: two.previous } : {}),
    snapshots,
  };
}

/** The groups by name, each with its "my product" row. */
export async function loadGroups(db: ListingLensDb): Promise<GroupSummary[]> {
  const groups = await listGroups(db);
  const mines = await Promise.all(groups.map((g) => (g.mine ? getProduct(db, g.mine) : Promise.resolve(undefined))));
  return groups.map((group, i) => ({ group, ...(mines[i] ? { mine: mines[i] } : {}) }));
}

/**
 * A signal holding `query(input)` live: re-subscribed when `input` changes (undefined
 * input → undefined value, no query). Returns the signal and a start function that
 * returns its stop.
 */
export function liveBy<I, T>(input: ReadonlySignal<I | undefined>, query: (value: I) => Promise<T>, onError: (err: unknown) => void) {
  const out = signal<T | undefined>(undefined);
  return {
    value: out as ReadonlySignal<T | undefined>,
    start(): () => void {
      let stop = () => {};
      const stopEffect = effect(() => {
        const v = input.value;
        stop();
        out.value = undefined;
        if (v === undefined) {
          stop = () => {};
          return;
        }
        const sub = liveQuery(() => query(v)).subscribe({ next: (value) => (out.value = value), error: onError });
        stop = () => sub.unsubscribe();
      });
      return () => {
        stopEffect();
        stop();
      };
    },
  };
}
