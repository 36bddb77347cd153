import type { MoneyContext } from '../shared/money';
import { decimalSeparatorFor, normalizeLocale } from '../shared/locale';
import { amazonStore, type AmazonStore } from './hosts';

/** What every Amazon reader needs to know about the page before reading values. */
export interface AmazonPageContext {
  store: AmazonStore;
  /** Display locale: `<html lang>` when present (amazon.de may render in English). */
  locale: string;
  money: MoneyContext;
}

export function amazonPageContext(doc: Document, url: URL): AmazonPageContext {
  const store = amazonStore(url.hostname) ?? { host: url.hostname, locale: 'en-US', currency: 'USD' };
  const locale = normalizeLocale(doc.documentElement?.getAttribute('lang')) ?? store.locale;
  return { store, locale, money: { currency: store.currency, decimal: decimalSeparatorFor(locale) } };
}
