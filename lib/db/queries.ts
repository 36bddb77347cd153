import type { ProductKey } from '../schema';
import type { Visit } from '../analyses/reviews/trends';
import { historyRange, reviewsRange } from './capture';
import type { ListingLensDb } from './database';
import { GroupRowSchema, ProductRowSchema, ReviewRowSchema, SnapshotRowSchema, type GroupRow, type ProductRole, type ProductRow, type SnapshotRow } from './schema';

/**
 * The side panel's reads for competitor history: pure Dexie reads (no writes, no browser
 * APIs), each fit for a liveQuery. Rows are parsed on the way out; one that no longer fits
 * the schema is left out rather than shown wrong.
 */

export interface GroupRef {
  id: string;
  name: string;
  /** The product's place in that group. */
  as: 'mine' | 'competitor';
}

export interface ProductListItem {
  product: ProductRow;
  groups: GroupRef[];
}

/**
 * Products with their roles and groups, most recently seen first. By default the tracked
 * ones (`mine`, `competitor`); pass roles to include untracked products.
 */
export async function productList(
  db: ListingLensDb,
  options: { roles?: readonly ProductRole[]; marketplace?: ProductRow['marketplace'] } = {},
): Promise<ProductListItem[]> {
  const roles = options.roles ?? ['mine', 'competitor'];
  const [rows, groups] = await Promise.all([
    db.products.where('[role+lastSeenMs]').between([roles.length ? roles.toSorted()[0]! : '', -Infinity], [roles.toSorted().at(-1) ?? '', Infinity]).toArray(),
    db.groups.toArray(),
  ]);
  const refs = new Map<string, GroupRef[]>();
  for (const g of groups.toSorted((a, b) => a.name.localeCompare(b.name))) {
    if (g.mine) (refs.get(g.mine) ?? refs.set(g.mine, []).get(g.mine)!).push({ id: g.id, name: g.name, as: 'mine' });
    for (const c of g.competitors) (refs.get(c) ?? refs.set(c, []).get(c)!).push({ id: g.id, name: g.name, as: 'competitor' });
  }
  return rows
    .filter((r) => roles.includes(r.role) && (!options.marketplace || r.marketplace === options.marketplace))
    .flatMap((row) => {
      const parsed = ProductRowSchema.safeParse(row);
      return parsed.success ? [{ product: parsed.data, groups: refs.get(row.key) ?? [] }] : [];
    })
    .sort((a, b) => b.product.lastSeenMs - a.product.lastSeenMs);
}

/** One product row, or undefined. */
export async function getProduct(db: ListingLensDb, key: ProductKey): Promise<ProductRow | undefined> {
  const parsed = ProductRowSchema.safeParse(await db.products.get(key));
  return parsed.success ? parsed.data : undefined;
}

/** One product's snapshots (its history), oldest first. */
export async function productSnapshots(db: ListingLensDb, key: ProductKey): Promise<SnapshotRow[]> {
  return parseSnapshots(await historyRange(db, key).toArray());
}

/** A product's newest snapshot and the one before it (for "what changed"). */
export async function latestTwoSnapshots(db: ListingLensDb, key: ProductKey): Promise<{ latest?: SnapshotRow; previous?: SnapshotRow }> {
  const [latest, previous] = parseSnapshots(await historyRange(db, key).reverse().limit(2).toArray());
  return { latest, previous };
}

/** The groups, by name. */
export async function listGroups(db: ListingLensDb): Promise<GroupRow[]> {
  const rows = await db.groups.toArray();
  return rows.flatMap((row) => {
    const parsed = GroupRowSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  }).sort((a, b) => a.name.localeCompare(b.name));
}

export interface GroupMember {
  key: ProductKey;
  as: 'mine' | 'competitor';
  /** Undefined when the row is gone or no longer parses. */
  product?: ProductRow;
  latest?: SnapshotRow;
}

/** A group with its members (mine first, then competitors in the group's order), each with its newest snapshot. */
export async function groupMembers(db: ListingLensDb, groupId: string): Promise<{ group: GroupRow; members: GroupMember[] } | undefined> {
  const parsed = GroupRowSchema.safeParse(await db.groups.get(groupId));
  if (!parsed.success) return undefined;
  const group = parsed.data;
  const keys: [ProductKey, 'mine' | 'competitor'][] = [...(group.mine ? [[group.mine, 'mine'] as [ProductKey, 'mine']] : []), ...group.competitors.map((k): [ProductKey, 'competitor'] => [k, 'competitor'])];
  const products = await db.products.bulkGet(keys.map(([k]) => k));
  const members = await Promise.all(
    keys.map(async ([key, as], i): Promise<GroupMember> => {
      const product = ProductRowSchema.safeParse(products[i]);
      const [latest] = parseSnapshots(await historyRange(db, key).reverse().limit(1).toArray());
      return { key, as, ...(product.success ? { product: product.data } : {}), ...(latest ? { latest } : {}) };
    }),
  );
  return { group, members };
}

function parseSnapshots(rows: readonly SnapshotRow[]): SnapshotRow[] {
  return rows.flatMap((row) => {
    const parsed = SnapshotRowSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * A product's stored reviews as the visits themeTrends pools: one visit per UTC day on
 * which reviews were first seen, oldest first, each review in its newest copy. (themeTrends
 * dates a review by its own date when the page gave one, else by this day.)
 */
export async function reviewVisitsOf(db: ListingLensDb, key: ProductKey): Promise<Visit[]> {
  const rows = await reviewsRange(db, key).toArray();
  const days = new Map<string, Visit & { reviews: Visit['reviews'][number][] }>();
  for (const row of rows) {
    const parsed = ReviewRowSchema.safeParse(row);
    if (!parsed.success) continue;
    const at = new Date(parsed.data.firstSeenMs).toISOString().slice(0, 10);
    (days.get(at) ?? days.set(at, { at, reviews: [] }).get(at)!).reviews.push(parsed.data.review);
  }
  return [...days.values()];
}
