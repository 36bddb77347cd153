import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importData, isQuotaError, productHistory, storePageRead, StoreRefused, trackProduct, type ListingLensDb } from '../../lib/db';
import { exportDatabase, exportJson } from '../../lib/export/json';
import { MAX_IMPORT_BYTES } from '../../lib/export/format';
import { amazonRead, at, dumpTables, fillHistory, portableTables, T0 } from './history-fixture';
import { openTestDb } from './helpers';

let source: ListingLensDb;
let target: ListingLensDb;
let file: string;
beforeEach(async () => {
  source = openTestDb();
  target = openTestDb();
  await fillHistory(source);
  file = await exportJson(source, new Date('2025-04-01T00:00:00.000Z'));
});
afterEach(() => {
  source.close();
  target.close();
});

const refusal = async (text: string, db = target): Promise<StoreRefused> => {
  const err = await importData(db, text, { now: T0 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreRefused);
  return err as StoreRefused;
};

describe('importing an export', () => {
  it('recreates every table of the exported database in an empty one', async () => {
    const result = await importData(target, file, { now: T0 });
    // One stored review (R1EXAMPLE01) for each of the three tracked products.
    expect(result.added).toEqual({ products: 5, snapshots: 6, latestReads: 6, resultSets: 2, groups: 1, drafts: 1, draftHistory: 1, settings: 1, reviews: 3 });
    expect(await portableTables(target)).toEqual(await portableTables(source));
    expect((await productHistory(target, 'amazon', 'B0COMP0001')).map((h) => [h.read.product?.price?.amount, h.lastSeenMs])).toEqual([
      [25, Date.parse(at(0))],
      [23, Date.parse(at(2))],
      [26, Date.parse(at(3))],
    ]);
  });

  it('is idempotent: a second import of the same file changes nothing', async () => {
    await importData(target, file, { now: T0 });
    const before = await dumpTables(target);
    const again = await importData(target, file, { now: T0 + 1 });
    expect(again.added).toEqual({ products: 0, snapshots: 0, latestReads: 0, resultSets: 0, groups: 0, drafts: 0, draftHistory: 0, settings: 0, reviews: 0 });
    expect(again.updated).toEqual(again.added);
    expect(await dumpTables(target)).toEqual(before);
  });

  it('importing a database’s own export into it changes nothing', async () => {
    const before = await dumpTables(source);
    const result = await importData(source, file, { now: T0 });
    expect(Object.values(result.added).concat(Object.values(result.updated)).every((n) => n === 0)).toBe(true);
    expect(await dumpTables(source)).toEqual(before);
  });

  it('merges into a database with its own history: new states added, known ones extended, local tracking kept', async () => {
    // Here: the competitor was also read (same first state, seen later; and a state the file lacks).
    await storePageRead(target, 1, amazonRead('B0COMP0001', 0, 25));
    await trackProduct(target, { productKey: 'amazon:B0COMP0001', role: 'competitor' }, { now: T0 });
    await storePageRead(target, 2, amazonRead('B0COMP0001', 1, 25)); // first state, seen at visit 1
    await storePageRead(target, 3, amazonRead('B0COMP0001', 9, 19)); // a state only here
    const result = await importData(target, file, { now: T0 });
    expect([result.added.snapshots, result.updated.snapshots]).toEqual([5, 0]);
    expect((await productHistory(target, 'amazon', 'B0COMP0001')).map((h) => [h.read.product?.price?.amount, h.readAtMs, h.lastSeenMs])).toEqual([
      [25, Date.parse(at(0)), Date.parse(at(1))],
      [23, Date.parse(at(1)), Date.parse(at(2))],
      [26, Date.parse(at(3)), Date.parse(at(3))],
      [19, Date.parse(at(9)), Date.parse(at(9))],
    ]);
    // The file's group takes the product in; its role follows the group.
    expect((await target.products.get('amazon:B0COMP0001'))?.role).toBe('competitor');
    expect((await target.groups.toArray()).map((g) => g.name)).toEqual(['Chargers']);
  });

  it('keeps free text as written (formula-like titles included) — CSV exports neutralise it', async () => {
    await importData(target, file, { now: T0 });
    expect((await target.products.get('jd:100012043978'))?.title).toBe('=HYPERLINK("http://evil.example","美的电热水壶")');
  });
});

/** A hostile or broken file: [what, text, code, words the message must contain]. */
function brokenFiles(valid: string): [string, string, string, string[]][] {
  const env = JSON.parse(valid) as { tables: Record<string, Record<string, unknown>[]> } & Record<string, unknown>;
  const edit = (fn: (e: typeof env) => void) => {
    const copy = structuredClone(env);
    fn(copy);
    return JSON.stringify(copy);
  };
  const snap = (e: typeof env) => e.tables.snapshots![0] as { read: { product: Record<string, unknown> } } & Record<string, unknown>;
  return [
    ['truncated JSON', valid.slice(0, Math.floor(valid.length / 2)), 'invalid-file', ['Not valid JSON', 'line 1, column', 'truncated']],
    ['a syntax error', '{"format": "listing-lens",\n "version" 1}', 'invalid-file', ['Not valid JSON', 'line 2, column']],
    ['an empty file', '   ', 'invalid-file', ['empty']],
    ['a JSON array', '[1,2,3]', 'invalid-file', ['(root)', 'not a Listing Lens export']],
    ['another program’s JSON', JSON.stringify({ format: 'other-tool', version: 1 }), 'invalid-file', ['format', '"other-tool"']],
    ['a newer format version', edit((e) => (e.version = 2)), 'invalid-file', ['version', 'newer Listing Lens', 'reads version 1']],
    ['a version that is text', edit((e) => (e.version = '1')), 'invalid-file', ['version', 'whole number']],
    ['a price that is text', edit((e) => (snap(e).read.product.price = { amount: '35.99', currency: 'USD' })), 'invalid-file', ['tables.snapshots[0].read.product.price.amount', 'expected number']],
    ['a rating of 6', edit((e) => (snap(e).read.product.rating = 6)), 'invalid-file', ['tables.snapshots[0].read.product.rating']],
    ['an unknown table', edit((e) => (e.tables.secrets = [])), 'invalid-file', ['tables', 'secrets']],
    ['a missing row field', edit((e) => delete e.tables.products![1]!.lastSeenMs), 'invalid-file', ['tables.products[1].lastSeenMs']],
    ['a product key that does not match its id', edit((e) => (e.tables.products![0]!.key = 'amazon:B0SOMEONE1')), 'invalid-file', ['tables.products[0].key', 'does not match']],
    ['a read of another product in a snapshot', edit((e) => (snap(e).read.product.id = 'B0SOMEONE1')), 'invalid-file', ['tables.snapshots[0].read', 'not of']],
    ['readAtMs that is not readAt', edit((e) => (snap(e).readAtMs = 5)), 'invalid-file', ['tables.snapshots[0].readAtMs']],
    ['a prototype-pollution key', valid.replace('"tables":{', '"tables":{"__proto__":{"polluted":true},'), 'invalid-file', ['tables.__proto__', 'not allowed']],
    ['a constructor key deep inside', edit((e) => (snap(e).read.product.specs = JSON.parse('{"constructor":{"prototype":{"x":1}}}'))), 'invalid-file', ['tables.snapshots[0].read.product.specs.constructor', 'not allowed']],
    ['a 200,000-character title', edit((e) => (snap(e).read.product.title = 'x'.repeat(200_000))), 'invalid-file', ['tables.snapshots[0].read.product.title', '200,000 characters']],
    ['nesting 40 levels deep', edit((e) => (e.tables.drafts![0]!.extra = JSON.parse('['.repeat(40) + ']'.repeat(40)))), 'invalid-file', ['tables.drafts[0].extra', 'nested more than 32']],
    ['a formula as a product id', edit((e) => (e.tables.products![0]!.productId = '=cmd|calc')), 'invalid-file', ['tables.products[0].productId', 'letters, digits']],
    ['a group member nobody has', edit((e) => ((e.tables.groups![0]!.competitors as string[]).push('amazon:B0NOBODY01'))), 'invalid-file', ['tables.groups[0].competitors[2]', 'amazon:B0NOBODY01', 'neither']],
    ['a snapshot of a product nobody has', edit((e) => (e.tables.products = e.tables.products!.filter((p) => p.key !== 'amazon:B0COMP0001'))), 'invalid-file', ['tables.snapshots[', 'amazon:B0COMP0001', 'neither']],
    ['a stored review under another product’s key', edit((e) => (e.tables.reviews![0]!.productKey = 'amazon:B0SOMEONE1')), 'invalid-file', ['tables.reviews[0].productKey', 'does not match']],
    ['a stored review last seen before first seen', edit((e) => (e.tables.reviews![0]!.lastSeenMs = 1)), 'invalid-file', ['tables.reviews[0].lastSeenMs', 'last seen before first seen']],
    ['a stored review twice', edit((e) => e.tables.reviews!.push({ ...e.tables.reviews![0]!, firstSeenMs: 0 })), 'invalid-file', ['tables.reviews[3].review', 'appears twice', 'tables.reviews[0]']],
    ['a stored review with a 9-star rating', edit((e) => ((e.tables.reviews![1]!.review as Record<string, unknown>).rating = 9)), 'invalid-file', ['tables.reviews[1].review.rating']],
    [
      'a stored review of a product nobody has',
      edit((e) => {
        for (const t of ['products', 'snapshots', 'latestReads'] as const) e.tables[t] = e.tables[t]!.filter((r) => (r.key ?? r.productKey) !== 'amazon:B0MINE0001');
      }),
      'invalid-file',
      ['tables.reviews[', 'amazon:B0MINE0001', 'neither'],
    ],
    ['a 100 MB file', `{"format":"listing-lens","version":1,"pad":"${'x'.repeat(100_000_000)}"}`, 'too-large', ['The file is 100 MB or more', `at most ${MAX_IMPORT_BYTES / 1e6} MB`]],
    ['a 51 MB file of Chinese text (17 M characters)', `{"format":"listing-lens","version":1,"pad":"${'价'.repeat(17_000_000)}"}`, 'too-large', ['The file is 51 MB', 'at most 50 MB']],
  ];
}

describe('a malformed or hostile file', () => {
  it('is refused with what is wrong and where, and the database is untouched', async () => {
    await storePageRead(target, 1, amazonRead('B0LOCAL001', 0, 5));
    const before = await dumpTables(target);
    for (const [what, text, code, words] of brokenFiles(file)) {
      const err = await refusal(text);
      expect(err.code, what).toBe(code);
      for (const w of words) expect(err.message, what).toContain(w);
      expect(err.message.length, what).toBeLessThan(2000);
    }
    expect(await dumpTables(target)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('lists several problems at once, with a count', async () => {
    const env = JSON.parse(file) as { tables: { products: { firstSeenMs: unknown }[] } };
    for (const p of env.tables.products) p.firstSeenMs = 'yesterday';
    const err = await refusal(JSON.stringify(env));
    expect(err.message).toMatch(/5 problems: tables\.products\[0\]\.firstSeenMs: .*tables\.products\[4\]\.firstSeenMs/);
  });
});

describe('a failure midway through the import', () => {
  it.each([
    ['the snapshots', 'snapshots'],
    ['the result sets', 'resultSets'],
    ['the draft versions', 'draftHistory'],
  ] as const)('while writing %s leaves every table exactly as before', async (_what, table) => {
    await fillHistory(target);
    await storePageRead(target, 30, amazonRead('B0LOCAL001', 8, 5));
    // A different database's export, so the import has rows to add to every table.
    const other = openTestDb();
    await storePageRead(other, 1, amazonRead('B0COMP0001', 20, 99));
    await storePageRead(other, 1, amazonRead('B0NEW00001', 20, 9));
    await trackProduct(other, { productKey: 'amazon:B0NEW00001', role: 'competitor', groupName: 'New' }, { now: T0, newId: () => 'g-new' });
    await trackProduct(other, { productKey: 'amazon:B0COMP0001', role: 'competitor', groupName: 'New' }, { now: T0 });
    const envelope = await exportDatabase(other);
    other.close();
    const merged = await exportDatabase(source);
    envelope.tables.resultSets = merged.tables.resultSets.map((r) => ({ ...r, readAtMs: r.readAtMs + 1000, readAt: new Date(r.readAtMs + 1000).toISOString(), lastSeenMs: r.lastSeenMs + 1000 }));
    envelope.tables.drafts = merged.tables.drafts.map((d) => ({ ...d, updatedAt: d.updatedAt + 1 }));
    envelope.tables.draftHistory = merged.tables.draftHistory.map((h) => ({ ...h, savedAt: h.savedAt + 1 }));
    const before = await dumpTables(target);
    // The disk fills up while this table is written (after the tables before it were).
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    target.table(table).hook('creating', full);
    const err = await importData(target, JSON.stringify(envelope), { now: T0 }).catch((e: unknown) => e);
    target.table(table).hook('creating').unsubscribe(full);
    expect(isQuotaError(err)).toBe(true);
    expect(await dumpTables(target)).toEqual(before);
    // The same file imports cleanly once there is room.
    const ok = await importData(target, JSON.stringify(envelope), { now: T0 });
    expect(ok.added.products).toBe(1);
    expect((await target.groups.toArray()).map((g) => g.name).sort()).toEqual(['Chargers', 'New']);
  });
});
