import type { ExportState } from '../export-state';
import type { ReadonlySignal } from '@preact/signals';
import type { ThemeTrends } from '../../lib/analyses/reviews/trends';
import type { Marketplace, PageKind, Review, ReviewAnalysis } from '../../lib/schema';
import type { Analysis } from '../workbench/model';

/**
 * What the Reviews view needs: one state signal and the export actions. The side panel
 * builds it (entrypoints/sidepanel/reviews-state.ts) over the shown tab's read and
 * lib/analyses/reviews; tests build it the same way or hand it states directly.
 */

export type ReviewsState =
  /** No read for this tab (another site, still loading, blocked: the page view explains which). */
  | { kind: 'no-read' }
  /** A read without reviews (a search page, a product page whose reviews load later). */
  | { kind: 'no-reviews'; marketplace: Marketplace; pageKind: PageKind }
  | {
      kind: 'analysed';
      marketplace: Marketplace;
      pageKind: PageKind;
      /** The page's address: quotes link back to their review on the same site. */
      url: string;
      productId?: string;
      title?: string;
      /** The analysed reviews, in page order: a quote's reviewIndex points into them. */
      reviews: readonly Review[];
      analysis: Analysis<ReviewAnalysis>;
    };

/**
 * Themes over time for the shown product, from the reviews stored while it was tracked
 * (lib/db reviewVisitsOf → themeTrends). `too-few`: its stored reviews fall in fewer than
 * two months, so there is nothing to compare yet.
 */
export type TrendsState =
  | { kind: 'loading' }
  | { kind: 'untracked' }
  | { kind: 'too-few'; reviewCount: number }
  | { kind: 'trends'; trends: ThemeTrends }
  | { kind: 'error'; error: string };

export type ReviewsExportWhat = 'md' | 'csv';
export type ReviewsExportState = ExportState<ReviewsExportWhat>;

export interface ReviewsModel {
  state: ReadonlySignal<ReviewsState>;
  /** Absent where nothing is stored (the demo); undefined when the read has no product. */
  trends?: ReadonlySignal<TrendsState | undefined>;
  exportState: ReadonlySignal<ReviewsExportState>;
  /** Copies text (the clipboard API on the user's click). */
  copy(what: ReviewsExportWhat, text: string): Promise<void>;
  /** Saves text as a file the browser downloads (a Blob URL; no `downloads` permission). */
  download(what: ReviewsExportWhat, fileName: string, text: string, type: string): void;
}
