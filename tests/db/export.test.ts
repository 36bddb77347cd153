import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, productSnapshots, type ListingLensDb } from '../../lib/db';
import { BOM } from '../../lib/export/csv';
import { ExportEnvelopeSchema } from '../../lib/export/format';
import { exportDatabase, exportFileName, exportJson } from '../../lib/export/json';
import { exportSnapshotsCsv, SNAPSHOT_CSV_COLUMNS, snapshotsCsv } from '../../lib/export/snapshots-csv';
import { at, fillHistory } from './history-fixture';
import { openTestDb } from './helpers';

let db: ListingLensDb;
beforeEach(async () => {
  db = openTestDb();
  await fillHistory(db);
});
afterEach(() => db.close());

describe('the JSON export', () => {
  it('is a versioned envelope that its own schema accepts, without tab reads or local ids', async () => {
    const env = await exportDatabase(db, new Date('2025-04-01T00:00:00.000Z'));
    expect([env.format, env.version, env.exportedAt, env.schemaVersion]).toEqual(['listing-lens', 1, '2025-04-01T00:00:00.000Z', DB_VERSION]);
    expect(Object.keys(env.tables).sort()).toEqual(['draftHistory', 'drafts', 'groups', 'latestReads', 'products', 'resultSets', 'reviews', 'settings', 'snapshots']);
    expect(ExportEnvelopeSchema.safeParse(env).success).toBe(true);
    const text = await exportJson(db);
    expect(text).not.toMatch(/"(tabId|hash|lruMs)":/);
    expect(JSON.parse(text).tables.snapshots.map((s: { productKey: string }) => s.productKey)).toEqual([
      'amazon:B0COMP0001',
      'amazon:B0COMP0001',
      'amazon:B0COMP0001',
      'amazon:B0COMP0002',
      'amazon:B0MINE0001',
      'amazon:B0MINE0001',
    ]);
    expect(env.tables.settings).toMatchObject({ language: 'zh_CN', exchangeRates: [{ from: 'USD', to: 'CNY', rate: 7.2 }] });
  });

  it('leaves settings out when none were saved', async () => {
    await db.settings.clear();
    expect((await exportDatabase(db)).tables.settings).toBeUndefined();
  });

  it('names its file by date', () => {
    expect(exportFileName(new Date('2025-04-01T23:00:00.000Z'))).toBe('listing-lens-2025-04-01.json');
    expect(exportFileName(new Date('2025-04-01T23:00:00.000Z'), 'csv')).toBe('listing-lens-2025-04-01.csv');
  });
});

describe('the snapshots CSV', () => {
  it('has a BOM, a header, and one row per snapshot with its first and last seen times', async () => {
    const csv = await exportSnapshotsCsv(db, ['amazon:B0COMP0001']);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(SNAPSHOT_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(5); // header, 3 snapshots, the final empty line
    const cells = lines[2]!.split(',');
    const col = (name: (typeof SNAPSHOT_CSV_COLUMNS)[number]) => cells[SNAPSHOT_CSV_COLUMNS.indexOf(name)];
    expect([col('product'), col('role'), col('firstSeen'), col('lastSeen'), col('price'), col('currency'), col('listPrice'), col('rating'), col('reviewCount')]).toEqual([
      'amazon:B0COMP0001',
      'competitor',
      at(1),
      at(2),
      '23',
      'USD',
      '49.99',
      '4.2',
      '12873',
    ]);
  });

  it('neutralises a title a spreadsheet would run as a formula, and quotes it', async () => {
    const rows = (await productSnapshots(db, 'amazon:B0MINE0001')).map((s) => ({ ...s, read: { ...s.read, product: { ...s.read.product!, title: '=HYPERLINK("http://evil.example","x")' } } }));
    const csv = snapshotsCsv(rows);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('exports every product when none are named', async () => {
    const csv = await exportSnapshotsCsv(db);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(7);
  });
});
