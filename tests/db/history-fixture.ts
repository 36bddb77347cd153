import { saveDraft, saveSettings, storePageRead, trackProduct, VISIT_WINDOW_MS, type ListingLensDb } from '../../lib/db';
import { PageReadSchema, type PageRead } from '../../lib/schema';
import { productRead, searchRead } from './fixtures/sample-reads';

/**
 * A database with some of everything, written through the real write paths: my product
 * and two competitors in a group (with price changes), an untracked product and an
 * untracked JD product, a review page, two search result sets, a draft with a version,
 * and settings. Shared by the import, export and query tests.
 */
export const T0 = Date.parse('2025-03-01T10:00:00.000Z');
const STEP = VISIT_WINDOW_MS + 60_000;
export const at = (i: number) => new Date(T0 + i * STEP).toISOString();

export function amazonRead(id: string, i: number, price: number, extra: Partial<NonNullable<PageRead['product']>> = {}): PageRead {
  return productRead({ readAt: at(i), url: `https://www.amazon.com/dp/${id}` }, { id, title: `Product ${id}`, price: { amount: price, currency: 'USD' }, ...extra });
}

export async function fillHistory(db: ListingLensDb): Promise<void> {
  let n = 0;
  const newId = () => `g${++n}`;
  await storePageRead(db, 1, amazonRead('B0MINE0001', 0, 30));
  await storePageRead(db, 2, amazonRead('B0COMP0001', 0, 25));
  await storePageRead(db, 3, amazonRead('B0COMP0002', 0, 40));
  await storePageRead(db, 4, amazonRead('B0OTHER001', 0, 12));
  await trackProduct(db, { productKey: 'amazon:B0MINE0001', role: 'mine', groupName: 'Chargers' }, { now: T0, newId });
  await trackProduct(db, { productKey: 'amazon:B0COMP0001', role: 'competitor', groupId: 'g1' }, { now: T0, newId });
  await trackProduct(db, { productKey: 'amazon:B0COMP0002', role: 'competitor', groupId: 'g1' }, { now: T0, newId });
  await storePageRead(db, 5, amazonRead('B0COMP0001', 1, 23));
  await storePageRead(db, 6, amazonRead('B0COMP0001', 2, 23)); // unchanged: last seen moves
  await storePageRead(db, 7, amazonRead('B0COMP0001', 3, 26, { bullets: ['New bullet'] }));
  await storePageRead(db, 8, amazonRead('B0MINE0001', 3, 29));
  await storePageRead(
    db,
    9,
    productRead({ pageKind: 'reviews', url: 'https://www.amazon.com/product-reviews/B0COMP0002', readAt: at(4) }, { id: 'B0COMP0002', bullets: undefined, price: undefined }),
  );
  await storePageRead(
    db,
    10,
    PageReadSchema.parse({
      ...productRead({ readAt: at(4) }, { id: '100012043978', title: '=HYPERLINK("http://evil.example","美的电热水壶")', price: { amount: 129, currency: 'CNY' } }),
      marketplace: 'jd',
      url: 'https://item.jd.com/100012043978.html',
      locale: 'zh-CN',
    }),
  );
  await storePageRead(db, 11, searchRead({ readAt: at(5) }));
  await storePageRead(db, 11, searchRead({ readAt: at(6), url: 'https://www.amazon.com/s?k=portable+charger&page=2' }));
  await saveDraft(db, { id: 'draft-1', marketplace: 'amazon', productId: 'B0MINE0001', name: 'Relaunch', title: 'Portable Charger 10000mAh', bullets: ['Fast'], searchTerms: '', keywords: ['charger'], updatedAt: 0 }, { now: T0 });
  await saveSettings(db, { exchangeRates: [{ from: 'USD', to: 'CNY', rate: 7.2, asOf: '2025-03-01' }], language: 'zh_CN' }, T0);
}

/** Every data table's rows, as stored (for "exactly as before" checks). */
export async function dumpTables(db: ListingLensDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables.map((t) => t.name).sort()) out[table] = await db.table(table).toArray();
  return out;
}

/** The same, without what is local to one database (auto-increment ids, tab ids) — what an export carries. */
export async function portableTables(db: ListingLensDb): Promise<Record<string, unknown[]>> {
  const all = await dumpTables(db);
  delete all.tabReads;
  const strip = (row: unknown) => {
    const { id: _i, tabId: _t, ...rest } = row as Record<string, unknown>;
    return rest;
  };
  const key = (row: unknown) => JSON.stringify(row);
  return Object.fromEntries(Object.entries(all).map(([t, rows]) => [t, rows.map((r) => (t === 'groups' || t === 'drafts' ? r : strip(r))).sort((a, b) => key(a).localeCompare(key(b)))]));
}
