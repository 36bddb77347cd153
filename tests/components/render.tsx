import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator, I18nContext, type I18n, type LocaleMessage } from '../../components/i18n';
import { Panel } from '../../components/panel';
import type { PanelState } from '../../components/panel-state';
import en from '../../public/_locales/en/messages.json';
import zhCN from '../../public/_locales/zh_CN/messages.json';

export const MESSAGES: Record<'en' | 'zh_CN', Record<string, LocaleMessage>> = { en, zh_CN: zhCN };

/** The translator the panel gets from browser.i18n, built from the shipped messages.json. */
export function i18nFor(folder: 'en' | 'zh_CN', locale = folder === 'en' ? 'en-US' : 'zh-CN'): I18n {
  return { t: createTranslator(MESSAGES[folder]), locale };
}

/** Renders the panel for one state into a fresh container under happy-dom. */
export function renderPanel(state: PanelState, i18n: I18n = i18nFor('en')): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<I18nContext.Provider value={i18n}><Panel state={state} /></I18nContext.Provider>, root));
  return root;
}

export function panelOf(root: ParentNode): HTMLElement {
  const el = root.querySelector<HTMLElement>('[data-testid="panel"]');
  if (!el) throw new Error('no panel root');
  return el;
}

/** `data-field` → `data-value` of every displayed field. */
export function fieldValues(root: ParentNode): Record<string, string> {
  return Object.fromEntries(Array.from(root.querySelectorAll('[data-field]')).map((el) => [el.getAttribute('data-field'), el.getAttribute('data-value')]));
}
