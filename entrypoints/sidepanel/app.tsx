import { I18nContext, type I18n } from '../../components/i18n';
import { Panel } from '../../components/panel';
import type { PanelModel } from './state';

/** Binds the model's signal to the pure view; reading `.value` here re-renders on change. */
export function App(props: { model: PanelModel; i18n: I18n }) {
  return (
    <I18nContext.Provider value={props.i18n}>
      <Panel state={props.model.state.value} />
    </I18nContext.Provider>
  );
}
