import { parseStrict, UsageError } from './args';
import { keywordsArg } from './keywords-arg';

export const REPORT_FORMATS = ['md', 'csv', 'html', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `audit report …`: the operator's audit report over saved pages. */
export type ReportOptions =
  | {
      help: false;
      /** The user's product page (first page, or --mine). */
      mine: string;
      /** Competitors' product and review pages; a search page among them gives the bands. */
      others: string[];
      search?: string;
      url?: string;
      keywords?: string[];
      name?: string;
      lang: 'en' | 'zh';
      format: ReportFormat;
      out?: string;
    }
  | { help: true };

export const REPORT_USAGE = `Usage: npm run --silent audit -- report <page.html>... [--mine <page.html>] [--search <search.html>]
         [--keywords LIST] [--name NAME] [--lang en|zh] [--format md|csv|html|json] [--out FILE]

Builds the operator's audit report over saved pages: the first page (or --mine) is your
product, the other product pages are competitors (a product's review page given beside it
adds its reviews). The report holds, product by product: listing scores side by side, title
checks with fixes, the FABE gap (themes competitors claim that you do not), price position
and price bands, review themes, promotions and badges, and notes on every section that is
empty or partial and why. Saved pages have no history, so "what changed" and the promotion
history are noted as unavailable (the side panel's report has them for tracked products).

  --mine FILE      your product's page (otherwise the first page)
  --search FILE    a saved search page whose prices give the price bands (a search page
                   given among the pages is used the same way); else the group's prices
  --url URL        the address the page was saved from (only when one page is given)
  --keywords LIST  target keywords (comma-separated) for the title and listing checks
  --name NAME      the report's name (default: your product's title)
  --lang LANG      en (default) or zh: headings, labels and messages
  --format FORMAT  md (default), csv (one long table, UTF-8 with BOM), html (printable,
                   self-contained: open it and print to PDF) or json (the AuditReport)
  --out FILE       write the report to FILE instead of stdout
  -h, --help       show this text

Pages are parsed without running their scripts or fetching anything. A page that cannot be
read (blocked by a captcha, not a marketplace page, no product) is named on stderr, one line
each, and the exit code is 1; the report is still built from the pages that could be read.
Exit code 2 for a usage mistake.`;

const isHttp = (u: string) => /^https?:\/\//i.test(u) && URL.canParse(u);

/** Parses argv after `report`. Throws UsageError for anything malformed. */
export function parseReportArgs(argv: readonly string[]): ReportOptions {
  const parsed = parseStrict(argv, {
    mine: { type: 'string' },
    search: { type: 'string' },
    url: { type: 'string' },
    keywords: { type: 'string', multiple: true },
    name: { type: 'string' },
    lang: { type: 'string', default: 'en' },
    format: { type: 'string', default: 'md' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const lang = values.lang;
  if (lang !== 'en' && lang !== 'zh') throw new UsageError(`--lang must be en or zh, not "${String(lang)}"`);
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--format must be md, csv, html or json, not "${String(values.format)}"`);
  for (const [flag, v] of [['--mine', values.mine], ['--search', values.search], ['--out', values.out]] as const) {
    if (v !== undefined && v.trim() === '') throw new UsageError(`${flag} needs a file name`);
  }
  const pages = values.mine !== undefined ? [values.mine, ...positionals] : positionals;
  if (pages.length === 0) throw new UsageError('No page given: give your product page first, then competitors');
  const url = values.url;
  if (url !== undefined) {
    // One address cannot be right for several different saved pages.
    if (pages.length > 1 || values.search !== undefined) throw new UsageError('--url applies to a single page; give one file with it');
    if (!isHttp(url)) throw new UsageError(`--url must be an http(s) address, not "${url}"`);
  }
  const name = values.name?.trim();
  if (values.name !== undefined && !name) throw new UsageError('--name needs a name');
  const keywords = values.keywords === undefined ? undefined : keywordsArg(values.keywords);
  return {
    help: false,
    mine: pages[0]!,
    others: pages.slice(1),
    lang,
    format,
    ...(values.search !== undefined ? { search: values.search } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(keywords ? { keywords } : {}),
    ...(name ? { name: name.slice(0, 200) } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}
