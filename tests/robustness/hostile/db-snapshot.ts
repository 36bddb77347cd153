import type { Dexie } from 'dexie';

/**
 * The whole database as bytes: its version, every object store's key path and indexes,
 * and every record with its primary key, read straight from IndexedDB (not through
 * Dexie's tables). Written by `encode` below rather than V8's serialiser, whose bytes
 * depend on how V8 happens to hold a string in memory (one- or two-byte), not only on
 * its content. Two snapshots are byte-identical only when nothing — no row, key, key
 * order, index or the version — changed.
 */
export async function dbBytes(db: Dexie): Promise<Buffer> {
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames].sort();
  const stores: unknown[] = [];
  if (names.length) {
    const tx = idb.transaction(names, 'readonly');
    for (const name of names) {
      const store = tx.objectStore(name);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      const indexes = [...store.indexNames].sort().map((i) => {
        const index = store.index(i);
        return [i, index.keyPath, index.unique, index.multiEntry];
      });
      stores.push([name, store.keyPath, store.autoIncrement, indexes, keys, values]);
    }
  }
  return Buffer.from(encode([idb.name, idb.version, stores.map((s) => encode(s))]), 'utf8');
}

/** Which stores differ between two snapshots (for a failure's message), e.g. "version 2 → 3, products". */
export function changedStores(a: Buffer, b: Buffer): string {
  const [, va, sa] = JSON.parse(a.toString('utf8')) as [unknown, unknown, string[]];
  const [, vb, sb] = JSON.parse(b.toString('utf8')) as [unknown, unknown, string[]];
  const name = (s: string) => (JSON.parse(s) as unknown[])[0] as string;
  const names = [...new Set([...sa, ...sb].map(name))];
  const differs = names.filter((n) => sa.find((s) => name(s) === n) !== sb.find((s) => name(s) === n));
  return [...(JSON.stringify(va) !== JSON.stringify(vb) ? [`version ${JSON.stringify(va)} → ${JSON.stringify(vb)}`] : []), ...differs].join(', ');
}

/**
 * JSON with what JSON loses kept apart: undefined, -0, NaN, ±Infinity, dates, binary and
 * nested arrays as IndexedDB keys hold them. Object keys in stored order.
 */
function encode(value: unknown): string {
  if (value === undefined) return '{"$u":1}';
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? String(value) : `{"$n":"${Object.is(value, -0) ? '-0' : String(value)}"}`;
  if (typeof value === 'bigint') return `{"$b":"${value}"}`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return `{"$d":${value.getTime()}}`;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `{"$x":"${Buffer.from(value instanceof ArrayBuffer ? value : value.buffer).toString('hex')}"}`;
  if (Array.isArray(value)) return `[${value.map(encode).join(',')}]`;
  return `{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${encode((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
