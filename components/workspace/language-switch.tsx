import { useI18n, type MessageKey } from '../i18n';
import type { LanguageChoice } from './language';

const CHOICES: [LanguageChoice, MessageKey][] = [
  ['auto', 'wsLangAuto'],
  ['en', 'wsLangEn'],
  ['zh_CN', 'wsLangZh'],
];

/** auto / English / 中文: the panel and options page switch at once, no reload (language.ts). */
export function LanguageSwitch(props: { value: LanguageChoice; onChange(choice: LanguageChoice): void }) {
  const { t } = useI18n();
  return (
    <label class="ws-lang">
      <span class="visually-hidden">{t('wsLanguage')}</span>
      <span aria-hidden="true" class="ws-lang-icon">
        文A
      </span>
      <select
        data-testid="language"
        value={props.value}
        title={t('wsLanguage')}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as LanguageChoice)}
      >
        {CHOICES.map(([value, key]) => (
          <option key={value} value={value}>
            {t(key)}
          </option>
        ))}
      </select>
    </label>
  );
}
