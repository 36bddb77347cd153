import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteGroup,
  groupsOf,
  productHistory,
  pruneUntracked,
  saveGroup,
  storePageRead,
  StoreRefused,
  trackProduct,
  untrackProduct,
  type ListingLensDb,
} from '../../lib/db';
import { productRead } from './fixtures/sample-reads';
import { openTestDb } from './helpers';

let db: ListingLensDb;
let ids = 0;
const opts = () => ({ now: 1_000, newId: () => `g${++ids}` });
const read = (id: string, title = `Product ${id}`, price = 20) =>
  productRead({ url: `https://www.amazon.com/dp/${id}` }, { id, title, price: { amount: price, currency: 'USD' } });

beforeEach(async () => {
  db = openTestDb();
  ids = 0;
  for (const id of ['B0MINE0001', 'B0COMP0001', 'B0COMP0002']) await storePageRead(db, 1, read(id));
});
afterEach(() => db.close());

const role = async (key: string) => (await db.products.get(key))?.role;

describe('trackProduct', () => {
  it('tracks my product in a new group named after it, with a first snapshot', async () => {
    const res = await trackProduct(db, { productKey: 'amazon:B0MINE0001', role: 'mine' }, opts());
    expect(res).toEqual({ role: 'mine', groupId: 'g1', groupCreated: true, snapshotId: 1, snapshot: 'added' });
    expect(await db.groups.get('g1')).toEqual({ id: 'g1', name: 'Product B0MINE0001', mine: 'amazon:B0MINE0001', competitors: [], createdAt: 1_000, updatedAt: 1_000 });
    const product = await db.products.get('amazon:B0MINE0001');
    expect([product?.role, product?.trackedAtMs, product?.lruMs]).toEqual(['mine', 1_000, undefined]);
  });

  it.each([
    ['by id', { groupId: 'g1' }, false],
    ['by an existing name', { groupName: '  Product B0MINE0001 ' }, false],
    ['by a new name', { groupName: 'Chargers' }, true],
  ] as const)('adds a competitor to a group named %s', async (_how, group, created) => {
    await trackProduct(db, { productKey: 'amazon:B0MINE0001', role: 'mine' }, opts());
    const res = await trackProduct(db, { productKey: 'amazon:B0COMP0001', role: 'competitor', ...group }, opts());
    expect([res.role, res.groupCreated, res.snapshot]).toEqual(['competitor', created, 'added']);
    expect((await db.groups.get(res.groupId!))?.competitors).toEqual(['amazon:B0COMP0001']);
    expect(await db.groups.count()).toBe(created ? 2 : 1);
  });

  it('tracks a competitor on its own when no group is named', async () => {
    const res = await trackProduct(db, { productKey: 'amazon:B0COMP0001', role: 'competitor' }, opts());
    expect([res.role, res.groupId, await db.groups.count(), await db.snapshots.count()]).toEqual(['competitor', undefined, 0, 1]);
  });

  it('refuses a product never read, and writes nothing', async () => {
    const err = await trackProduct(db, { productKey: 'amazon:B0NEVER001', role: 'mine', groupName: 'X' }, opts()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreRefused);
    expect([(err as StoreRefused).code, (err as StoreRefused).message]).toEqual(['not-found', 'No read of amazon:B0NEVER001 yet: open its page first']);
    expect([await db.groups.count(), await db.snapshots.count(), await db.products.count()]).toEqual([0, 0, 3]);
  });

  it('refuses an unknown group id', async () => {
    await expect(trackProduct(db, { productKey: 'amazon:B0COMP0001', role: 'competitor', groupId: 'nope' }, opts())).rejects.toMatchObject({ code: 'not-found', message: 'No group nope' });
    expect(await role('amazon:B0COMP0001')).toBe('untracked');
  });

  it('takes the read from an open tab when the product’s latest read was dropped', async () => {
    await storePageRead(db, 7, read('B0TAB00001', 'From a tab'));
    await db.latestReads.clear();
    await db.products.delete('amazon:B0TAB00001');
    const res = await trackProduct(db, { productKey: 'amazon:B0TAB00001', role: 'competitor' }, opts());
    expect(res.snapshot).toBe('added');
    expect(await db.products.get('amazon:B0TAB00001')).toMatchObject({ title: 'From a tab', role: 'competitor' });
    expect((await db.latestReads.get(['amazon:B0TAB00001', 'product']))?.tabId).toBe(7);
  });

  it('tracks a product known only from its review page, and starts its history at the next product page', async () => {
    const reviews = productRead({ pageKind: 'reviews', url: 'https://www.amazon.com/product-reviews/B0REVIEW01' }, { id: 'B0REVIEW01', bullets: undefined });
    await storePageRead(db, 3, reviews);
    const res = await trackProduct(db, { productKey: 'amazon:B0REVIEW01', role: 'competitor' }, opts());
    expect([res.role, res.snapshotId]).toEqual(['competitor', undefined]);
    expect((await storePageRead(db, 3, read('B0REVIEW01'))).snapshot).toBe('added');
  });

  it('replacing a group’s "my product" keeps the old one mine, tracked on its own', async () => {
    await trackProduct(db, { productKey: 'amazon:B0MINE0001', role: 'mine' }, opts());
    await trackProduct(db, { productKey: 'amazon:B0COMP0002', role: 'mine', groupId: 'g1' }, opts());
    expect((await db.groups.get('g1'))?.mine).toBe('amazon:B0COMP0002');
    expect([await role('amazon:B0MINE0001'), await role('amazon:B0COMP0002')]).toEqual(['mine', 'mine']);
  });

  it('a product mine in one group stays mine when tracked as a competitor in another', async () => {
    await trackProduct(db, { productKey: 'amazon:B0MINE0001', role: 'mine' }, opts());
    const res = await trackProduct(db, { productKey: 'amazon:B0MINE0001', role: 'competitor', groupName: 'Other' }, opts());
    expect(res.role).toBe('mine');
    expect((await groupsOf(db, 'amazon:B0MINE0001')).map((g) => g.name)).toEqual(['Other', 'Product B0MINE0001']);
  });

  it('moving my product to the competitors of its own group leaves the group without one', async () => {
    await trackProduct(db, { productKey: 'amazon:B0MINE0001', role: 'mine' }, opts());
    const res = await trackProduct(db, { productKey: 'amazon:B0MINE0001', role: 'competitor', groupId: 'g1' }, opts());
    expect(res.role).toBe('competitor');
    const group = await db.groups.get('g1');
    expect([group?.mine, group?.competitors]).toEqual([undefined, ['amazon:B0MINE0001']]);
  });

  it('tracking twice keeps one membership and one snapshot', async () => {
    await trackProduct(db, { productKey: 'amazon:B0COMP0001', role: 'competitor', groupName: 'G' }, opts());
    const again = await trackProduct(db, { productKey: 'amazon:B0COMP0001', role: 'competitor', groupName: 'G' }, opts());
    expect([again.snapshot, again.groupCreated]).toEqual(['unchanged', false]);
    expect([(await db.groups.toArray()).map((g) => g.competitors), await db.snapshots.count()]).toEqual([[['amazon:B0COMP0001']], 1]);
  });
});

describe('untrackProduct', () => {
  beforeEach(async () => {
    await trackProduct(db, { productKey: 'amazon:B0MINE0001', role: 'mine', groupName: 'A' }, opts()); // g1
    await trackProduct(db, { productKey: 'amazon:B0COMP0001', role: 'competitor', groupId: 'g1' }, opts());
    await trackProduct(db, { productKey: 'amazon:B0COMP0001', role: 'competitor', groupName: 'B' }, opts()); // g2
  });

  it('from one group: still tracked while another group holds it', async () => {
    expect(await untrackProduct(db, { productKey: 'amazon:B0COMP0001', groupId: 'g1' }, opts())).toEqual({ role: 'competitor', groups: 1 });
    expect((await db.groups.get('g1'))?.competitors).toEqual([]);
  });

  it('from its last group: untracked, its history kept and never dropped by the untracked bound', async () => {
    await untrackProduct(db, { productKey: 'amazon:B0COMP0001', groupId: 'g1' }, opts());
    expect(await untrackProduct(db, { productKey: 'amazon:B0COMP0001', groupId: 'g2' }, opts())).toEqual({ role: 'untracked', groups: 0 });
    const product = await db.products.get('amazon:B0COMP0001');
    expect([product?.role, product?.lruMs]).toEqual(['untracked', undefined]);
    expect(await productHistory(db, 'amazon', 'B0COMP0001')).toHaveLength(1);
    expect(await pruneUntracked(db, 0)).toBe(1); // only B0COMP0002 (no history) can go
    expect(await db.products.get('amazon:B0COMP0001')).toBeDefined();
  });

  it('everywhere at once', async () => {
    expect(await untrackProduct(db, { productKey: 'amazon:B0COMP0001' }, opts())).toEqual({ role: 'untracked', groups: 0 });
    expect((await db.groups.toArray()).map((g) => g.competitors)).toEqual([[], []]);
  });

  it.each([
    ['an unknown product', { productKey: 'amazon:B0NEVER001' }, 'No product amazon:B0NEVER001'],
    ['a group it is not in', { productKey: 'amazon:B0MINE0001', groupId: 'g2' }, 'amazon:B0MINE0001 is not in group g2'],
    ['an unknown group', { productKey: 'amazon:B0MINE0001', groupId: 'g9' }, 'amazon:B0MINE0001 is not in group g9'],
  ] as const)('refuses %s', async (_name, req, message) => {
    await expect(untrackProduct(db, req, opts())).rejects.toMatchObject({ code: 'not-found', message });
    expect(await role('amazon:B0MINE0001')).toBe('mine');
  });
});

describe('groups', () => {
  it('saveGroup creates a group and tracks its members, each with a first snapshot', async () => {
    const group = await saveGroup(db, { name: 'Chargers', mine: 'amazon:B0MINE0001', competitors: ['amazon:B0COMP0001', 'amazon:B0COMP0001', 'amazon:B0MINE0001'] }, opts());
    expect(group).toEqual({ id: 'g1', name: 'Chargers', mine: 'amazon:B0MINE0001', competitors: ['amazon:B0COMP0001'], createdAt: 1_000, updatedAt: 1_000 });
    expect([await role('amazon:B0MINE0001'), await role('amazon:B0COMP0001'), await role('amazon:B0COMP0002')]).toEqual(['mine', 'competitor', 'untracked']);
    expect(await db.snapshots.count()).toBe(2);
  });

  it('saveGroup replacing a group untracks the members it leaves out', async () => {
    await saveGroup(db, { name: 'Chargers', mine: 'amazon:B0MINE0001', competitors: ['amazon:B0COMP0001'] }, opts());
    const group = await saveGroup(db, { id: 'g1', name: 'Power banks', mine: 'amazon:B0MINE0001', competitors: ['amazon:B0COMP0002'] }, { now: 2_000 });
    expect([group.name, group.createdAt, group.updatedAt]).toEqual(['Power banks', 1_000, 2_000]);
    expect([await role('amazon:B0COMP0001'), await role('amazon:B0COMP0002')]).toEqual(['untracked', 'competitor']);
  });

  it.each([
    ['an unknown member', { name: 'X', competitors: ['amazon:B0NEVER001'] }, 'No read of amazon:B0NEVER001 yet: open its page first'],
    ['an unknown group id', { id: 'g77', name: 'X', competitors: [] }, 'No group g77'],
  ] as const)('saveGroup refuses %s and writes nothing', async (_name, input, message) => {
    await expect(saveGroup(db, { ...input, competitors: [...input.competitors] }, opts())).rejects.toMatchObject({ code: 'not-found', message });
    expect([await db.groups.count(), await db.snapshots.count()]).toEqual([0, 0]);
  });

  it('deleteGroup untracks members no other group holds', async () => {
    await saveGroup(db, { name: 'A', mine: 'amazon:B0MINE0001', competitors: ['amazon:B0COMP0001'] }, opts());
    await saveGroup(db, { name: 'B', competitors: ['amazon:B0COMP0001'] }, opts());
    expect(await deleteGroup(db, 'g1', opts())).toEqual({ deleted: true, untracked: 1 });
    expect([await role('amazon:B0MINE0001'), await role('amazon:B0COMP0001')]).toEqual(['untracked', 'competitor']);
    expect(await deleteGroup(db, 'g1', opts())).toEqual({ deleted: false, untracked: 0 });
  });

  it('a tracked product is never dropped by the untracked bound', async () => {
    await trackProduct(db, { productKey: 'amazon:B0COMP0001', role: 'competitor' }, opts());
    expect(await pruneUntracked(db, 0)).toBe(2);
    expect((await db.products.toArray()).map((p) => p.key)).toEqual(['amazon:B0COMP0001']);
  });
});
