import { effect, signal, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { pickSearch, searchIds, type CompetitorSources } from '../../components/fabe/competitors';
import { latestReadsOf, recentProducts, searchReadsOf, type ListingLensDb } from '../../lib/db';
import type { Marketplace } from '../../lib/schema';

/** Recently read products considered (the user's own and other languages are dropped later). */
export const RECENT_PRODUCTS = 12;

/**
 * The reads the FABE view compares the shown product with, in one query: the open search
 * that lists it (else the newest open search of its marketplace), the stored reads of
 * that search's results, and the marketplace's recently read products.
 */
export async function loadCompetitorSources(db: ListingLensDb, marketplace: Marketplace, mineId: string): Promise<CompetitorSources> {
  const searches = (await searchReadsOf(db, marketplace)).map((row) => row.read);
  const search = pickSearch(searches, mineId);
  const fromSearch = (await latestReadsOf(db, marketplace, searchIds(search, mineId))).map((row) => row.read);
  const recent = (await recentProducts(db, marketplace, RECENT_PRODUCTS)).map((row) => row.read);
  return { search, fromSearch, recent };
}

const EMPTY: CompetitorSources = { fromSearch: [], recent: [] };

/**
 * A liveQuery over loadCompetitorSources that follows the shown product: a search read in
 * another tab, or a competitor opened there, shows in the gap matrix without asking.
 */
export function watchCompetitorSources(db: ListingLensDb, mine: ReadonlySignal<{ marketplace: Marketplace; id: string } | undefined>) {
  const sources = signal<CompetitorSources>(EMPTY);
  return {
    sources: sources as ReadonlySignal<CompetitorSources>,
    start(): () => void {
      let stop = () => {};
      const stopEffect = effect(() => {
        const m = mine.value;
        stop();
        sources.value = EMPTY;
        if (!m) {
          stop = () => {};
          return;
        }
        const sub = liveQuery(() => loadCompetitorSources(db, m.marketplace, m.id)).subscribe({
          next: (value) => (sources.value = value),
          error: (err: unknown) => console.warn('[Listing Lens] FABE competitor query failed:', err),
        });
        stop = () => sub.unsubscribe();
      });
      return () => {
        stopEffect();
        stop();
      };
    },
  };
}
