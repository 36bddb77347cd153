import type { Money, PriceRange } from '../lib/schema';

/**
 * Display formatting in the UI locale, and the raw `data-value` strings of the test
 * contract (locale-free, so a real-browser test can compare them with a fixture).
 */

/** `35.99 USD` — the contract's raw price. */
export function moneyRaw(m: Money): string {
  return `${m.amount} ${m.currency}`;
}

export function rangeRaw(r: PriceRange): string {
  return `${r.min.amount}-${r.max.amount} ${r.min.currency}`;
}

export function formatMoney(m: Money, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.amount);
  } catch {
    return moneyRaw(m); // a currency or locale Intl does not know
  }
}

export function formatRange(r: PriceRange, locale: string): string {
  return `${formatMoney(r.min, locale)} – ${formatMoney(r.max, locale)}`;
}

export function formatNumber(n: number, locale: string, maxFractionDigits = 0): string {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFractionDigits }).format(n);
  } catch {
    return String(n);
  }
}

export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  } catch {
    return iso;
  }
}

/** `YYYY-MM-DD` as a date in the UI locale, read as a calendar day (no time-zone shift). */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return day;
  }
}
