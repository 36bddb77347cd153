import type { Transaction } from 'dexie';
import type { PageRead } from '../schema';
import { productHash } from './fingerprint';
import { latestReadRowOf, summaryOf } from './rows';
import type { LatestReadRow, ProductRow, SnapshotRow } from './schema';

/**
 * v2 → v3. v2 kept a snapshot of every product read (one per visit). v3 keeps products,
 * the latest read of each product per page kind, and snapshots with a fingerprint and a
 * last-seen time. Every v2 snapshot stays, with its id and its whole read: it gains
 * `productKey`, `hash` and `lastSeenMs` (= its read time). Each product becomes a products
 * row, untracked (the user never chose to track it) and never dropped by the untracked
 * bound because it has history. The newest snapshot per product and page kind becomes its
 * latest read, so the workbench and the FABE view find what they found before.
 * Drafts and tab reads are untouched. Runs inside Dexie's upgrade transaction: a failure
 * leaves the database at v2.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  interface Seen {
    row: Omit<ProductRow, 'latest'>;
    /** Newest snapshot per page kind: id and time (the reads are fetched afterwards). */
    newest: Map<string, { id: number; readAtMs: number }>;
    newestProductRead?: { readAtMs: number; read: PageRead };
  }
  const products = new Map<string, Seen>();

  await tx
    .table('snapshots')
    .toCollection()
    .modify((row: Partial<SnapshotRow> & { id: number; read: PageRead }) => {
      const key = `${row.marketplace}:${row.productId}`;
      const readAtMs = row.readAtMs ?? 0;
      row.productKey = key;
      row.lastSeenMs = readAtMs;
      row.hash = productHash(row.read);
      let seen = products.get(key);
      if (!seen) {
        seen = {
          row: { key, marketplace: row.marketplace!, productId: row.productId!, firstSeenMs: readAtMs, lastSeenMs: readAtMs, role: 'untracked' },
          newest: new Map(),
        };
        products.set(key, seen);
      }
      seen.row.firstSeenMs = Math.min(seen.row.firstSeenMs, readAtMs);
      seen.row.lastSeenMs = Math.max(seen.row.lastSeenMs, readAtMs);
      const kind = row.pageKind ?? 'product';
      const newest = seen.newest.get(kind);
      if (!newest || readAtMs >= newest.readAtMs) seen.newest.set(kind, { id: row.id, readAtMs });
      if (kind === 'product' && (!seen.newestProductRead || readAtMs >= seen.newestProductRead.readAtMs)) {
        seen.newestProductRead = { readAtMs, read: row.read };
      }
    });

  const productRows: ProductRow[] = [];
  const newestIds: number[] = [];
  for (const seen of products.values()) {
    const read = seen.newestProductRead?.read;
    const title = read?.product?.title;
    productRows.push({ ...seen.row, ...(title ? { title } : {}), ...(read ? { latest: summaryOf(read) } : {}) });
    for (const n of seen.newest.values()) newestIds.push(n.id);
  }
  await tx.table('products').bulkPut(productRows);

  const newest = (await tx.table('snapshots').bulkGet(newestIds)) as (SnapshotRow | undefined)[];
  const latest = newest.flatMap((s): LatestReadRow[] => {
    const row = s && latestReadRowOf(s.read, s.tabId);
    return row ? [row] : [];
  });
  await tx.table('latestReads').bulkPut(latest);
}
