import { z } from 'zod';
import { DraftSchema, MarketplaceSchema, PageReadSchema } from '../schema';

/**
 * Rows of the extension database. The background writes only reads it has validated;
 * readers (the side panel, the migration test) parse rows again, so a row written by an
 * older version that no longer fits shows as an error instead of a wrong value.
 */

/** The latest read of one open tab; removed when the tab closes. */
export const TabReadRowSchema = z.object({
  tabId: z.number().int().nonnegative(),
  read: PageReadSchema,
  /** ms since epoch of the write; lets startup drop rows of a previous browser session. */
  updatedAt: z.number().int().nonnegative(),
});
export type TabReadRow = z.infer<typeof TabReadRowSchema>;

/** Page kinds whose reads carry one product and are kept as its history. */
export const SNAPSHOT_KINDS = ['product', 'reviews'] as const;

/** One product read kept for history (prices, review counts over time). */
export const SnapshotRowSchema = z.object({
  id: z.number().int().positive().optional(),
  marketplace: MarketplaceSchema,
  productId: z.string().min(1).max(64),
  pageKind: z.enum(SNAPSHOT_KINDS),
  url: z.string().max(4000),
  /** The read's own ISO timestamp, and the same instant in ms for ordering (ISO strings with
   * and without milliseconds do not sort as text). */
  readAt: z.string(),
  readAtMs: z.number().int().nonnegative(),
  /** The tab it came from: repeated reads of one visit update one snapshot. */
  tabId: z.number().int().nonnegative(),
  read: PageReadSchema,
});
export type SnapshotRow = z.infer<typeof SnapshotRowSchema>;

/** One step of the schema. Append, never edit a shipped step; each gets a fixture and a test. */
export interface DbVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Data migration run by Dexie when an older database opens at this version. */
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

/** A copywriter's draft as stored: the shared draft shape (lib/schema/title.ts). */
export const DraftRowSchema = DraftSchema;
export type DraftRow = z.infer<typeof DraftRowSchema>;

/** One earlier version of a draft (throttled and bounded, see drafts.ts). */
export const DraftHistoryRowSchema = z.object({
  id: z.number().int().positive().optional(),
  draftId: z.string().min(1).max(64),
  /** ms since epoch. */
  savedAt: z.number().int().nonnegative(),
  draft: DraftRowSchema,
});
export type DraftHistoryRow = z.infer<typeof DraftHistoryRowSchema>;

export const DB_VERSIONS: readonly DbVersion[] = [
  {
    version: 1,
    stores: {
      tabReads: 'tabId, updatedAt',
      // Compound index: one product's history in time order; readAtMs alone for pruning.
      snapshots: '++id, [marketplace+productId+readAtMs], readAtMs',
    },
  },
  {
    // The copywriter's workbench: drafts, their history, and recent snapshots per
    // marketplace (the competitors scored beside a draft) without scanning every product.
    version: 2,
    stores: {
      snapshots: '++id, [marketplace+productId+readAtMs], readAtMs, [marketplace+readAtMs]',
      drafts: 'id, updatedAt',
      // One draft's versions in time order (also how a draft's history is deleted).
      draftHistory: '++id, [draftId+savedAt]',
    },
  },
];

export const DB_VERSION = DB_VERSIONS[DB_VERSIONS.length - 1]!.version;
