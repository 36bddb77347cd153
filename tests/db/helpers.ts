import { Dexie, type DexieOptions } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ListingLensDb } from '../../lib/db';

/** A private fake IndexedDB per test, so tests never see each other's rows. */
export function fakeIdb(): Required<Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>> {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

// Dexie's liveQuery runs only when it sees an IndexedDB at all (it checks its global
// dependencies, not the database's own options); Node has none, so give it the fake one.
Dexie.dependencies.indexedDB ??= new IDBFactory();
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;

export function openTestDb(): ListingLensDb {
  return new ListingLensDb('listing-lens-test', fakeIdb());
}
