/**
 * Amazon storefronts: host → default display locale, currency and decimal separator.
 * The page's own `<html lang>` wins over `locale` when present (amazon.de can render in
 * English), but prices without a currency sign fall back to `currency`.
 */
export interface AmazonStore {
  host: string;
  locale: string;
  currency: string;
}

export const AMAZON_STORES: readonly AmazonStore[] = [
  { host: 'amazon.com', locale: 'en-US', currency: 'USD' },
  { host: 'amazon.ca', locale: 'en-CA', currency: 'CAD' },
  { host: 'amazon.com.mx', locale: 'es-MX', currency: 'MXN' },
  { host: 'amazon.com.br', locale: 'pt-BR', currency: 'BRL' },
  { host: 'amazon.co.uk', locale: 'en-GB', currency: 'GBP' },
  { host: 'amazon.ie', locale: 'en-IE', currency: 'EUR' },
  { host: 'amazon.de', locale: 'de-DE', currency: 'EUR' },
  { host: 'amazon.fr', locale: 'fr-FR', currency: 'EUR' },
  { host: 'amazon.it', locale: 'it-IT', currency: 'EUR' },
  { host: 'amazon.es', locale: 'es-ES', currency: 'EUR' },
  { host: 'amazon.nl', locale: 'nl-NL', currency: 'EUR' },
  { host: 'amazon.com.be', locale: 'fr-BE', currency: 'EUR' },
  { host: 'amazon.se', locale: 'sv-SE', currency: 'SEK' },
  { host: 'amazon.pl', locale: 'pl-PL', currency: 'PLN' },
  { host: 'amazon.com.tr', locale: 'tr-TR', currency: 'TRY' },
  { host: 'amazon.ae', locale: 'en-AE', currency: 'AED' },
  { host: 'amazon.sa', locale: 'ar-SA', currency: 'SAR' },
  { host: 'amazon.eg', locale: 'ar-EG', currency: 'EGP' },
  { host: 'amazon.in', locale: 'en-IN', currency: 'INR' },
  { host: 'amazon.co.jp', locale: 'ja-JP', currency: 'JPY' },
  { host: 'amazon.com.au', locale: 'en-AU', currency: 'AUD' },
  { host: 'amazon.sg', locale: 'en-SG', currency: 'SGD' },
];

/**
 * Manifest match patterns: the `www.` storefronts only. (smile.amazon.com closed in 2023 and
 * redirects to www; the audit still accepts saved smile pages through `amazonStore`.)
 */
export const AMAZON_MATCHES: readonly string[] = AMAZON_STORES.map((s) => `https://www.${s.host}/*`);

/** The store for a hostname (`www.amazon.co.uk`, `smile.amazon.com`), or undefined. */
export function amazonStore(hostname: string): AmazonStore | undefined {
  const h = hostname.toLowerCase().replace(/^(www|smile)\./, '');
  return AMAZON_STORES.find((s) => s.host === h);
}
