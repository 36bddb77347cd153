import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getProduct, groupMembers, latestTwoSnapshots, listGroups, productList, productSnapshots, storePageRead, type ListingLensDb } from '../../lib/db';
import { amazonRead, at, fillHistory } from './history-fixture';
import { openTestDb } from './helpers';

let db: ListingLensDb;
beforeEach(async () => {
  db = openTestDb();
  await fillHistory(db);
});
afterEach(() => db.close());

describe('queries for the panel', () => {
  it('productList: tracked products with their groups, most recently seen first', async () => {
    const list = await productList(db);
    expect(list.map((p) => [p.product.key, p.product.role, p.groups.map((g) => `${g.name}:${g.as}`)])).toEqual([
      ['amazon:B0COMP0002', 'competitor', ['Chargers:competitor']],
      ['amazon:B0COMP0001', 'competitor', ['Chargers:competitor']],
      ['amazon:B0MINE0001', 'mine', ['Chargers:mine']],
    ]);
    expect((await productList(db, { roles: ['untracked'] })).map((p) => p.product.key)).toEqual(['jd:100012043978', 'amazon:B0OTHER001']);
    expect((await productList(db, { roles: ['mine', 'competitor', 'untracked'], marketplace: 'jd' })).map((p) => p.product.key)).toEqual(['jd:100012043978']);
    expect((await getProduct(db, 'amazon:B0MINE0001'))?.latest?.price?.amount).toBe(29);
  });

  it('productSnapshots and latestTwoSnapshots: one product’s history in time order, and its last two states', async () => {
    expect((await productSnapshots(db, 'amazon:B0COMP0001')).map((s) => s.readAt)).toEqual([at(0), at(1), at(3)]);
    const { latest, previous } = await latestTwoSnapshots(db, 'amazon:B0COMP0001');
    expect([previous?.read.product?.price?.amount, latest?.read.product?.price?.amount, latest?.read.product?.bullets]).toEqual([23, 26, ['New bullet']]);
    expect(await latestTwoSnapshots(db, 'amazon:B0OTHER001')).toEqual({ latest: undefined, previous: undefined });
  });

  it('groupMembers: mine first, then competitors in order, each with its newest snapshot', async () => {
    const [group] = await listGroups(db);
    const got = await groupMembers(db, group!.id);
    expect(got?.group.name).toBe('Chargers');
    expect(got?.members.map((m) => [m.key, m.as, m.product?.role, m.latest?.read.product?.price?.amount])).toEqual([
      ['amazon:B0MINE0001', 'mine', 'mine', 29],
      ['amazon:B0COMP0001', 'competitor', 'competitor', 26],
      ['amazon:B0COMP0002', 'competitor', 'competitor', 40],
    ]);
    expect(await groupMembers(db, 'nope')).toBeUndefined();
  });

  it('answer again under liveQuery when the background writes', async () => {
    const seen: number[] = [];
    const sub = liveQuery(() => productSnapshots(db, 'amazon:B0MINE0001')).subscribe((rows) => seen.push(rows.length));
    await expect.poll(() => seen.at(-1)).toBe(2);
    await storePageRead(db, 40, amazonRead('B0MINE0001', 9, 27));
    await expect.poll(() => seen.at(-1)).toBe(3);
    sub.unsubscribe();
  });
});
