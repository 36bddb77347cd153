import { useI18n } from '../i18n';
import type { LanguageChoice } from './language';
import { LanguageSwitch } from './language-switch';

/** Beside the tab list: the language switch and a link to the options page (an extension page: no API needed). */
export function PanelTools(props: { language: LanguageChoice; onLanguage(choice: LanguageChoice): void }) {
  const { t } = useI18n();
  return (
    <div class="ws-tools">
      <LanguageSwitch value={props.language} onChange={props.onLanguage} />
      <a class="ws-options" href="/options.html" target="_blank" rel="noopener" data-testid="open-options" title={t('wsOptionsTitle')} aria-label={t('wsOptionsTitle')}>
        <span aria-hidden="true">⚙</span>
      </a>
    </div>
  );
}
