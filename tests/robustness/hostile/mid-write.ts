import { Dexie } from 'dexie';
import {
  clearAllData,
  deleteGroup,
  importData,
  ListingLensDb,
  pruneSnapshots,
  saveDraft,
  storePageRead,
  trackProduct,
} from '../../../lib/db';
import { exportJson } from '../../../lib/export/json';
import { fakeIdb } from '../../db/helpers';
import { amazonRead, fillHistory, T0 } from '../../db/history-fixture';
import { dbBytes } from './db-snapshot';
import type { Rng } from './rng';
import { failureNote, type SuiteResult } from './suite';

/**
 * A crash mid-write loses nothing committed and leaves nothing half-written. Each write
 * path the background runs (an import merging into every table, a tracked product's new
 * read, tracking, a draft save, pruning, deleting a group) is interrupted at a seeded
 * write — its transaction aborted, a write refused for lack of space, or the database
 * closed under it (the service worker stopped, the panel closed) — and the database,
 * reopened, must be byte-identical to either before the write or after it ran cleanly:
 * never anything in between.
 */
const NAME = 'mid-write';
type Op = { what: string; run: (db: ListingLensDb) => Promise<unknown> };
type Crash = 'abort' | 'quota' | 'close';

async function ops(): Promise<Op[]> {
  const other = new ListingLensDb('other', fakeIdb());
  await storePageRead(other, 1, amazonRead('B0COMP0001', 20, 99));
  await storePageRead(other, 2, amazonRead('B0NEW00001', 20, 9));
  await trackProduct(other, { productKey: 'amazon:B0NEW00001', role: 'competitor', groupName: 'New' }, { now: T0, newId: () => 'g-new' });
  await trackProduct(other, { productKey: 'amazon:B0COMP0001', role: 'competitor', groupName: 'New' }, { now: T0 });
  await saveDraft(other, { id: 'draft-2', marketplace: 'amazon', name: 'Other', title: 'Other title', bullets: [], searchTerms: '', keywords: [], updatedAt: 0 }, { now: T0 + 5, checkpoint: true });
  const file = await exportJson(other);
  other.close();
  return [
    { what: 'an import merging into every table', run: (db) => importData(db, file, { now: T0 }) },
    { what: 'a tracked product’s changed read', run: (db) => storePageRead(db, 12, amazonRead('B0COMP0001', 12, 17, { bullets: ['Changed'] }), new Date(T0 + 1e9)) },
    { what: 'tracking a product into a new group', run: (db) => trackProduct(db, { productKey: 'amazon:B0OTHER001', role: 'competitor', groupName: 'Fresh' }, { now: T0 + 1e9, newId: () => 'g-fresh' }) },
    { what: 'a draft save with a version', run: (db) => saveDraft(db, { id: 'draft-1', marketplace: 'amazon', name: 'Relaunch', title: 'Changed title', bullets: ['Fast'], searchTerms: '', keywords: [], updatedAt: 0 }, { now: T0 + 1e9, checkpoint: true }) },
    {
      what: 'a tracked product’s review page (stored reviews added and updated)',
      run: (db) => storePageRead(db, 13, { ...amazonRead('B0COMP0002', 13, 40), pageKind: 'reviews', reviews: [{ id: 'R1EXAMPLE01', rating: 3, body: 'Edited.' }, { id: 'RNEW', rating: 1, body: 'Broke.' }] }, new Date(T0 + 1e9)),
    },
    { what: 'pruning to one snapshot per product', run: (db) => pruneSnapshots(db, { keepPerProduct: 1 }) },
    { what: 'pruning by date (stored reviews too)', run: (db) => pruneSnapshots(db, { beforeMs: T0 + 1e12 }) },
    { what: 'deleting a group', run: (db) => deleteGroup(db, 'g1', { now: T0 + 1e9 }) },
    { what: 'clearing all data', run: (db) => clearAllData(db) },
  ];
}

/**
 * The committed database, built once through the real write paths, and exact copies of it
 * (every row with its key) for each interrupted write: fillHistory stamps tab reads with
 * the clock, so building it twice would not give the same bytes.
 */
async function committedCopies(): Promise<() => Promise<{ db: ListingLensDb; idb: ReturnType<typeof fakeIdb> }>> {
  const original = new ListingLensDb(NAME, fakeIdb());
  await fillHistory(original);
  const rows = new Map<string, unknown[]>();
  for (const t of original.tables) rows.set(t.name, await t.toArray());
  original.close();
  return async () => {
    const idb = fakeIdb();
    const db = new ListingLensDb(NAME, idb);
    await db.transaction('rw', db.tables, async () => {
      for (const [name, list] of rows) await db.table(name).bulkAdd(structuredClone(list));
    });
    return { db, idb };
  };
}

/** Counts (or interrupts at) the n-th row write of any table: creating, updating, deleting hooks. */
function onWrites(db: ListingLensDb, at: (n: number) => void): () => void {
  let n = 0;
  // Returns nothing: a value returned from a creating hook becomes the row's primary key.
  const hook = (): void => {
    at(++n);
  };
  const subs: [string, 'creating' | 'updating' | 'deleting'][] = [];
  for (const t of db.tables) {
    for (const kind of ['creating', 'updating', 'deleting'] as const) {
      t.hook(kind as 'creating', hook);
      subs.push([t.name, kind]);
    }
  }
  return () => {
    for (const [name, kind] of subs) db.table(name).hook(kind as 'creating').unsubscribe(hook);
  };
}

export async function midWriteSuite(r: Rng, scale: number): Promise<SuiteResult> {
  const failures: string[] = [];
  let tried = 0;
  let rejected = 0;
  const perOp = Math.max(3, Math.round(20 * scale));
  const committed = await committedCopies();
  for (const op of await ops()) {
    // The two allowed outcomes: before the write, and after it ran cleanly (with its write count).
    const base = await committed();
    const before = await dbBytes(base.db);
    let writes = 0;
    const stop = onWrites(base.db, () => {
      writes++;
    });
    await op.run(base.db);
    stop();
    const after = await dbBytes(base.db);
    base.db.close();
    if (writes === 0) {
      failures.push(`${op.what}: wrote nothing, nothing to interrupt`);
      continue;
    }
    for (let i = 0; i < perOp; i++) {
      const crash: Crash = r.pick(['abort', 'quota', 'close']);
      const at = 1 + r.int(writes);
      const what = `${op.what}, ${crash === 'close' ? 'database closed' : crash === 'quota' ? 'disk full' : 'transaction aborted'} at write ${at} of ${writes}`;
      tried++;
      const { db, idb } = await committed();
      const stopHooks = onWrites(db, (n) => {
        if (n !== at) return;
        if (crash === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        if (crash === 'abort') Dexie.currentTransaction?.abort();
        else db.close();
      });
      const outcome = await op.run(db).then(
        () => 'completed',
        (e: unknown) => `failed (${(e as Error).name})`,
      );
      stopHooks();
      db.close();
      const reopened = new ListingLensDb(NAME, idb);
      try {
        await reopened.open();
        const now = await dbBytes(reopened);
        if (now.equals(before)) rejected++;
        else if (!now.equals(after)) failures.push(`${what}: the write ${outcome} and left the database half-written`);
        else if (outcome !== 'completed') failures.push(`${what}: reported ${outcome} but the write was kept`);
      } catch (err) {
        failures.push(`${what}: the database does not reopen: ${String(err).slice(0, 120)}`);
      } finally {
        reopened.close();
      }
    }
  }
  return {
    row: {
      suite: 'mid-write crash',
      tried,
      rejected,
      failures: failures.length,
      note: failureNote(failures, 'abort / disk full / closed at a random write: all-or-nothing every time; rejected = rolled back, the rest committed whole'),
    },
    failures,
  };
}
