import type { FieldChange, PageRead } from '../../schema';
import { diffReads } from './diff-reads';

/**
 * "Since your last visit": the changes between the previous read of a product and this one,
 * most important first, as data for the panel to word and format.
 *
 * Order of groups: what a competitor watcher acts on first — price (then coupon and list
 * price), promotions and badges starting or ending (issue #10), availability, seller (the
 * buy box moved), rating, review count, sales rank, sales volume, then the listing's
 * content: title, images, bullets, specs. Within a group, the larger relative change first
 * (|deltaPct|), then the diff's own order. Images are one line
 * (`added`/`removed` hold the URLs) so a re-shoot of eight photos does not bury the price.
 */

export const CHANGE_GROUPS = [
  'price', 'couponPrice', 'listPrice', 'promotions', 'badges', 'availability', 'seller', 'rating', 'reviewCount',
  'salesRanks', 'salesVolume', 'title', 'images', 'bullets', 'specs',
] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

export interface SummaryLine extends FieldChange {
  group: ChangeGroup;
  /** Images only: URLs that appeared and disappeared. */
  added?: string[];
  removed?: string[];
}

export interface SinceLastVisit {
  from: string;
  to: string;
  lines: SummaryLine[];
}

function groupOf(field: string): ChangeGroup {
  const head = /^[A-Za-z]+/.exec(field)?.[0] ?? field;
  return (CHANGE_GROUPS as readonly string[]).includes(head) ? (head as ChangeGroup) : 'specs';
}

function imagesLine(changes: FieldChange[]): SummaryLine | undefined {
  const images = changes.filter((c) => c.field === 'images');
  if (images.length === 0) return undefined;
  const added = images.filter((c) => c.kind === 'added').map((c) => c.after as string);
  const removed = images.filter((c) => c.kind === 'removed').map((c) => c.before as string);
  const kind = added.length && !removed.length ? 'added' : removed.length && !added.length ? 'removed' : 'changed';
  // Only reordered: keep the before/after orders the diff gave.
  if (!added.length && !removed.length) return { ...images[0]!, group: 'images' };
  return { field: 'images', kind, group: 'images', added, removed };
}

export function sinceLastVisit(previous: PageRead, current: PageRead): SinceLastVisit {
  const diff = diffReads(previous, current);
  const lines: SummaryLine[] = diff.changes.filter((c) => c.field !== 'images').map((c) => ({ ...c, group: groupOf(c.field) }));
  const images = imagesLine(diff.changes);
  if (images) lines.push(images);
  const rank = (l: SummaryLine) => CHANGE_GROUPS.indexOf(l.group);
  const order = new Map(lines.map((l, i) => [l, i]));
  lines.sort((x, y) => rank(x) - rank(y) || Math.abs(y.deltaPct ?? 0) - Math.abs(x.deltaPct ?? 0) || order.get(x)! - order.get(y)!);
  return { from: diff.from, to: diff.to, lines };
}
