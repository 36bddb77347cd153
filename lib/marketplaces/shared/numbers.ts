/**
 * Locale-tolerant number parsing for prices, ratings and counts as marketplaces print them:
 * `1.234,56`, `1,234.56`, `1 234,56`, `₹1,23,456`, `４.５` (full-width), `1.2K`, `1.2万`.
 */

export type DecimalSeparator = '.' | ',';

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E]/g;
/** Spaces used as group separators: space, NBSP, narrow NBSP, thin space, apostrophe (de-CH). */
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;

/** Full-width digits, comma and full stop → ASCII (Japanese and Chinese pages use them). */
export function toAsciiDigits(text: string): string {
  return text.replace(FULL_WIDTH, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0xff0c) return ',';
    if (code === 0xff0e) return '.';
    return String.fromCharCode(code - 0xff10 + 48);
  });
}

/** The first number-like token: digits with inner separators (`1.234,56`, `1 234`). */
const NUMBER_TOKEN = /\d(?:[\d.,'\u00a0\u202f\u2009]|\s(?=\d{3}(?!\d)))*/;

export function firstNumberToken(text: string): string | undefined {
  const m = NUMBER_TOKEN.exec(toAsciiDigits(text));
  return m ? m[0].replace(/[.,'\s\u00a0\u202f\u2009]+$/, '') : undefined;
}

/**
 * Parses a decimal number written with either convention. `decimal` decides only the
 * ambiguous case of a single separator followed by exactly three digits (`1.299`).
 */
export function parseLocaleNumber(token: string, decimal: DecimalSeparator): number | undefined {
  const t = token.replace(GROUP_SPACES, '');
  if (!/^\d[\d.,]*$/.test(t)) return undefined;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal separator.
    const dec = lastDot > lastComma ? '.' : ',';
    const group = dec === '.' ? ',' : '.';
    normalized = t.split(group).join('').replace(dec, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = t.split(sep);
    if (parts.length > 2) {
      normalized = parts.join(''); // 1.234.567 or ₹1,23,456: grouping only
    } else {
      const after = parts[1] ?? '';
      const isDecimal = after.length !== 3 || sep === decimal;
      normalized = isDecimal ? `${parts[0]}.${after}` : parts.join('');
    }
  } else {
    normalized = t;
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : undefined;
}

/** Multipliers after a count: `1.2K`, `3M`, `1万+`, `2.5亿`, `3千`. */
const MULTIPLIERS: Record<string, number> = {
  k: 1e3, K: 1e3, m: 1e6, M: 1e6, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8,
};

/**
 * An integer count as shown: `5,182`, `5.182`, `1 140`, `(226)`, `1.2K`, `1万+`.
 * Separators are always grouping here unless a multiplier follows (`1.2K`).
 */
export function parseCount(text: string): number | undefined {
  const ascii = toAsciiDigits(text);
  const m = /(\d(?:[\d.,\u00a0\u202f\u2009]|\s(?=\d{3}(?!\d)))*)\s*([kKmM千万萬亿億](?![a-zA-Z]))?/.exec(ascii);
  if (!m) return undefined;
  const token = m[1]!.replace(/[.,\s\u00a0\u202f\u2009]+$/, '');
  const mult = m[2] ? MULTIPLIERS[m[2]] : undefined;
  if (mult) {
    const n = parseLocaleNumber(token, token.includes(',') && !token.includes('.') ? ',' : '.');
    return n === undefined ? undefined : Math.round(n * mult);
  }
  const digits = token.replace(/[.,\s\u00a0\u202f\u2009]/g, '');
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * A star rating 0–5 from texts such as `4.5 out of 5 stars`, `4,5 von 5 Sternen`,
 * `5つ星のうち4.5`, `5 yıldız üzerinden 4,5`, `4.5 من 5`. Out of range → undefined.
 */
export function parseRating(text: string): number | undefined {
  const ascii = toAsciiDigits(text);
  const nums = [...ascii.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
  if (nums.length === 0) return undefined;
  // Japanese and Turkish put the scale first: "5つ星のうち4.5", "5 yıldız üzerinden 4,5".
  const scaleFirst = /つ星のうち|üzerinden/.test(ascii);
  const value = scaleFirst && nums.length > 1 ? nums[1]! : nums[0]!;
  return value >= 0 && value <= 5 ? value : undefined;
}
