import { MARKETPLACES, TITLE_FIELDS, type Marketplace, type TitleField } from '../schema';
import { parseStrict, UsageError } from './args';
import { keywordsArg } from './keywords-arg';

/** `audit title …`: score one title (or bullet, search terms, short title) as the panel does. */
export interface TitleOptions {
  /** The text to score; '-' on the command line reads it from stdin. */
  title: string | { stdin: true };
  marketplace: Marketplace;
  field: TitleField;
  brand?: string;
  keywords: string[];
  help: boolean;
}

export const TITLE_USAGE = `Usage: npm run --silent audit -- title --marketplace amazon|taobao|tmall|jd
         [--field title|searchTerms|bullet|shortTitle] [--brand BRAND]
         [--keywords "kw1,kw2,…"] "<title>"

Scores one listing text by the marketplace's title rules and prints the TitleScore as
JSON: the score, every check (pass/warn/fail, message in Chinese and English, the fix,
points earned of the check's weight) and, with --keywords, which keywords it uses.

  --marketplace M   amazon, taobao, tmall or jd (required)
  --field F         which field the text is: title (default), searchTerms or bullet
                    (Amazon), shortTitle (JD)
  --brand BRAND     the listing's brand (brand-first and repeated-word rules)
  --keywords LIST   target keywords, comma-separated (a Chinese comma or 、 works too)
  -h, --help        show this text

Quote the title as one argument, or pass - to read it from stdin (trailing newline
dropped); a title that starts with - goes after --. Usage mistakes go to stderr with
exit code 2.`;

/** Parses argv after the word `title`. Throws UsageError for anything malformed. */
export function parseTitleArgs(argv: readonly string[]): TitleOptions {
  const parsed = parseStrict(argv, {
    marketplace: { type: 'string' },
    field: { type: 'string', default: 'title' },
    brand: { type: 'string' },
    keywords: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const { values, positionals } = parsed;
  const help = values.help === true;
  const base = { field: 'title' as TitleField, keywords: [], help };
  if (help) return { ...base, title: '', marketplace: 'amazon' };
  const marketplace = values.marketplace;
  if (marketplace === undefined) throw new UsageError('--marketplace is required (amazon, taobao, tmall or jd)');
  if (!isOneOf(MARKETPLACES, marketplace)) throw new UsageError(`--marketplace must be amazon, taobao, tmall or jd, not "${marketplace}"`);
  const field = values.field;
  if (!isOneOf(TITLE_FIELDS, field)) throw new UsageError(`--field must be ${TITLE_FIELDS.join(', ')}, not "${String(field)}"`);
  if (positionals.length === 0) throw new UsageError('No title given');
  if (positionals.length > 1) throw new UsageError(`Give the title as one quoted argument (got ${positionals.length} words)`);
  const text = positionals[0]!;
  const brand = values.brand?.trim();
  return {
    title: text === '-' ? { stdin: true } : text,
    marketplace,
    field,
    keywords: keywordsArg(values.keywords ?? []),
    help,
    ...(brand ? { brand } : {}),
  };
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
