import type { Candidate } from '../../components/workbench/candidates';
import { analyse, type Analysis, type ScoredTitle } from '../../components/workbench/model';
import type { Marketplace, TitleScore } from '../../lib/schema';
import type { TitleAnalyses } from './workbench-state';

export interface ScoringRules {
  marketplace: Marketplace;
  keywords: readonly string[];
}

/**
 * Scores other listings' titles (competitors, the live page) once per set of rules: the
 * list recomputes as searches arrive, but a title already scored under the same
 * marketplace and keywords is not scored again.
 */
export function memoScorer(scoreTitle: TitleAnalyses['scoreTitle'], rules: () => ScoringRules) {
  let last: ScoringRules | undefined;
  const cache = new Map<string, Analysis<TitleScore>>();
  return (c: Omit<Candidate, 'source'>, source: ScoredTitle['source']): ScoredTitle => {
    const r = rules();
    if (!last || last.marketplace !== r.marketplace || last.keywords !== r.keywords) {
      last = r;
      cache.clear();
    }
    const key = `${c.brand ?? ''}\u0000${c.title}`;
    let scored = cache.get(key);
    if (!scored) {
      scored = analyse(() => scoreTitle(c.title, { marketplace: r.marketplace, brand: c.brand, keywords: r.keywords }));
      cache.set(key, scored);
    }
    return { id: c.id, title: c.title, source, position: c.position, sponsored: c.sponsored, readAt: c.readAt, score: scored };
  };
}

/** requestIdleCallback where there is one (bounded, so a busy page still updates), else a timer. */
export function idleScheduler(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 300 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}
