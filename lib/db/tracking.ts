import type { PageRead, ProductKey } from '../schema';
import { captureProductRead, hasHistory, pruneUntracked, type SnapshotOutcome } from './capture';
import type { ListingLensDb } from './database';
import { StoreRefused } from './errors';
import { GroupRowSchema, type GroupRow, type ProductRole, type ProductRow } from './schema';

/**
 * Tracking and groups. A product is tracked while its role is not `untracked`: it is in a
 * group (as the group's "my product" or among its competitors), or was tracked as a
 * competitor on its own. Its role follows its groups — `mine` if it is mine in any group,
 * else `competitor` — and a product taken out of its last group (untrack, group edit or
 * delete) is untracked again. Untracking keeps the history already stored — snapshots and
 * stored reviews (prune-snapshots removes it); only products without history fall under the untracked bound.
 * Each operation is one transaction.
 */
export const MAX_GROUP_MEMBERS = 200;

export interface TrackRequest {
  productKey: ProductKey;
  role: Exclude<ProductRole, 'untracked'>;
  groupId?: string;
  groupName?: string;
}

export interface TrackResult {
  role: ProductRole;
  groupId?: string;
  groupCreated: boolean;
  snapshotId?: number;
  snapshot?: SnapshotOutcome;
}

export interface WriteOptions {
  now?: number;
  /** Group ids for new groups (tests pass a counter). */
  newId?: () => string;
}

const TABLES = (db: ListingLensDb) => [db.products, db.latestReads, db.snapshots, db.tabReads, db.groups, db.reviews];

/**
 * Tracks a product as mine or as a competitor, in a group when one is named (by id, or by
 * name — found, or created). Tracking as mine with no group creates one named after the
 * product. The first snapshot comes from the product's latest product-page read (the
 * latest reads, else an open tab's read); a product with only a review-page read is
 * tracked and gets its first snapshot from its next product-page read.
 */
export async function trackProduct(db: ListingLensDb, req: TrackRequest, options: WriteOptions = {}): Promise<TrackResult> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', TABLES(db), async () => {
    const found = await findLatestRead(db, req.productKey);
    if (!found && !(await db.products.get(req.productKey))) {
      throw new StoreRefused('not-found', `No read of ${req.productKey} yet: open its page first`);
    }
    const { group, created } = await resolveGroup(db, req, found?.read.product?.title, now, options.newId);
    let snapshot: { snapshotId?: number; outcome?: SnapshotOutcome } = {};
    if (found) snapshot = (await captureProductRead(db, found.read, found.tabId, { track: req.role, now })) ?? {};
    else await setRole(db, req.productKey, req.role, now);
    if (group) {
      await db.groups.put(withMember(group, req.productKey, req.role, now));
      // A group's previous "my product", replaced: still the user's, tracked on its own if in no other group.
      const displaced = req.role === 'mine' && group.mine !== undefined && group.mine !== req.productKey ? group.mine : undefined;
      if (displaced) await settleRole(db, displaced, 'mine', now);
    }
    const role = await settleRole(db, req.productKey, req.role, now);
    return { role, groupId: group?.id, groupCreated: created, snapshotId: snapshot.snapshotId, snapshot: snapshot.outcome };
  });
}

/**
 * Stops tracking a product: in one group (`groupId`; it stays tracked if it is in
 * another), or everywhere. Its history stays.
 */
export async function untrackProduct(db: ListingLensDb, req: { productKey: ProductKey; groupId?: string }, options: WriteOptions = {}): Promise<{ role: ProductRole; groups: number }> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', TABLES(db), async () => {
    if (!(await db.products.get(req.productKey))) throw new StoreRefused('not-found', `No product ${req.productKey}`);
    const groups = req.groupId ? [await db.groups.get(req.groupId)] : await groupsOf(db, req.productKey);
    if (req.groupId && (!groups[0] || !isMember(groups[0], req.productKey))) {
      throw new StoreRefused('not-found', `${req.productKey} is not in group ${req.groupId}`);
    }
    for (const g of groups) if (g) await db.groups.put(withoutMember(g, req.productKey, now));
    const role = await settleRole(db, req.productKey, 'untracked', now);
    return { role, groups: (await groupsOf(db, req.productKey)).length };
  });
}

/** What group-save carries: a new group (no id) or a whole group to replace. */
export type GroupInput = Omit<GroupRow, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

/**
 * Creates or replaces a group. Members must be known products (read at least once); new
 * members are tracked (with a first snapshot), members left out are untracked unless
 * another group holds them.
 */
export async function saveGroup(db: ListingLensDb, input: GroupInput, options: WriteOptions = {}): Promise<GroupRow> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', TABLES(db), async () => {
    const old = input.id ? await db.groups.get(input.id) : undefined;
    if (input.id && !old) throw new StoreRefused('not-found', `No group ${input.id}`);
    const competitors = [...new Set(input.competitors)].filter((k) => k !== input.mine);
    const group = GroupRowSchema.parse({
      ...input,
      id: old?.id ?? newGroupId(options.newId),
      competitors,
      createdAt: old?.createdAt ?? now,
      updatedAt: now,
    });
    const members: [ProductKey, Exclude<ProductRole, 'untracked'>][] = [
      ...(group.mine ? [[group.mine, 'mine'] as [ProductKey, 'mine']] : []),
      ...competitors.map((k): [ProductKey, 'competitor'] => [k, 'competitor']),
    ];
    for (const [key, role] of members) {
      const found = await findLatestRead(db, key);
      if (!found && !(await db.products.get(key))) throw new StoreRefused('not-found', `No read of ${key} yet: open its page first`);
      if (found) await captureProductRead(db, found.read, found.tabId, { track: role, now });
      else await setRole(db, key, role, now, true);
    }
    await db.groups.put(group);
    const left = old ? membersOf(old).filter((k) => !membersOf(group).includes(k)) : [];
    await settleRoles(db, [...members.map(([k]) => k), ...left], now);
    return group;
  });
}

/** Deletes a group; its members in no other group are untracked (their history stays). */
export async function deleteGroup(db: ListingLensDb, groupId: string, options: WriteOptions = {}): Promise<{ deleted: boolean; untracked: number }> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', TABLES(db), async () => {
    const group = await db.groups.get(groupId);
    if (!group) return { deleted: false, untracked: 0 };
    await db.groups.delete(groupId);
    const roles = await settleRoles(db, membersOf(group), now);
    return { deleted: true, untracked: roles.filter((r) => r === 'untracked').length };
  });
}

/** The groups a product is in (as mine or competitor), by name. */
export async function groupsOf(db: ListingLensDb, key: ProductKey): Promise<GroupRow[]> {
  const [asMine, asCompetitor] = await Promise.all([db.groups.where('mine').equals(key).toArray(), db.groups.where('competitors').equals(key).toArray()]);
  const byId = new Map([...asMine, ...asCompetitor].map((g) => [g.id, g]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The newest read about a product: its latest product-page read, else review page, else an open tab's. */
export async function findLatestRead(db: ListingLensDb, key: ProductKey): Promise<{ read: PageRead; tabId?: number } | undefined> {
  const [product, reviews] = await db.latestReads.bulkGet([
    [key, 'product'],
    [key, 'reviews'],
  ]);
  const stored = product ?? reviews;
  if (stored) return { read: stored.read, tabId: stored.tabId };
  const tabs = await db.tabReads.orderBy('updatedAt').reverse().toArray();
  const tab = tabs.find((t) => t.read.product?.id !== undefined && `${t.read.marketplace}:${t.read.product.id}` === key && (t.read.pageKind === 'product' || t.read.pageKind === 'reviews'));
  return tab && { read: tab.read, tabId: tab.tabId };
}

async function resolveGroup(
  db: ListingLensDb,
  req: TrackRequest,
  title: string | undefined,
  now: number,
  newId: WriteOptions['newId'],
): Promise<{ group?: GroupRow; created: boolean }> {
  if (req.groupId) {
    const group = await db.groups.get(req.groupId);
    if (!group) throw new StoreRefused('not-found', `No group ${req.groupId}`);
    return { group, created: false };
  }
  const name = req.groupName?.trim() || (req.role === 'mine' ? (title?.trim().slice(0, 80) || req.productKey) : undefined);
  if (!name) return { created: false }; // a competitor tracked on its own
  const existing = await db.groups.where('name').equals(name).first();
  if (existing) return { group: existing, created: false };
  return { group: { id: newGroupId(newId), name, competitors: [], createdAt: now, updatedAt: now }, created: true };
}

function withMember(group: GroupRow, key: ProductKey, role: 'mine' | 'competitor', now: number): GroupRow {
  const competitors = group.competitors.filter((k) => k !== key);
  if (role === 'mine') return { ...group, mine: key, competitors, updatedAt: now };
  if (competitors.length >= MAX_GROUP_MEMBERS) throw new StoreRefused('too-large', `Group ${group.name} already has ${MAX_GROUP_MEMBERS} competitors`);
  const { mine, ...rest } = group;
  return { ...rest, ...(mine !== key && mine !== undefined ? { mine } : {}), competitors: [...competitors, key], updatedAt: now };
}

function withoutMember(group: GroupRow, key: ProductKey, now: number): GroupRow {
  const { mine, ...rest } = group;
  return { ...rest, ...(mine !== undefined && mine !== key ? { mine } : {}), competitors: group.competitors.filter((k) => k !== key), updatedAt: now };
}

function isMember(group: GroupRow, key: ProductKey): boolean {
  return group.mine === key || group.competitors.includes(key);
}

function membersOf(group: GroupRow): ProductKey[] {
  return [...(group.mine ? [group.mine] : []), ...group.competitors];
}

/** Recomputes each product's role from its groups (untracked when in none); inside the caller's transaction. */
export async function settleRoles(db: ListingLensDb, keys: readonly ProductKey[], now: number): Promise<ProductRole[]> {
  const out: ProductRole[] = [];
  for (const key of new Set(keys)) out.push(await settleRole(db, key, 'untracked', now));
  return out;
}

/** Role from groups: mine in any → mine; competitor in any → competitor; else `alone`. */
async function settleRole(db: ListingLensDb, key: ProductKey, alone: ProductRole, now: number): Promise<ProductRole> {
  const mine = await db.groups.where('mine').equals(key).count();
  const competitor = mine ? 0 : await db.groups.where('competitors').equals(key).count();
  const role: ProductRole = mine ? 'mine' : competitor ? 'competitor' : alone;
  await setRole(db, key, role, now);
  return role;
}

/**
 * Sets a product's role and what goes with it: tracking clears it from the untracked
 * bound; untracking puts it back there unless it has history. `onlyIfUntracked` leaves a
 * tracked product's role to settleRole.
 */
async function setRole(db: ListingLensDb, key: ProductKey, role: ProductRole, now: number, onlyIfUntracked = false): Promise<void> {
  const product = await db.products.get(key);
  if (!product || product.role === role || (onlyIfUntracked && product.role !== 'untracked')) return;
  const next: ProductRow = { ...product, role };
  delete next.lruMs;
  if (role !== 'untracked') next.trackedAtMs ??= now;
  else if (!(await hasHistory(db, key))) next.lruMs = next.lastSeenMs;
  await db.products.put(next);
  if (next.lruMs !== undefined) await pruneUntracked(db);
}

function newGroupId(newId: WriteOptions['newId']): string {
  return newId ? newId() : crypto.randomUUID();
}
