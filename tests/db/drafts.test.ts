import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteDraft,
  draftHistory,
  HISTORY_INTERVAL_MS,
  listDrafts,
  MAX_HISTORY_PER_DRAFT,
  recentProducts,
  saveDraft,
  searchReadsOf,
  storePageRead,
  type DraftRow,
  type ListingLensDb,
} from '../../lib/db';
import { productRead, searchRead } from './fixtures/sample-reads';
import { openTestDb } from './helpers';

let db: ListingLensDb;
beforeEach(() => {
  db = openTestDb();
});
afterEach(() => db.close());

const T0 = Date.parse('2026-11-26T08:00:00Z');
function draft(overrides: Partial<DraftRow> = {}): DraftRow {
  return {
    id: 'd1',
    marketplace: 'amazon',
    name: 'Garlic press',
    title: 'Garlic Press Stainless Steel',
    bullets: ['', '', '', '', ''],
    searchTerms: '',
    keywords: ['garlic press'],
    updatedAt: 0,
    ...overrides,
  };
}
const titles = async (id = 'd1') => (await draftHistory(db, id)).map((h) => h.draft.title);

describe('saveDraft', () => {
  it('stores the draft stamped with the writer’s time, and its first version', async () => {
    const res = await saveDraft(db, draft({ updatedAt: 5 }), { now: T0 });
    expect(res.historyId).toBeTypeOf('number');
    expect(await db.drafts.get('d1')).toMatchObject({ title: 'Garlic Press Stainless Steel', updatedAt: T0 });
    expect(await draftHistory(db, 'd1')).toEqual([expect.objectContaining({ draftId: 'd1', savedAt: T0 })]);
  });

  it.each([
    ['a save 5 s later', 5_000, false, 1],
    ['a save just under the interval later', HISTORY_INTERVAL_MS - 1, false, 1],
    ['a save the interval later', HISTORY_INTERVAL_MS, false, 2],
    ['a checkpoint 5 s later', 5_000, true, 2],
  ])('after %s: the history holds the right number of versions', async (_name, after, checkpoint, versions) => {
    await saveDraft(db, draft(), { now: T0 });
    await saveDraft(db, draft({ title: 'Garlic Press, Stainless Steel, Dishwasher Safe' }), { now: T0 + after, checkpoint });
    expect((await draftHistory(db, 'd1')).length).toBe(versions);
    // The draft itself always holds the newest text.
    expect((await db.drafts.get('d1'))?.title).toBe('Garlic Press, Stainless Steel, Dishwasher Safe');
  });

  it('keeps no version of an unchanged draft, checkpoint or not', async () => {
    await saveDraft(db, draft(), { now: T0 });
    await saveDraft(db, draft(), { now: T0 + HISTORY_INTERVAL_MS * 3, checkpoint: true });
    expect(await titles()).toEqual(['Garlic Press Stainless Steel']);
  });

  it('counts any field, not just the title, as a change', async () => {
    await saveDraft(db, draft(), { now: T0 });
    await saveDraft(db, draft({ keywords: ['garlic press', 'garlic mincer'] }), { now: T0 + 1, checkpoint: true });
    expect((await draftHistory(db, 'd1')).map((h) => h.draft.keywords.length)).toEqual([2, 1]);
  });

  it(`keeps the newest ${MAX_HISTORY_PER_DRAFT} versions per draft, newest first`, async () => {
    for (let i = 0; i < MAX_HISTORY_PER_DRAFT + 12; i++) {
      await saveDraft(db, draft({ title: `v${i}` }), { now: T0 + i * HISTORY_INTERVAL_MS });
    }
    const kept = await titles();
    expect(kept).toHaveLength(MAX_HISTORY_PER_DRAFT);
    expect(kept[0]).toBe(`v${MAX_HISTORY_PER_DRAFT + 11}`);
    expect(kept.at(-1)).toBe('v12');
  });

  it('bounds each draft on its own', async () => {
    for (let i = 0; i < MAX_HISTORY_PER_DRAFT + 3; i++) await saveDraft(db, draft({ title: `a${i}` }), { now: T0 + i, checkpoint: true });
    await saveDraft(db, draft({ id: 'd2', title: 'other' }), { now: T0 });
    expect(await titles('d1')).toHaveLength(MAX_HISTORY_PER_DRAFT);
    expect(await titles('d2')).toEqual(['other']);
  });

  it('writes neither the draft nor a version when the version cannot be written', async () => {
    db.draftHistory.hook('creating', () => {
      throw new Error('quota exceeded');
    });
    await expect(saveDraft(db, draft(), { now: T0 })).rejects.toThrow('quota exceeded');
    expect(await db.drafts.count()).toBe(0);
  });

  it.each([
    ['a title over 2000 characters', { title: 'x'.repeat(2001) }],
    ['eleven bullets', { bullets: Array.from({ length: 11 }, () => 'b') }],
    ['an unknown marketplace', { marketplace: 'ebay' as never }],
    ['an empty id', { id: '' }],
  ])('refuses %s and stores nothing', async (_name, bad) => {
    await expect(saveDraft(db, draft(bad), { now: T0 })).rejects.toThrow();
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('deleteDraft and listDrafts', () => {
  it('removes a draft with all its versions, leaving other drafts alone', async () => {
    await saveDraft(db, draft(), { now: T0 });
    await saveDraft(db, draft({ title: 'again' }), { now: T0 + HISTORY_INTERVAL_MS });
    await saveDraft(db, draft({ id: 'd2' }), { now: T0 + 1 });
    expect(await deleteDraft(db, 'd1')).toBe(true);
    expect(await db.drafts.get('d1')).toBeUndefined();
    expect(await draftHistory(db, 'd1')).toEqual([]);
    expect(await titles('d2')).toHaveLength(1);
    expect(await deleteDraft(db, 'd1')).toBe(false);
  });

  it('lists drafts most recently saved first', async () => {
    await saveDraft(db, draft({ id: 'old' }), { now: T0 });
    await saveDraft(db, draft({ id: 'new' }), { now: T0 + 10 });
    await saveDraft(db, draft({ id: 'mid' }), { now: T0 + 5 });
    expect((await listDrafts(db)).map((d) => d.id)).toEqual(['new', 'mid', 'old']);
  });
});

describe('recentProducts and searchReadsOf', () => {
  it('gives the newest snapshot of each recently read product of one marketplace', async () => {
    const at = (iso: string, id: string, url = `https://www.amazon.com/dp/${id}`) =>
      productRead({ readAt: iso, url }, { id, title: `Product ${id}` });
    await storePageRead(db, 1, at('2026-11-01T10:00:00.000Z', 'B000000001'));
    await storePageRead(db, 2, at('2026-11-02T10:00:00.000Z', 'B000000002'));
    await storePageRead(db, 3, at('2026-11-03T10:00:00.000Z', 'B000000001'));
    await storePageRead(db, 4, { ...at('2026-11-04T10:00:00.000Z', '100012345678', 'https://item.jd.com/100012345678.html'), marketplace: 'jd' });
    const rows = await recentProducts(db, 'amazon');
    expect(rows.map((r) => [r.productId, r.readAt])).toEqual([
      ['B000000001', '2026-11-03T10:00:00.000Z'],
      ['B000000002', '2026-11-02T10:00:00.000Z'],
    ]);
    expect((await recentProducts(db, 'amazon', 1)).map((r) => r.productId)).toEqual(['B000000001']);
    expect((await recentProducts(db, 'jd')).map((r) => r.productId)).toEqual(['100012345678']);
  });

  it('gives the open tabs’ search reads of one marketplace, newest first', async () => {
    await storePageRead(db, 1, searchRead({ url: 'https://www.amazon.com/s?k=a' }), new Date(T0));
    await storePageRead(db, 2, productRead(), new Date(T0 + 1));
    await storePageRead(db, 3, searchRead({ url: 'https://www.amazon.com/s?k=b' }), new Date(T0 + 2));
    await storePageRead(db, 4, searchRead({ url: 'https://search.jd.com/Search?keyword=c', marketplace: 'jd' }), new Date(T0 + 3));
    expect((await searchReadsOf(db, 'amazon')).map((r) => r.read.url)).toEqual(['https://www.amazon.com/s?k=b', 'https://www.amazon.com/s?k=a']);
  });
});
