import type { Money } from '../../schema';
import { firstNumberToken, parseLocaleNumber, toAsciiDigits, type DecimalSeparator } from './numbers';

/** How to read a bare amount on this page: its store currency and decimal convention. */
export interface MoneyContext {
  currency: string;
  decimal: DecimalSeparator;
}

const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'SGD', 'MXN', 'NZD', 'HKD', 'TWD']);
const YEN_YUAN = new Set(['JPY', 'CNY']);

/**
 * Currency markers, most specific first. `$` and `¥` are resolved against the store's
 * currency (¥ is yen on amazon.co.jp and yuan on Taobao; $ is CAD on amazon.ca).
 */
const MARKERS: ReadonlyArray<[RegExp, string | ((ctx: MoneyContext) => string)]> = [
  [/R\$/, 'BRL'],
  [/CDN\$|(?<![A-Z])CA?\$/, 'CAD'],
  [/(?<![A-Z])AU?\$/, 'AUD'],
  [/(?<![A-Z])SG?\$/, 'SGD'],
  [/(?<![A-Z])MX\$/, 'MXN'],
  [/(?<![A-Z])US\$/, 'USD'],
  [/HK\$/, 'HKD'],
  [/NT\$/, 'TWD'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/₹|\bRs\.?(?=\s*\d)/, 'INR'],
  [/₺|\bTL\b/, 'TRY'],
  [/zł/, 'PLN'],
  [/\bkr\b/i, (ctx) => (['SEK', 'NOK', 'DKK'].includes(ctx.currency) ? ctx.currency : 'SEK')],
  [/د\.إ/, 'AED'],
  [/ر\.س/, 'SAR'],
  [/円/, 'JPY'],
  [/元|\bRMB\b/, 'CNY'],
  [/[￥¥]/, (ctx) => (YEN_YUAN.has(ctx.currency) ? ctx.currency : 'JPY')],
  [/\$/, (ctx) => (DOLLAR_CURRENCIES.has(ctx.currency) ? ctx.currency : 'USD')],
];

/** ISO codes we accept when spelled out (`EUR 12,99`, `SAR 1,299.00`, `AED 29.99`). */
const ISO_CODES = new Set([
  'USD', 'CAD', 'MXN', 'BRL', 'GBP', 'EUR', 'SEK', 'PLN', 'TRY', 'AED', 'SAR', 'EGP', 'INR',
  'JPY', 'AUD', 'SGD', 'CNY', 'HKD', 'TWD', 'NZD', 'CHF', 'DKK', 'NOK', 'CZK', 'ZAR',
]);

/** The currency a price text names, or the store's currency when it names none. */
export function detectCurrency(text: string, ctx: MoneyContext): string {
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
  if (code && ISO_CODES.has(code)) return code;
  for (const [re, cur] of MARKERS) {
    if (re.test(text)) return typeof cur === 'string' ? cur : cur(ctx);
  }
  return ctx.currency;
}

/** Currencies printed without minor units: a single separator there is always grouping. */
const NO_MINOR_UNITS = new Set(['JPY']);

/**
 * The first amount in a price text, e.g. `$1,299.99`, `1.234,56 €`, `EUR 2,99`,
 * `₹1,23,456`, `￥1,280`, `SAR 1,299.00`. Undefined when the text holds no number.
 */
export function parseMoney(text: string, ctx: MoneyContext): Money | undefined {
  const ascii = toAsciiDigits(text);
  const token = firstNumberToken(ascii);
  if (!token) return undefined;
  const currency = detectCurrency(ascii, ctx);
  const amount = NO_MINOR_UNITS.has(currency)
    ? parseWholeUnits(token)
    : parseLocaleNumber(token, ctx.decimal);
  if (amount === undefined) return undefined;
  return { amount: roundMinor(amount), currency };
}

/** Yen: separators group thousands (`1,280`, `1.280`); only `,00`/`.0` style tails are decimals. */
function parseWholeUnits(token: string): number | undefined {
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(token);
  const whole = (m?.[1] ?? token).replace(/[^\d]/g, '');
  const n = Number(m?.[2] ? `${whole}.${m[2]}` : whole);
  return whole && Number.isFinite(n) ? n : undefined;
}

/** Avoids 12.990000000000002 from float arithmetic in callers that add fractions. */
export function roundMinor(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Builds an amount from Amazon's split whole/fraction spans (`1,299` + `99`). */
export function moneyFromParts(
  whole: string,
  fraction: string | undefined,
  symbolText: string,
  ctx: MoneyContext,
): Money | undefined {
  const w = toAsciiDigits(whole).replace(/[^\d]/g, '');
  if (!w) return undefined;
  const f = toAsciiDigits(fraction ?? '').replace(/[^\d]/g, '');
  const amount = Number(f ? `${w}.${f}` : w);
  if (!Number.isFinite(amount)) return undefined;
  return { amount: roundMinor(amount), currency: detectCurrency(symbolText, ctx) };
}
