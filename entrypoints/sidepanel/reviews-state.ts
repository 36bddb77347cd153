import { computed, type ReadonlySignal } from '@preact/signals';
import type { ReviewsExportWhat, ReviewsModel, ReviewsState, TrendsState } from '../../components/reviews/model';
import { analyse, type Analysis } from '../../components/workbench/model';
import { analyseReviews as engine, reviewInputOf } from '../../lib/analyses/reviews';
import { themeTrends, type ThemeTrends } from '../../lib/analyses/reviews/trends';
import { productKey, type PageRead, type ReviewAnalysis } from '../../lib/schema';
import { createExportActions } from './export-actions';
import type { StoredReviews } from './reviews-sources';

export interface ReviewsDeps {
  /** The shown tab's read, when there is one (a blocked page gives none). */
  read: ReadonlySignal<PageRead | undefined>;
  copy(text: string): Promise<void>;
  /** Hands the text to the browser as a file download. */
  download(fileName: string, text: string, type: string): void;
  /** The analysis (tests pass one that throws; the panel uses lib/analyses/reviews). */
  analyseReviews?: typeof engine;
  /** How long "Copied" stays visible. */
  copyShownMs?: number;
  /** The shown product's stored reviews (reviews-sources.ts, live); undefined while loading. Absent: no trends. */
  stored?: ReadonlySignal<StoredReviews | undefined>;
}

export interface ReviewsStateModel extends ReviewsModel {
  stop(): void;
}

/**
 * The Reviews view's model: the analysis of the shown read's reviews as a computed
 * signal. It is only read once the view is first opened (app.tsx mounts the view then),
 * and computed signals are lazy, so nothing is analysed before that. The analysis runs
 * through `analyse`, so one that throws becomes the view's error, not a broken panel.
 * A re-read of the same page with the same reviews (a late price) keeps the analysis.
 */
export function createReviews(deps: ReviewsDeps): ReviewsStateModel {
  const run = deps.analyseReviews ?? engine;
  const exports = createExportActions<ReviewsExportWhat>(deps);
  let last: { key: string; result: Analysis<ReviewAnalysis> } | undefined;

  const state = computed((): ReviewsState => {
    const read = deps.read.value;
    if (!read) return { kind: 'no-read' };
    const reviews = read.reviews ?? [];
    if (reviews.length === 0) return { kind: 'no-reviews', marketplace: read.marketplace, pageKind: read.pageKind };
    // Reads are parsed anew on every write, so compare what the analysis gets (reviews,
    // histogram, tags, title, locale), not the object: a late price keeps the analysis,
    // a histogram that arrives late redoes it.
    const input = reviewInputOf(read);
    const key = JSON.stringify(input);
    const result = last?.key === key ? last.result : analyse(() => run(input));
    last = { key, result };
    return {
      kind: 'analysed',
      marketplace: read.marketplace,
      pageKind: read.pageKind,
      url: read.url,
      ...(read.product?.id ? { productId: read.product.id } : {}),
      ...(read.product?.title ? { title: read.product.title } : {}),
      reviews,
      analysis: result,
    };
  });

  const stored = deps.stored;
  let lastTrends: { visits: StoredReviews['visits']; locale: string | undefined; result: Analysis<ThemeTrends> } | undefined;
  const trends =
    stored &&
    computed((): TrendsState | undefined => {
      const read = deps.read.value;
      if (!read?.product?.id) return undefined;
      const s = stored.value;
      if (!s || s.productKey !== productKey(read.marketplace, read.product.id)) return { kind: 'loading' };
      if (!s.tracked) return { kind: 'untracked' };
      // The stored rows change only when the database does: a re-read of the page keeps the result.
      const result = lastTrends?.visits === s.visits && lastTrends.locale === read.locale ? lastTrends.result : analyse(() => themeTrends(s.visits, read.locale));
      lastTrends = { visits: s.visits, locale: read.locale, result };
      if (!result.ok) return { kind: 'error', error: result.error };
      const months = result.value.reviewsPerPeriod.filter((n) => n > 0).length;
      return months < 2 ? { kind: 'too-few', reviewCount: result.value.reviewCount } : { kind: 'trends', trends: result.value };
    });

  return {
    state,
    ...(trends ? { trends } : {}),
    exportState: exports.exportState,
    copy: (what, text) => exports.copy(what, text),
    download: exports.download,
    stop: exports.stop,
  };
}
