import type { ReportMember } from '../../lib/analyses/report';
import type { TitleConfig } from '../../lib/analyses/title/limits';
import { getSettings, historyRange, latestReadsRange, listDrafts, LatestReadRowSchema, productSnapshots, SNAPSHOT_KINDS, GroupRowSchema, type ListingLensDb } from '../../lib/db';
import type { ExchangeRate, ProductKey } from '../../lib/schema';

/**
 * The audit report's Dexie reads (reads only; the background is the only writer): a
 * group's members with their newest read and their snapshots as history, the keywords the
 * user keeps for "my product", and the settings the title checks and price comparison use.
 */

export interface ReportSources {
  groupId: string;
  name: string;
  /** The user's product first, then competitors in the group's order; only products with a read. */
  members: ReportMember[];
  /** Members never read (or whose rows no longer parse): left out of the report, named in the card. */
  missing: ProductKey[];
  keywords: string[];
  rates: ExchangeRate[];
  config: TitleConfig;
}

/** Keywords passed to the title checks (DraftSchema allows this many per draft). */
const MAX_KEYWORDS = 500;

/** Everything buildReport needs about one group, or undefined when the group is gone. */
export async function loadReportSources(db: ListingLensDb, groupId: string): Promise<ReportSources | undefined> {
  const parsed = GroupRowSchema.safeParse(await db.groups.get(groupId));
  if (!parsed.success) return undefined;
  const group = parsed.data;
  const keys: [ProductKey, ReportMember['role']][] = [...(group.mine ? [[group.mine, 'mine'] as [ProductKey, 'mine']] : []), ...group.competitors.map((k): [ProductKey, 'competitor'] => [k, 'competitor'])];
  const loaded = await Promise.all(keys.map(async ([key, role]) => ({ key, role, ...(await memberReads(db, key)) })));
  const members: ReportMember[] = [];
  const missing: ProductKey[] = [];
  for (const m of loaded) {
    if (m.read) members.push({ read: m.read, role: m.role, history: m.history, lastSeen: m.lastSeen });
    else missing.push(m.key);
  }
  const [settings, keywords] = await Promise.all([getSettings(db), group.mine ? keywordsOf(db, group.mine) : Promise.resolve([])]);
  return { groupId, name: group.name, members, missing, keywords, rates: settings.exchangeRates, config: settings.title };
}

/**
 * A product's newest read — its product page (bullets, description, reviews) before its
 * review page, else its newest snapshot (a read without reviews) — and its snapshots, oldest first.
 */
async function memberReads(db: ListingLensDb, key: ProductKey): Promise<{ read?: ReportMember['read']; history: ReportMember['read'][]; lastSeen: Record<string, number> }> {
  const [rows, snapshots] = await Promise.all([latestReadsRange(db, key).toArray(), productSnapshots(db, key)]);
  const latest = SNAPSHOT_KINDS.flatMap((kind) => {
    const row = LatestReadRowSchema.safeParse(rows.find((r) => r.pageKind === kind));
    return row.success ? [row.data.read] : [];
  });
  const history = snapshots.map((s) => s.read);
  const lastSeen = Object.fromEntries(snapshots.map((s) => [s.read.readAt, s.lastSeenMs]));
  const read = latest[0] ?? history.at(-1);
  return { ...(read ? { read } : {}), history, lastSeen };
}

/** The target keywords of the user's drafts for this product (the workbench's checklist), in first-seen order. */
async function keywordsOf(db: ListingLensDb, key: ProductKey): Promise<string[]> {
  const drafts = await listDrafts(db);
  const words = new Set<string>();
  for (const d of drafts) {
    if (d.productId === undefined || `${d.marketplace}:${d.productId}` !== key) continue;
    for (const k of d.keywords) if (k.trim()) words.add(k.trim());
  }
  return [...words].slice(0, MAX_KEYWORDS);
}

/** When the group's oldest snapshot was read (ms), for the "changes since" default; undefined without any. */
export async function oldestSnapshotMs(db: ListingLensDb, groupId: string): Promise<number | undefined> {
  const parsed = GroupRowSchema.safeParse(await db.groups.get(groupId));
  if (!parsed.success) return undefined;
  const keys = [...(parsed.data.mine ? [parsed.data.mine] : []), ...parsed.data.competitors];
  const firsts = await Promise.all(keys.map((k) => historyRange(db, k).first()));
  const times = firsts.flatMap((s) => (s ? [s.readAtMs] : []));
  return times.length ? Math.min(...times) : undefined;
}
