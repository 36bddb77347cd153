import { parseStrict, UsageError } from './args';

/** `audit reviews …`: the review analysis of saved pages. */
export type ReviewsOptions = { files: string[]; url?: string; help: false } | { help: true };

export const REVIEWS_USAGE = `Usage: npm run --silent audit -- reviews <page.html>... [--url URL]

Reads each saved page as the page audit does and prints the analysis of the reviews on
it as JSON: the star distribution (the page's histogram, else counted from the reviews'
stars, with the sample behind it, the 1–2★ share and a J-shape flag), themes (aspect or
recurring phrase, side, mentions, share of reviews, quotes linked to their review by
index, id, stars and date), return reasons with severity (share × impact), the count of
topics below the naming threshold, and smallSample (fewer than 50 reviews). One object
for one file, an array for several; each has "file" and the product's id beside the
analysis. A page without reviews (a search page, a captcha) is an error.

  --url URL     the address the page was saved from (one file only)
  -h, --help    show this text

stdout holds only the JSON. Problems go to stderr, one line each: exit code 1 when a
file could not be read or analysed, 2 for a usage mistake.`;

export function parseReviewsArgs(argv: readonly string[]): ReviewsOptions {
  const parsed = parseStrict(argv, { url: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } });
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length === 0) throw new UsageError('No page given');
  const url = values.url;
  if (url !== undefined) {
    if (positionals.length > 1) throw new UsageError('--url applies to a single page; give one file with it');
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw new UsageError(`--url must be an http(s) address, not "${url}"`);
  }
  return { files: positionals, help: false, ...(url !== undefined ? { url } : {}) };
}
