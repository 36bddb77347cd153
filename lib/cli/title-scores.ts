import { scoreTitle } from '../analyses/title';
import type { PageRead, SearchResult, TitleScore } from '../schema';

/**
 * A PageRead with the title score of each product it read, added beside what it scores:
 * `titleScore` next to the read's fields (its product's title) and inside each search
 * result. Only keys are added — nothing of the PageRead changes — so consumers that read
 * the PageRead (`jq .product.title`, PageReadSchema.parse) keep working.
 */
export type ScoredSearchResult = SearchResult & { titleScore?: TitleScore };
export type ScoredRead = Omit<PageRead, 'results'> & { titleScore?: TitleScore; results?: ScoredSearchResult[] };

export interface ScoreOptions {
  keywords?: readonly string[];
  /** Called when scoring one title throws; that title is then left unscored. */
  onError?: (what: string, err: unknown) => void;
  /** The scorer (tests pass one that fails). */
  scoreTitle?: typeof scoreTitle;
}

export function withTitleScores(read: PageRead, options: ScoreOptions = {}): ScoredRead {
  const score = (title: string, brand: string | undefined, what: string): TitleScore | undefined => {
    try {
      return (options.scoreTitle ?? scoreTitle)(title, { marketplace: read.marketplace, field: 'title', brand, keywords: options.keywords });
    } catch (err) {
      options.onError?.(what, err);
      return undefined;
    }
  };
  const out: ScoredRead = { ...read };
  const p = read.product;
  if (p?.title) {
    const s = score(p.title, p.brand, 'the product title');
    if (s) out.titleScore = s;
  }
  if (read.results) {
    out.results = read.results.map((r) => {
      const s = score(r.title, undefined, `result ${r.position}`);
      return s ? { ...r, titleScore: s } : r;
    });
  }
  return out;
}

/** `rule (status)` for each check that did not pass, for the CSV's titleChecks column. */
export function checksSummary(score: TitleScore | undefined): string | undefined {
  if (!score) return undefined;
  return score.checks
    .filter((c) => c.status !== 'pass')
    .map((c) => `${c.rule} (${c.status})`)
    .join('; ');
}
