import type { PageRead, SnapshotDiff } from '../../schema';
import { diffReads } from '../history';
import { NOTES, type ReportNote } from './notes';

/**
 * A product's snapshots, oldest first: its stored history plus the read the report is
 * built from (the panel's latest read is usually stored as a snapshot too, so one with the
 * same readAt counts once). Only reads of this product's page: a review page read stored
 * beside the product page is not a snapshot of the listing.
 */
export function snapshotsOf(read: PageRead, history: readonly PageRead[] | undefined): PageRead[] {
  const id = read.product?.id;
  const all = [...(history ?? []).filter((h) => h.product?.id === id && h.pageKind === 'product'), ...(read.pageKind === 'product' ? [read] : [])];
  const byTime = new Map<number, PageRead>();
  for (const r of all) {
    const t = Date.parse(r.readAt);
    if (!byTime.has(t)) byTime.set(t, r);
  }
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}

export interface ChangesSince {
  changes?: SnapshotDiff;
  notes: ReportNote[];
}

/**
 * What changed since `since`: from the newest snapshot at or before it (the state the
 * operator remembers) — or, when there is none, the oldest one after it, said in a note —
 * to the newest snapshot.
 */
export function changesSince(key: string, snapshots: readonly PageRead[], hadHistory: boolean, since: string | undefined): ChangesSince {
  if (since === undefined) return { notes: [] };
  if (!hadHistory) return { notes: [{ section: 'changes', message: NOTES.noHistory(key) }] };
  if (snapshots.length < 2) return { notes: [{ section: 'changes', message: NOTES.oneSnapshot(key) }] };
  const at = Date.parse(since);
  const newest = snapshots[snapshots.length - 1]!;
  const before = snapshots.filter((s) => Date.parse(s.readAt) <= at);
  const notes: ReportNote[] = [];
  let base = before[before.length - 1];
  if (!base) {
    base = snapshots[0]!;
    notes.push({ section: 'changes', message: NOTES.firstAfterSince(key, base.readAt) });
  }
  // The newest snapshot is at or before the date: nothing was seen since, so no diff.
  if (base === newest) return { notes: [...notes, { section: 'changes', message: NOTES.nothingSince(key, newest.readAt) }] };
  return { changes: diffReads(base, newest), notes };
}
