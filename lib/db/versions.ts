import { upgradeToV3 } from './migrate-v3';
import { upgradeToV4 } from './migrate-v4';

/**
 * The schema's steps, oldest first (row shapes are in schema.ts). Kept apart from the row
 * schemas so code that only needs a row's shape (the message protocol, which every content
 * script bundles) does not carry the upgrades.
 */

/** One step of the schema. Append, never edit a shipped step; each gets a fixture and a test. */
export interface DbVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Data migration run by Dexie when an older database opens at this version. */
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

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
  {
    // Competitor snapshots (issue #6): products with roles, snapshots only for tracked
    // products and only on change, the latest read of every product apart from history,
    // search result sets, groups and settings. The upgrade turns v2's per-read snapshots
    // into products, latest reads and snapshots (migrate-v3.ts).
    version: 3,
    stores: {
      // By role for the product list; lruMs is sparse (untracked products without history).
      products: 'key, [role+lastSeenMs], [marketplace+lastSeenMs], lruMs',
      // One product's history in time order; the import's dedupe key; date pruning.
      snapshots: '++id, [productKey+readAtMs], [productKey+hash+readAtMs], readAtMs, lastSeenMs',
      // Recent products per marketplace (workbench, FABE) without scanning history.
      latestReads: '[productKey+pageKind], [marketplace+readAtMs]',
      resultSets: '++id, [marketplace+query+readAtMs], [marketplace+readAtMs]',
      // Groups a product belongs to: as mine, or among the competitors (multi-entry).
      groups: 'id, name, updatedAt, mine, *competitors',
      settings: 'id',
    },
    upgrade: upgradeToV3,
  },
  {
    // Stored reviews of tracked products (issue #7, themes over time): one row per distinct
    // review per product. The upgrade seeds them from tracked products' latest reads
    // (migrate-v4.ts).
    version: 4,
    stores: {
      // Primary key: the review's identity within its product (review-rows.ts). By first
      // seen for the trends; by last seen for the per-product bound and date pruning.
      reviews: '[productKey+reviewKey], [productKey+firstSeenMs], [productKey+lastSeenMs], lastSeenMs',
    },
    upgrade: upgradeToV4,
  },
];

export const DB_VERSION = DB_VERSIONS[DB_VERSIONS.length - 1]!.version;
