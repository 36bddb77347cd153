import { sinceLastVisit, type SinceLastVisit } from '../../lib/analyses/history/since-last-visit';
import { VISIT_WINDOW_MS } from '../../lib/db/capture';
import type { PageRead } from '../../lib/schema';
import { analyse, type Analysis } from '../workbench/model';
import type { CurrentProduct } from './model';

/**
 * What the top of the page view says about a tracked product opened again, from its two
 * newest snapshots (history keeps one snapshot per change, capture.ts):
 * - `changes`: the newest snapshot was first read during this visit (within VISIT_WINDOW_MS
 *   before the shown read, or after it): what changed since the state the user saw last,
 *   which was still seen at `previousSeenMs`.
 * - `unchanged`: the newest state is older than this visit: nothing changed since it was
 *   first read (`sinceMs`); `last` is that older change, for reference.
 * - `first`: one snapshot only: tracked, no change recorded yet.
 * Undefined when the product is not tracked or has no snapshot.
 */
export type VisitSummary =
  | { kind: 'changes'; summary: Analysis<SinceLastVisit>; previousSeenMs: number; snapshots: number }
  | { kind: 'unchanged'; sinceMs: number; last?: Analysis<SinceLastVisit>; snapshots: number }
  | { kind: 'first'; sinceMs: number };

export function visitSummary(current: CurrentProduct | undefined, shown: PageRead | undefined): VisitSummary | undefined {
  if (!current || !shown || shown.pageKind !== 'product') return undefined;
  const role = current.product?.role;
  const { latest, previous } = current;
  if (!latest || !role || role === 'untracked') return undefined;
  if (!previous) return { kind: 'first', sinceMs: latest.readAtMs };
  const shownMs = Date.parse(shown.readAt);
  const fresh = !Number.isFinite(shownMs) || latest.readAtMs >= shownMs - VISIT_WINDOW_MS;
  const summary = analyse(() => sinceLastVisit(previous.read, latest.read));
  return fresh
    ? { kind: 'changes', summary, previousSeenMs: previous.lastSeenMs, snapshots: current.snapshots }
    : { kind: 'unchanged', sinceMs: latest.readAtMs, last: summary, snapshots: current.snapshots };
}
