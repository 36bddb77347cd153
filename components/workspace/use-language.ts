import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { I18n } from '../i18n';
import { htmlLang, i18nFor, LOAD_MESSAGES, type BrowserI18n, type LanguageChoice, type LocaleMessages } from './language';

/**
 * The page's translator from the language setting: loads the chosen locale's messages on
 * first use (language.ts), keeps `<html lang>` and the title in step. Shared by the side
 * panel and the options page.
 */
export function languageState(choice: ReadonlySignal<LanguageChoice>, browserI18n: BrowserI18n, title: (i18n: I18n) => string): ReadonlySignal<I18n> {
  const loaded = signal<Partial<Record<LanguageChoice, LocaleMessages>>>({});
  const i18n = computed(() => i18nFor(choice.value, browserI18n, loaded.value[choice.value]));
  effect(() => {
    const c = choice.value;
    if (c === 'auto' || loaded.peek()[c]) return;
    LOAD_MESSAGES[c]()
      .then((messages) => (loaded.value = { ...loaded.peek(), [c]: messages }))
      .catch((err: unknown) => console.warn('[Listing Lens] loading the messages failed:', err));
  });
  effect(() => {
    document.documentElement.lang = htmlLang(i18n.value.locale);
    document.title = title(i18n.value);
  });
  return i18n;
}
