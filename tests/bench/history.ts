/**
 * The "history" section of `npm run bench` (`npm run bench -- history` for the full size):
 * competitor history in fake-indexeddb, the IndexedDB the unit tests use (in-memory, pure
 * JavaScript — slower than a browser's, so these are upper bounds).
 *
 * - Fill: N snapshots over P tracked products (50 states each, every state a real change:
 *   the price or a bullet moves), written as capture writes them — one transaction per
 *   product batch of product row + snapshots + latest read — reported per snapshot.
 * - Capture: storePageRead of a changed read of a tracked product on the full database
 *   (tab read, product row, latest read, diff against the newest snapshot, new snapshot:
 *   the whole path a page read takes), median per read.
 * - One product's history (productSnapshots, 50 rows) and one "what changed"
 *   (latestTwoSnapshots + lib/analyses/history diffReads), medians over random products;
 *   then, in memory, what the panel computes from them: timeline over the 50 snapshots and
 *   sinceLastVisit of the last two (the pure analyses, without the database).
 * - Price bands over a 60-result search page (lib/analyses/prices priceBands), median.
 * - Export of the whole database to JSON, and import of that file into an empty database
 *   (the size bound lifted: the full-size file is far over MAX_IMPORT_BYTES), then the
 *   same import again (every row a duplicate), medians of `runs` (fewer for the full size).
 * Medians only; nothing here asserts a time.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { diffReads, sinceLastVisit, timeline } from '../../lib/analyses/history';
import { priceBands } from '../../lib/analyses/prices';
import { ListingLensDb, importData, latestTwoSnapshots, productHash, productSnapshots, storePageRead, type ProductRow, type SnapshotRow } from '../../lib/db';
import { historyRead, latestReadRowOf, summaryOf } from '../../lib/db/rows';
import { exportJson } from '../../lib/export/json';
import { PageReadSchema, type PageRead } from '../../lib/schema';
import { median } from './measure';

export interface HistoryBenchSummary {
  snapshots: number;
  products: number;
  fillPerSnapshotUs: number;
  captureMedianMs: number;
  historyMedianMs: number;
  whatChangedMedianMs: number;
  timelineMedianMs: number;
  sinceLastVisitMedianMs: number;
  priceBandsMedianMs: number;
  exportMs: number;
  exportMb: number;
  importMs: number;
  reimportMs: number;
}

const STATES_PER_PRODUCT = 50;
const T0 = Date.parse('2025-01-01T00:00:00.000Z');
const HOUR = 3_600_000;

/** A realistic Amazon product-page read (title, 5 bullets, 7 images, 10 specs, ranks), state `v`. */
export function read(product: number, v: number): PageRead {
  const id = `B0${String(product).padStart(8, '0')}`;
  return PageReadSchema.parse({
    version: 1,
    marketplace: 'amazon',
    pageKind: 'product',
    url: `https://www.amazon.com/dp/${id}`,
    locale: 'en-US',
    readAt: new Date(T0 + v * 12 * HOUR + product * 1000).toISOString(),
    product: {
      id,
      title: `Brand${product % 97} Portable Charger ${product}, 10000mAh Power Bank with 22.5W Fast Charging, USB-C In/Out, Slim Battery Pack`,
      brand: `Brand${product % 97}`,
      price: { amount: 19.99 + (product % 40) + (v % 7) * 0.5, currency: 'USD' },
      listPrice: { amount: 49.99, currency: 'USD' },
      rating: 4 + (product % 10) / 10,
      reviewCount: 1000 + product * 3 + v,
      bullets: [
        `Compact ${10 + (v % 3)},000mAh capacity charges a phone about two and a half times on the go`,
        '22.5W high-speed charging brings a phone to 50% in about 30 minutes with PD and QC support',
        'Built-in USB-C cable doubles as a lanyard, so there is always a cable in the bag',
        'Charges three devices at once through USB-C, USB-A and the built-in cable',
        'What you get: the power bank, a welcome guide, an 18-month warranty and friendly customer service',
      ],
      images: Array.from({ length: 7 }, (_, i) => `https://m.media-amazon.com/images/I/${product}x${i}AbCdEf._AC_SL1500_.jpg`),
      specs: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`Spec ${i}`, `Value ${i} for ${product}`])),
      salesRanks: [{ rank: 100 + product, category: 'Electronics' }, { rank: 5 + (product % 50), category: 'Portable Power Banks' }],
      salesVolume: { min: 1000, text: '1K+ bought in past month' },
      availability: 'In Stock',
      seller: `Brand${product % 97}Direct`,
    },
    issues: [],
  });
}

export async function fill(db: ListingLensDb, products: number): Promise<void> {
  for (let p = 0; p < products; p++) {
    const reads = Array.from({ length: STATES_PER_PRODUCT }, (_, v) => read(p, v));
    const snaps: Omit<SnapshotRow, 'id'>[] = reads.map((r) => {
      const ms = Date.parse(r.readAt);
      return { productKey: `amazon:${r.product!.id}`, marketplace: 'amazon', productId: r.product!.id, pageKind: 'product', url: r.url, readAt: r.readAt, readAtMs: ms, lastSeenMs: ms, hash: productHash(r), read: historyRead(r) };
    });
    const last = reads.at(-1)!;
    const product: ProductRow = {
      key: `amazon:${last.product!.id}`,
      marketplace: 'amazon',
      productId: last.product!.id,
      title: last.product!.title,
      firstSeenMs: snaps[0]!.readAtMs,
      lastSeenMs: snaps.at(-1)!.readAtMs,
      role: p === 0 ? 'mine' : 'competitor',
      trackedAtMs: T0,
      latest: summaryOf(last),
    };
    await db.transaction('rw', db.products, db.snapshots, db.latestReads, async () => {
      await db.products.put(product);
      await db.snapshots.bulkAdd(snaps);
      await db.latestReads.put(latestReadRowOf(last, undefined)!);
    });
  }
}

function searchPage(): PageRead {
  return PageReadSchema.parse({
    version: 1,
    marketplace: 'amazon',
    pageKind: 'search',
    url: 'https://www.amazon.com/s?k=power+bank',
    locale: 'en-US',
    readAt: new Date(T0).toISOString(),
    results: Array.from({ length: 60 }, (_, i) => ({
      position: i + 1,
      id: `B0${String(900000 + i).padStart(8, '0')}`,
      title: `Power Bank ${i}`,
      sponsored: i % 7 === 0,
      ...(i % 11 === 5 ? {} : { price: { amount: Math.round((9.99 + ((i * 37) % 60) + (i === 59 ? 400 : 0)) * 100) / 100, currency: 'USD' } }),
    })),
    issues: [],
  });
}

function ms(start: number): number {
  return performance.now() - start;
}

export async function runHistoryBench(
  runs: number,
  table: (header: string[], body: string[][], textColumns: number) => void,
  full: boolean,
): Promise<HistoryBenchSummary> {
  const products = full ? 2_000 : 200;
  const snapshots = products * STATES_PER_PRODUCT;
  const fileRuns = full ? Math.min(3, runs) : runs;
  const idb = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });
  console.log(`\nhistory: ${snapshots.toLocaleString('en')} snapshots over ${products.toLocaleString('en')} tracked products in fake-indexeddb${full ? '' : ' (short run; `npm run bench -- history` for 100,000 over 2,000)'}\n`);

  const db = new ListingLensDb('bench-history', idb());
  await db.open();
  let t = performance.now();
  await fill(db, products);
  const fillMs = ms(t);

  // Capture: a changed read of a random tracked product, through the whole page-read path.
  const capture: number[] = [];
  for (let i = 0; i < Math.max(50, runs * 10); i++) {
    const p = (i * 7919) % products;
    const r = read(p, STATES_PER_PRODUCT + i + 1);
    t = performance.now();
    await storePageRead(db, 1 + (i % 50), r);
    capture.push(ms(t));
  }

  const history: number[] = [];
  const changed: number[] = [];
  const timelines: number[] = [];
  const summaries: number[] = [];
  let changes = 0;
  for (let i = 0; i < Math.max(30, runs * 5); i++) {
    const key = `amazon:B0${String((i * 104729) % products).padStart(8, '0')}`;
    t = performance.now();
    const rows = await productSnapshots(db, key);
    history.push(ms(t));
    if (rows.length < STATES_PER_PRODUCT) throw new Error(`history of ${key} has ${rows.length} rows`);
    t = performance.now();
    const { latest, previous } = await latestTwoSnapshots(db, key);
    changes += diffReads(previous!.read, latest!.read).changes.length;
    changed.push(ms(t));
    const reads = rows.map((r) => r.read);
    t = performance.now();
    if (timeline(reads).length !== rows.length) throw new Error(`timeline of ${key} lost points`);
    timelines.push(ms(t));
    t = performance.now();
    sinceLastVisit(previous!.read, latest!.read);
    summaries.push(ms(t));
  }
  if (changes === 0) throw new Error('no change found between the last two snapshots');

  const page = searchPage();
  const items = page.results!.map((r) => ({ productId: r.id, price: r.price }));
  priceBands(items);
  const bands: number[] = [];
  for (let i = 0; i < Math.max(200, runs * 50); i++) {
    t = performance.now();
    priceBands(items, { userPrice: { amount: 24.99, currency: 'USD' } });
    bands.push(ms(t));
  }

  const exports: number[] = [];
  let text = '';
  for (let i = 0; i < fileRuns; i++) {
    t = performance.now();
    text = await exportJson(db);
    exports.push(ms(t));
  }
  const counts = { products: await db.products.count(), snapshots: await db.snapshots.count() };
  db.close();

  const imports: number[] = [];
  const reimports: number[] = [];
  for (let i = 0; i < fileRuns; i++) {
    const target = new ListingLensDb(`bench-import-${i}`, idb());
    t = performance.now();
    const first = await importData(target, text, { maxBytes: Number.POSITIVE_INFINITY });
    imports.push(ms(t));
    if (first.added.snapshots !== counts.snapshots || first.added.products !== counts.products) {
      throw new Error(`import added ${first.added.snapshots} snapshots, ${first.added.products} products; the database had ${counts.snapshots}, ${counts.products}`);
    }
    t = performance.now();
    const again = await importData(target, text, { maxBytes: Number.POSITIVE_INFINITY });
    reimports.push(ms(t));
    if (again.added.snapshots !== 0) throw new Error(`re-import added ${again.added.snapshots} snapshots`);
    target.close();
    await Dexie.delete(`bench-import-${i}`).catch(() => {});
  }

  const summary: HistoryBenchSummary = {
    snapshots: counts.snapshots,
    products: counts.products,
    fillPerSnapshotUs: (fillMs * 1000) / snapshots,
    captureMedianMs: median(capture),
    historyMedianMs: median(history),
    whatChangedMedianMs: median(changed),
    timelineMedianMs: median(timelines),
    sinceLastVisitMedianMs: median(summaries),
    priceBandsMedianMs: median(bands),
    exportMs: median(exports),
    exportMb: text.length / 1e6,
    importMs: median(imports),
    reimportMs: median(reimports),
  };
  table(
    ['operation', 'runs', 'median ms'],
    [
      [`fill: ${snapshots.toLocaleString('en')} snapshots, one transaction per product (per snapshot)`, '1', (summary.fillPerSnapshotUs / 1000).toFixed(4)],
      ['capture: storePageRead of a changed read on the full database', String(capture.length), summary.captureMedianMs.toFixed(2)],
      [`one product's history (${STATES_PER_PRODUCT} snapshots)`, String(history.length), summary.historyMedianMs.toFixed(2)],
      ['what changed: latestTwoSnapshots + diffReads', String(changed.length), summary.whatChangedMedianMs.toFixed(2)],
      [`timeline over ${STATES_PER_PRODUCT} snapshots (in memory)`, String(timelines.length), summary.timelineMedianMs.toFixed(3)],
      ['sinceLastVisit of the last two (in memory)', String(summaries.length), summary.sinceLastVisitMedianMs.toFixed(3)],
      ['priceBands over a 60-result page', String(bands.length), summary.priceBandsMedianMs.toFixed(3)],
      [`export to JSON (${summary.exportMb.toFixed(1)} MB)`, String(exports.length), summary.exportMs.toFixed(0)],
      ['import into an empty database', String(imports.length), summary.importMs.toFixed(0)],
      ['import again (all duplicates)', String(reimports.length), summary.reimportMs.toFixed(0)],
    ],
    1,
  );
  return summary;
}

// Dexie's liveQuery and Dexie.delete look for a global IndexedDB; give them the fake one.
Dexie.dependencies.indexedDB ??= new IDBFactory();
Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;
