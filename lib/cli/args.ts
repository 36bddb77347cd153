import { parseArgs, type ParseArgsConfig } from 'node:util';
import { keywordsArg } from './keywords-arg';

/** What the operator asked the audit command to do. */
export interface AuditOptions {
  files: string[];
  /** The page's address when the saved file does not tell (only with a single file). */
  url?: string;
  format: 'json' | 'csv';
  /** Target keywords the products' title scores check coverage of (`--keywords`). */
  keywords?: string[];
  help: boolean;
}

/** A command-line mistake: printed with the usage text, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util's parseArgs, strict, with positionals, for every audit subcommand: a malformed
 * command line becomes a UsageError (node's messages are already one clear line, e.g.
 * "Unknown option '--foo'").
 */
export function parseStrict<const O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export const USAGE = `Usage: npm run --silent audit -- <page.html>... [--url URL] [--format json|csv] [--keywords LIST]
       npm run --silent audit -- title --marketplace M [options] "<title>"   (see: title --help)
       npm run --silent audit -- fabe <page.html>... | fabe --sentences FILE  (see: fabe --help)
       npm run --silent audit -- reviews <page.html>... [--url URL]          (see: reviews --help)
       npm run --silent audit -- report <mine.html> <rival.html>... [options]  (see: report --help)

Reads pages saved by a browser ("Webpage, HTML only" or "complete") and prints what the
extension would read from them: one PageRead JSON object (an array for several files),
or with --format csv one row per product (one per result on search pages). Each product
title read is scored by its marketplace's title rules: JSON adds "titleScore" beside the
PageRead's fields (and inside each search result); CSV adds titleScore and titleChecks.

  --url URL        the address the page was saved from (one file only); otherwise taken
                   from the "saved from url" comment, the canonical link, og:url, or
                   rebuilt from the page's own data
  --format FORMAT  json (default) or csv
  --keywords LIST  target keywords (comma-separated) the title scores check coverage of
  -h, --help       show this text

Pages are parsed without running their scripts or fetching anything. Files that cannot
be read are reported on stderr, one line each; the exit code is then 1. A saved page
literally named "title", "fabe", "reviews" or "report" is given as ./title, ./fabe, ./reviews or ./report.`;

/** Parses argv (without `node script`). Throws UsageError for anything malformed. */
export function parseAuditArgs(argv: readonly string[]): AuditOptions {
  const parsed = parseStrict(argv, {
    url: { type: 'string' },
    format: { type: 'string', default: 'json' },
    keywords: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const { values, positionals } = parsed;
  const help = values.help === true;
  const format = values.format;
  if (format !== 'json' && format !== 'csv') {
    throw new UsageError(`--format must be json or csv, not "${String(format)}"`);
  }
  if (!help && positionals.length === 0) throw new UsageError('No page given');
  const url = values.url;
  if (url !== undefined) {
    // One address cannot be right for several different saved pages.
    if (positionals.length > 1) throw new UsageError('--url applies to a single page; give one file with it');
    if (!isHttpUrl(url)) throw new UsageError(`--url must be an http(s) address, not "${url}"`);
  }
  const keywords = values.keywords === undefined ? undefined : keywordsArg(values.keywords);
  return { files: positionals, format, help, ...(url !== undefined ? { url } : {}), ...(keywords ? { keywords } : {}) };
}

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
