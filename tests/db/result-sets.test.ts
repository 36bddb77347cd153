import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RESULT_SETS_PER_QUERY, resultSetsOf, searchQueryOf, storedQueries, storePageRead, VISIT_WINDOW_MS, type ListingLensDb } from '../../lib/db';
import type { Marketplace, PageRead } from '../../lib/schema';
import { searchRead } from './fixtures/sample-reads';
import { openTestDb } from './helpers';

describe('searchQueryOf', () => {
  it.each<[Marketplace, string, string, number]>([
    ['amazon', 'https://www.amazon.com/s?k=Portable++Charger&page=2&ref=sr_pg_2', 'portable charger', 2],
    ['amazon', 'https://www.amazon.de/s?field-keywords=Trinkflasche', 'trinkflasche', 1],
    ['amazon', 'https://www.amazon.com/b?node=2407749011', 'node:2407749011', 1],
    ['amazon', 'https://www.amazon.com/gp/bestsellers/appliances/ref=zg_bs_nav', 'path:amazon.com/gp/bestsellers/appliances/ref=zg_bs_nav', 1],
    ['taobao', 'https://s.taobao.com/search?q=%E8%BF%9E%E8%A1%A3%E8%A3%99&s=88', '连衣裙', 3],
    ['taobao', 'https://s.taobao.com/search?q=ipad&page=4&tab=all', 'ipad', 4],
    ['tmall', 'https://list.tmall.com/search_product.htm?q=%E7%94%B5%E6%B0%B4%E5%A3%B6&s=60', '电水壶', 2],
    ['taobao', 'https://shop1.taobao.com/search.htm?q=dress&pageNo=3', 'dress', 3],
    ['jd', 'https://search.jd.com/Search?keyword=%E8%80%B3%E6%9C%BA&enc=utf-8&page=5', '耳机', 3],
    ['jd', 'https://list.jd.com/list.html?cat=670,671,672&page=2', 'cat:670,671,672', 2],
    ['jd', 'http://list.jd.com/670-671-672.html', 'cat:670,671,672', 1],
    ['jd', 'https://search.jd.com/Search?keyword=%20%20&page=0', 'path:search.jd.com/Search', 1],
  ])('%s %s → %s, page %i', (marketplace, url, query, page) => {
    expect(searchQueryOf(marketplace, url)).toEqual({ query, page });
  });
});

let db: ListingLensDb;
beforeEach(() => {
  db = openTestDb();
});
afterEach(() => db.close());

const T0 = Date.parse('2025-03-01T10:05:00.000Z');
const at = (ms: number, overrides: Partial<PageRead> = {}) => searchRead({ readAt: new Date(T0 + ms).toISOString(), ...overrides });

describe('result sets', () => {
  it('stores a search read’s results under its query and page', async () => {
    const { resultSetId } = await storePageRead(db, 1, at(0));
    const [row] = await resultSetsOf(db, 'amazon', 'portable charger');
    expect(row).toMatchObject({ id: resultSetId, marketplace: 'amazon', query: 'portable charger', page: 1, readAtMs: T0, lastSeenMs: T0, tabId: 1, totalResults: 2000 });
    expect(row?.results.map((r) => r.id)).toEqual(['B0BYNZ6B6Y', 'B07QXV6N1B', 'B09VPHVT2Z']);
  });

  it('a reload showing the same list moves its last-seen time; a changed list is a new set', async () => {
    await storePageRead(db, 1, at(0));
    await storePageRead(db, 2, at(VISIT_WINDOW_MS * 2));
    expect((await resultSetsOf(db, 'amazon', 'portable charger')).map((r) => [r.readAtMs, r.lastSeenMs])).toEqual([[T0, T0 + VISIT_WINDOW_MS * 2]]);
    const moved = at(VISIT_WINDOW_MS * 3);
    moved.results = [moved.results![1]!, moved.results![0]!, moved.results![2]!].map((r, i) => ({ ...r, position: i + 1 }));
    await storePageRead(db, 2, moved);
    expect((await resultSetsOf(db, 'amazon', 'portable charger')).map((r) => r.results[0]!.id)).toEqual(['B0BYNZ6B6Y', 'B07QXV6N1B']);
  });

  it('late tiles of the same visit update that visit’s set', async () => {
    const early = at(0);
    early.results = early.results!.slice(0, 1);
    const a = await storePageRead(db, 1, early);
    const b = await storePageRead(db, 1, at(4_000));
    expect(b.resultSetId).toBe(a.resultSetId);
    expect((await resultSetsOf(db, 'amazon', 'portable charger')).map((r) => r.results.length)).toEqual([3]);
  });

  it('keeps pages and queries apart, and lists the stored queries newest first', async () => {
    await storePageRead(db, 1, at(0));
    await storePageRead(db, 2, at(1_000, { url: 'https://www.amazon.com/s?k=portable+charger&page=2' }));
    await storePageRead(db, 3, at(2_000, { url: 'https://www.amazon.com/s?k=power+bank' }));
    expect((await resultSetsOf(db, 'amazon', 'portable charger', 2)).map((r) => r.page)).toEqual([2]);
    expect(await storedQueries(db, 'amazon')).toEqual([
      { marketplace: 'amazon', query: 'power bank', sets: 1, lastReadAtMs: T0 + 2_000 },
      { marketplace: 'amazon', query: 'portable charger', sets: 2, lastReadAtMs: T0 + 1_000 },
    ]);
    expect(await storedQueries(db, 'jd')).toEqual([]);
  });

  it(`keeps the newest ${MAX_RESULT_SETS_PER_QUERY} sets of a query`, async () => {
    for (let i = 0; i < MAX_RESULT_SETS_PER_QUERY + 4; i++) {
      const read = at(i * VISIT_WINDOW_MS * 2);
      read.results = read.results!.map((r) => ({ ...r, price: { amount: 10 + i, currency: 'USD' } }));
      await storePageRead(db, 1, read);
    }
    const sets = await resultSetsOf(db, 'amazon', 'portable charger');
    expect(sets).toHaveLength(MAX_RESULT_SETS_PER_QUERY);
    expect(sets[0]!.results[0]!.price?.amount).toBe(14);
  });

  it('stores nothing for a search page without results', async () => {
    expect(await storePageRead(db, 1, at(0, { results: [] }))).toEqual({});
    expect(await db.resultSets.count()).toBe(0);
  });
});
