import type { ListingLensDb } from './database';
import { DATA_TABLES } from './database';

/**
 * Removes everything the extension stored — products, snapshots, groups, drafts and their
 * history, settings, and the per-tab reads — in one transaction: all of it goes, or (on an
 * error) none of it. Answers how many rows were removed.
 */
export async function clearAllData(db: ListingLensDb): Promise<number> {
  const tables = [...DATA_TABLES.map((name) => db.table(name)), db.tabReads];
  return db.transaction('rw', tables, async () => {
    const counts = await Promise.all(tables.map((t) => t.count()));
    await Promise.all(tables.map((t) => t.clear()));
    return counts.reduce((a, b) => a + b, 0);
  });
}
