import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Keys of the default locale; tsc rejects a key that is not in messages.json. */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export interface I18n {
  t: Translate;
  /** BCP 47 UI locale (`browser.i18n.getUILanguage()`), used for numbers, prices and dates. */
  locale: string;
}

/**
 * Components get strings through this context, never from browser.i18n, so they render
 * the same under vitest (with createTranslator) as in the panel (with getMessage).
 */
export const I18nContext = createContext<I18n>({ t: (key) => key, locale: 'en' });
export const useI18n = (): I18n => useContext(I18nContext);

export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * `browser.i18n.getMessage` over a messages.json object: named `$NAME$` placeholders take
 * their `content`, `$1`…`$9` take the substitutions, `$$` is a dollar sign.
 */
export function createTranslator(messages: Record<string, LocaleMessage>): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    const fill = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
    return entry.message
      .split('$$')
      .map((part) => fill(part.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => placeholders[name.toLowerCase()] ?? m)))
      .join('$');
  };
}
