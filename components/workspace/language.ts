import { createTranslator, type I18n, type LocaleMessage } from '../i18n';

/** The panel's language choice (lib/db/settings UI_LANGUAGES): `auto` follows the browser. */
export type LanguageChoice = 'auto' | 'en' | 'zh_CN';
export type LocaleMessages = Record<string, LocaleMessage>;

/**
 * Both locales ship with the extension as static JSON, so switching language needs no
 * reload (browser.i18n.getMessage only answers in the browser's own language). Each is its
 * own chunk, loaded only once chosen: `auto` — most users — needs neither, and the panel's
 * first paint does not wait for them.
 */
export const LOAD_MESSAGES: Record<Exclude<LanguageChoice, 'auto'>, () => Promise<LocaleMessages>> = {
  en: async () => (await import('../../public/_locales/en/messages.json')).default,
  zh_CN: async () => (await import('../../public/_locales/zh_CN/messages.json')).default,
};

export interface BrowserI18n {
  getMessage(key: string, substitutions?: string | string[]): string;
  /** BCP 47, e.g. `zh-CN`, `en-GB`. */
  uiLocale: string;
}

/**
 * The translator for a choice. `auto` keeps browser.i18n itself (its own fallback chain,
 * exactly what the manifest strings use); an explicit choice uses that locale's messages
 * (loaded by the caller: until they are, the browser's language stands in) with
 * getMessage's substitution rules (createTranslator), and formats numbers and dates in
 * that language — in the browser's own region when it speaks it (en-GB stays en-GB).
 */
export function i18nFor(choice: LanguageChoice, browserI18n: BrowserI18n, messages?: LocaleMessages): I18n {
  if (choice === 'auto' || !messages) {
    return { t: (key, subs) => browserI18n.getMessage(key, subs) || key, locale: browserI18n.uiLocale };
  }
  const translate = createTranslator(messages);
  const ui = browserI18n.uiLocale;
  const speaks = choice === 'en' ? /^en\b/i.test(ui) : /^zh[-_](CN|Hans)/i.test(ui) || /^zh$/i.test(ui);
  return { t: (key, subs) => translate(key, subs) || key, locale: speaks ? ui : choice === 'en' ? 'en-US' : 'zh-CN' };
}

/** The `<html lang>` for a locale. */
export function htmlLang(locale: string): string {
  return locale.replace('_', '-');
}
