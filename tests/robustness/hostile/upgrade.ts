import type { Collection, Table, Transaction } from 'dexie';
import { DB_VERSION, DB_VERSIONS, ListingLensDb, SnapshotRowSchema, type DbVersion } from '../../../lib/db';
import { upgradeToV3 } from '../../../lib/db/migrate-v3';
import { V2_ROWS } from '../../db/fixtures/v2';
import { fakeIdb } from '../../db/helpers';
import { changedStores, dbBytes } from './db-snapshot';
import type { Rng } from './rng';
import { failureNote, type SuiteResult } from './suite';

/**
 * A schema upgrade on a large database either completes or rolls back. A v2 database with
 * thousands of per-visit snapshots (v2's rows, many products, two page kinds) is opened at
 * the current version with the v3 upgrade failing at a seeded point — inside its walk over
 * the snapshots, on each of its writes, after it finished, with a quota error — and must
 * then still be v2, byte-identical (every record, index and the version). After all the
 * failures, the same database upgrades cleanly: every snapshot kept and valid, one product
 * per product, one latest read per product and page kind.
 */
const V2 = DB_VERSIONS.filter((v) => v.version <= 2);
const BASE = V2_ROWS.snapshots[0]!;

type Point = { what: string; table?: string; method?: string; afterRows?: number; quota?: boolean };

/** v2 rows: `products` products with `perProduct` visits each, every fifth one a reviews page. */
function v2Snapshots(products: number, perProduct: number): unknown[] {
  const rows: unknown[] = [];
  for (let p = 0; p < products; p++) {
    const productId = `B0UPG${String(p).padStart(5, '0')}`;
    for (let v = 0; v < perProduct; v++) {
      const readAtMs = Date.parse('2025-01-01T00:00:00.000Z') + (p * perProduct + v) * 60_000;
      const pageKind = v % 5 === 4 ? 'reviews' : 'product';
      const readAt = new Date(readAtMs).toISOString();
      const read = { ...BASE.read, pageKind, readAt, url: `https://www.amazon.com/dp/${productId}`, product: { ...BASE.read.product, id: productId, price: { amount: 10 + ((p + v) % 17), currency: 'USD' } } };
      rows.push({ ...BASE, id: undefined, productId, pageKind, readAt, readAtMs, tabId: p % 50, read });
    }
  }
  return rows.map((r) => Object.fromEntries(Object.entries(r as object).filter(([, v]) => v !== undefined)));
}

/** The v3 step with a failure injected at `point` (the real upgrade runs until then). */
function failingAt(point: Point): DbVersion[] {
  const fail = () => {
    throw point.quota ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : new Error(`injected failure: ${point.what}`);
  };
  const step = DB_VERSIONS.find((v) => v.version === 3)!;
  const upgrade = async (tx: Transaction) => {
    if (!point.table) {
      await upgradeToV3(tx);
      fail();
    }
    await upgradeToV3(wrapTx(tx, point, fail));
  };
  return [...V2, { ...step, upgrade }, ...DB_VERSIONS.filter((v) => v.version > 3)];
}

/** The transaction with one table's method (or its modify walk after n rows) failing. */
function wrapTx(tx: Transaction, point: Point, fail: () => never): Transaction {
  const wrapTable = (table: Table): Table =>
    new Proxy(table, {
      get(target, key) {
        if (key === point.method) return () => Promise.resolve().then(fail);
        if (key === 'toCollection' && point.method === 'modify') {
          return () => {
            const collection = target.toCollection();
            return new Proxy(collection, {
              get(c, k) {
                if (k !== 'modify') return bound(c, k);
                return (fn: (row: unknown) => void) => {
                  let seen = 0;
                  return c.modify((row: unknown) => {
                    if (++seen > point.afterRows!) fail();
                    fn(row);
                  });
                };
              },
            }) as Collection;
          };
        }
        return bound(target, key);
      },
    });
  return new Proxy(tx, {
    get(target, key) {
      if (key === 'table') return (name: string) => (name === point.table ? wrapTable(target.table(name)) : target.table(name));
      return bound(target, key);
    },
  });
}

function bound(target: object, key: PropertyKey): unknown {
  const value = Reflect.get(target, key, target) as unknown;
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}

export async function upgradeSuite(r: Rng, scale: number): Promise<SuiteResult> {
  const products = Math.max(20, Math.round(500 * scale));
  const perProduct = 10;
  const failures: string[] = [];
  const idb = fakeIdb();
  const name = 'upgrade-hostile';
  const old = new ListingLensDb(name, idb, V2);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    await old.table('snapshots').bulkAdd(v2Snapshots(products, perProduct));
    await old.table('drafts').bulkAdd(V2_ROWS.drafts);
    await old.table('draftHistory').bulkAdd(V2_ROWS.draftHistory);
    await old.table('tabReads').bulkAdd(V2_ROWS.tabReads);
  });
  const before = await dbBytes(old);
  old.close();
  const total = products * perProduct;
  const points: Point[] = [
    { what: `the snapshot walk after ${1} row`, table: 'snapshots', method: 'modify', afterRows: 1 },
    { what: 'the snapshot walk at its last row', table: 'snapshots', method: 'modify', afterRows: total - 1 },
    ...Array.from({ length: Math.max(2, Math.round(6 * scale)) }, () => {
      const n = 1 + r.int(total - 1);
      return { what: `the snapshot walk after ${n} of ${total} rows`, table: 'snapshots', method: 'modify', afterRows: n };
    }),
    { what: 'writing the products', table: 'products', method: 'bulkPut' },
    { what: 'the disk full while writing the products', table: 'products', method: 'bulkPut', quota: true },
    { what: 'fetching the newest snapshots', table: 'snapshots', method: 'bulkGet' },
    { what: 'writing the latest reads', table: 'latestReads', method: 'bulkPut' },
    { what: 'after the upgrade wrote everything', table: undefined },
  ];
  let rejected = 0;
  for (const point of points) {
    const db = new ListingLensDb(name, idb, failingAt(point));
    const err = await db.open().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    db.close();
    const what = `upgrade failing at ${point.what}`;
    if (!err) {
      failures.push(`${what}: the database opened`);
      continue;
    }
    const named = `${err.name}: ${err.message}`;
    if (!named.includes(point.quota ? 'QuotaExceededError' : 'injected failure')) failures.push(`${what}: the error does not name the cause: ${named.slice(0, 160)}`);
    const after = new ListingLensDb(name, idb, V2);
    const reopened = await after.open().then(
      () => undefined,
      (e: unknown) => e,
    );
    if (reopened) failures.push(`${what}: the database no longer opens at v2 (${String(reopened).slice(0, 120)})`);
    else if (after.verno !== 2) failures.push(`${what}: left at v${after.verno}`);
    else {
      const now = await dbBytes(after);
      if (!now.equals(before)) failures.push(`${what}: the v2 database changed (${changedStores(before, now)})`);
      else rejected++;
    }
    after.close();
  }
  // And without a failure it completes.
  const db = new ListingLensDb(name, idb);
  try {
    await db.open();
    const rows = await db.snapshots.toArray();
    const kinds = new Set(rows.map((s) => `${s.productKey} ${s.pageKind}`));
    if (db.verno !== DB_VERSION) failures.push(`the clean upgrade ended at v${db.verno}`);
    if (rows.length !== total) failures.push(`the clean upgrade kept ${rows.length} of ${total} snapshots`);
    const invalid = rows.find((s) => !SnapshotRowSchema.safeParse(s).success);
    if (invalid) failures.push(`the clean upgrade left an invalid snapshot ${invalid.id}`);
    if ((await db.products.count()) !== products) failures.push(`the clean upgrade made ${await db.products.count()} products, want ${products}`);
    if ((await db.latestReads.count()) !== kinds.size) failures.push(`the clean upgrade made ${await db.latestReads.count()} latest reads, want ${kinds.size}`);
    if ((await db.drafts.count()) !== V2_ROWS.drafts.length) failures.push('the clean upgrade lost drafts');
  } catch (err) {
    failures.push(`the clean upgrade failed: ${String(err).slice(0, 160)}`);
  } finally {
    db.close();
  }
  return {
    row: {
      suite: 'upgrade rollback',
      tried: points.length + 1,
      rejected,
      failures: failures.length,
      note: failureNote(failures, `v2 → v${DB_VERSION} over ${total.toLocaleString('en')} snapshots: ${points.length} injected failures rolled back byte-identical, then completed`),
    },
    failures,
  };
}
