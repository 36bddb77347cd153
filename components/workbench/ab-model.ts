import type { ReadonlySignal } from '@preact/signals';
import type { DraftRow } from '../../lib/db/schema';
import type { DraftComparison } from '../../lib/schema';
import type { Analysis, DraftSummary } from './model';

/** Which side of the comparison. */
export type AbSide = 'a' | 'b';

/** The two drafts compared, by id. */
export interface AbPair {
  a: string;
  b: string;
}

/**
 * A/B drafts: two saved drafts of one product scored side by side. The side panel builds
 * it over Dexie (entrypoints/sidepanel/ab-state.ts); the view only reads and calls.
 */
export interface AbCompare {
  /** The comparison is shown: drafts are read and scored only then. */
  open: ReadonlySignal<boolean>;
  setOpen(open: boolean): void;
  /** The stored drafts have been read since opening (until then there is nothing to say). */
  loaded: ReadonlySignal<boolean>;
  /** The saved drafts of the open draft's product, newest first. */
  choices: ReadonlySignal<readonly DraftSummary[]>;
  /** What is compared: the user's picks, else the open draft and the one saved before it. */
  pair: ReadonlySignal<AbPair | undefined>;
  /** Picks a side; picking the other side's draft swaps them. */
  pick(side: AbSide, id: string): void;
  result: ReadonlySignal<Analysis<DraftComparison> | undefined>;
  /** Opens that side's draft in the editor (the pair stays as it is). */
  use(side: AbSide): Promise<void>;
}

/**
 * The drafts one can compare with the open one: the same marketplace (one rule set scores
 * both), and — when the open draft was started from a product — not drafts of another
 * product. Drafts typed from scratch have no product and stay in: they may be for any.
 */
export function draftsOfProduct(current: Pick<DraftRow, 'marketplace' | 'productId'>, rows: readonly DraftRow[]): DraftRow[] {
  return rows.filter((d) => d.marketplace === current.marketplace && (!current.productId || !d.productId || d.productId === current.productId));
}

/**
 * The pair to compare: each pick that is still a choice, else A = the open draft (or the
 * newest) and B = the newest other draft — "the current draft and the previous one".
 * Undefined when there are fewer than two choices.
 */
export function pairOf(currentId: string, choices: readonly { id: string }[], picks: Partial<AbPair>): AbPair | undefined {
  if (choices.length < 2) return undefined;
  const has = (id: string | undefined): id is string => id !== undefined && choices.some((c) => c.id === id);
  const a = has(picks.a) ? picks.a : has(currentId) ? currentId : choices[0]!.id;
  const b = has(picks.b) && picks.b !== a ? picks.b : choices.find((c) => c.id !== a)!.id;
  return { a, b };
}

/** The pair after picking `id` for `side`: the other side's draft swaps over. */
export function withPick(pair: AbPair, side: AbSide, id: string): AbPair {
  if (side === 'a') return { a: id, b: pair.b === id ? pair.a : pair.b };
  return { a: pair.a === id ? pair.b : pair.a, b: id };
}
