import * as reviews from '../analyses/reviews';
import type { Marketplace, PageKind, ReviewAnalysis } from '../schema';
import { UsageError } from './args';
import { auditFile } from './audit-file';
import { parseReviewsArgs, REVIEWS_USAGE } from './reviews-args';
import type { AuditIo } from './run-audit';

/** The analysis the command runs (tests pass one that throws). */
export type ReviewsCommandAnalyses = Pick<typeof reviews, 'analyseReviews'>;

/** One page's output: where it came from, then the analysis' own fields. */
export type ReviewsReport = { file: string; marketplace: Marketplace; pageKind: PageKind; productId?: string } & ReviewAnalysis;

/**
 * `audit reviews …`: the review analysis of saved pages as JSON, built from each page's
 * read exactly as the side panel builds it (reviewInputOf). stdout holds only the JSON;
 * every problem is one line on stderr. Exit code: 0 all done, 1 something could not be
 * read or analysed, 2 usage.
 */
export async function runReviews(argv: readonly string[], io: AuditIo, analyses: ReviewsCommandAnalyses = reviews): Promise<number> {
  let options;
  try {
    options = parseReviewsArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`audit reviews: ${err.message}\n\n${REVIEWS_USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${REVIEWS_USAGE}\n`);
    return 0;
  }
  const reports: ReviewsReport[] = [];
  let failed = false;
  for (const file of options.files) {
    const result = await auditFile(file, { url: options.url, now: io.now, cwd: io.cwd });
    const fail = (message: string) => {
      failed = true;
      io.stderr(`audit reviews: ${file}: ${message}\n`);
    };
    if (!result.ok) {
      fail(result.message);
      continue;
    }
    const read = result.read;
    if (!read.reviews?.length) {
      fail(`no reviews on this ${read.pageKind} page (reviews are at the bottom of a product page and on its review pages)`);
      continue;
    }
    try {
      const analysis = analyses.analyseReviews(reviews.reviewInputOf(read));
      reports.push({ file, marketplace: read.marketplace, pageKind: read.pageKind, ...(read.product?.id ? { productId: read.product.id } : {}), ...analysis });
    } catch (err) {
      fail(`the review analysis failed: ${String(err instanceof Error ? err.message : err).replace(/\s+/g, ' ').slice(0, 300)}`);
    }
  }
  if (reports.length > 0 || options.files.length > 1) {
    // One page → one object; several → an array (of the pages that could be analysed).
    io.stdout(`${JSON.stringify(options.files.length === 1 ? reports[0] : reports, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}
