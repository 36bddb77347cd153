import type { DecimalSeparator } from './numbers';

/** `en-us` → `en-US`; undefined for anything that is not a plausible BCP 47 tag. */
export function normalizeLocale(tag: string | null | undefined): string | undefined {
  const t = (tag ?? '').trim().replace(/_/g, '-');
  const m = /^([a-zA-Z]{2,3})(?:-([a-zA-Z]{2}|\d{3}))?$/.exec(t);
  if (!m) return undefined;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

/** Languages whose stores print `1,234.56`; the rest print `1.234,56` or `1 234,56`. */
const DOT_DECIMAL_LANGS = new Set(['en', 'ja', 'zh', 'ko', 'th', 'he', 'hi', 'ar']);

export function decimalSeparatorFor(locale: string): DecimalSeparator {
  if (locale === 'es-MX') return '.';
  return DOT_DECIMAL_LANGS.has(locale.split('-')[0]!) ? '.' : ',';
}
