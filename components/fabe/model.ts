import type { ExportState } from '../export-state';
import type { ReadonlySignal } from '@preact/signals';
import type { FabeTable, GapMatrix, Marketplace, PageKind, SellingPointDraft } from '../../lib/schema';
import type { Contradiction, PraiseCandidate } from '../../lib/analyses/reviews';
import type { Analysis } from '../workbench/model';

/**
 * What the FABE view needs: one state signal and the export actions. The side panel
 * builds it (entrypoints/sidepanel/fabe-state.ts) over Dexie and lib/analyses/fabe; tests
 * build it over a fake database or hand it states directly. The views never see either.
 */

/** Where a product in the gap matrix comes from: the shown tab, the open search, or history. */
export type FabeProductSource = 'page' | 'search' | 'recent';

export interface FabeCompetitor {
  productId: string;
  title?: string;
  source: Exclude<FabeProductSource, 'page'>;
  /** 1-based position in the open search, for `search`. */
  position?: number;
  /** ISO time the stored read was taken. */
  readAt: string;
  /** The competitor's own table (a failure leaves it out of the matrix and is listed). */
  table: Analysis<FabeTable | undefined>;
}

/**
 * What the review analysis of the product's own read gives the table (issue #7 feeds):
 * praised themes as evidence candidates, complaints flagged on the chains that claim them.
 */
export interface FabeReviewFeeds {
  reviewCount: number;
  smallSample: boolean;
  praise: readonly PraiseCandidate[];
  contradictions: readonly Contradiction[];
}

/** Gap matrix and drafts need the table: when it failed they are `undefined` (not computed). */
export type FabeState =
  | { kind: 'no-product'; pageKind?: PageKind }
  /** The product's table is being built (in the panel's FABE worker, entrypoints/sidepanel/fabe.worker.ts). */
  | { kind: 'building'; marketplace: Marketplace; productId: string; title?: string }
  | {
      kind: 'product';
      marketplace: Marketplace;
      productId: string;
      title?: string;
      /** The listing has neither bullet points nor a description (statements come from title, specs, reviews). */
      thin: boolean;
      table: Analysis<FabeTable | undefined>;
      competitors: readonly FabeCompetitor[];
      /** Results of the open search with no stored read (not opened yet): they cannot be compared. */
      searchUnread: number;
      /** Competitors whose tables are still being built: they join `competitors` and the gap matrix when done. */
      competitorsBuilding?: number;
      gap?: Analysis<GapMatrix>;
      drafts?: Analysis<readonly SellingPointDraft[]>;
      /** Only when the read has reviews and the table was built. */
      reviewFeeds?: Analysis<FabeReviewFeeds>;
    };

export type FabeExportWhat = 'table-md' | 'table-csv' | 'gap-md' | 'gap-csv' | 'selling-point';
export type FabeExportState = ExportState<FabeExportWhat>;

export interface FabeModel {
  state: ReadonlySignal<FabeState>;
  exportState: ReadonlySignal<FabeExportState>;
  /** Copies text (the clipboard API on the user's click); `index` names which draft. */
  copy(what: FabeExportWhat, text: string, index?: number): Promise<void>;
  /** Saves text as a file the browser downloads (a Blob URL; no `downloads` permission). */
  download(what: FabeExportWhat, fileName: string, text: string, type: string): void;
  /** The view is shown: start watching the competitors (idempotent). */
  open(): void;
}
