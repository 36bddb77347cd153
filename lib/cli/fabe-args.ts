import { parseStrict, UsageError } from './args';

/** `audit fabe …`: FABE tables of saved pages, or one classification per line of text. */
export type FabeOptions =
  | { mode: 'pages'; files: string[]; url?: string; help: false }
  | { mode: 'sentences'; file: string; lang?: string; help: false }
  | { mode: 'help'; help: true };

export const FABE_USAGE = `Usage: npm run --silent audit -- fabe <page.html>... [--url URL]
       npm run --silent audit -- fabe --sentences <file|-> [--lang LANG]

With pages: reads each saved product page as the page audit does and prints its FABE
table as JSON (the listing's statements, each with its part F/A/B/E/none, confidence,
cue and source — bullet, description paragraph, spec row, review — and the chains of
feature → advantage → benefit with their evidence): one object for one file, an array
for several. A page without a product (a search page, a captcha) is an error.

With --sentences: classifies one statement per line of a UTF-8 text file (a byte order
mark is allowed, empty lines are skipped; - reads stdin) and prints one JSON object per
line: {"text", "part", "confidence"}, part one of F, A, B, E, none.

  --url URL          the address the page was saved from (one file only)
  --sentences FILE   classify the lines of FILE instead of reading pages
  --lang LANG        the statements' language (en, zh, de…); detected per line if absent
  -h, --help         show this text

stdout holds only the JSON. Problems go to stderr, one line each: exit code 1 when a
file could not be read or analysed, 2 for a usage mistake.`;

export function parseFabeArgs(argv: readonly string[]): FabeOptions {
  const parsed = parseStrict(argv, {
    url: { type: 'string' },
    sentences: { type: 'string' },
    lang: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const { values, positionals } = parsed;
  if (values.help) return { mode: 'help', help: true };
  if (values.sentences !== undefined) {
    if (positionals.length > 0) throw new UsageError(`--sentences takes one file; remove ${positionals.map((p) => JSON.stringify(p)).join(' ')}`);
    if (values.url !== undefined) throw new UsageError('--url is for pages, not --sentences');
    if (values.sentences === '') throw new UsageError('--sentences needs a file name (or - for stdin)');
    const lang = values.lang?.trim();
    if (lang !== undefined && !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(lang)) throw new UsageError(`--lang must be a language tag such as en or zh-CN, not "${lang}"`);
    return { mode: 'sentences', file: values.sentences, help: false, ...(lang ? { lang } : {}) };
  }
  if (values.lang !== undefined) throw new UsageError('--lang applies to --sentences (a page says its own language)');
  if (positionals.length === 0) throw new UsageError('No page given (or use --sentences FILE)');
  const url = values.url;
  if (url !== undefined) {
    if (positionals.length > 1) throw new UsageError('--url applies to a single page; give one file with it');
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw new UsageError(`--url must be an http(s) address, not "${url}"`);
  }
  return { mode: 'pages', files: positionals, help: false, ...(url !== undefined ? { url } : {}) };
}
