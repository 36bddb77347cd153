import { useSignal } from '@preact/signals';
import { FabeView } from '../../components/fabe/fabe-view';
import type { FabeModel } from '../../components/fabe/model';
import { I18nContext, type I18n } from '../../components/i18n';
import { Panel } from '../../components/panel';
import { ViewTabs, type View } from '../../components/view-tabs';
import type { Workbench } from '../../components/workbench/model';
import { WorkbenchView } from '../../components/workbench/workbench';
import type { PanelModel } from './state';

/** Binds the models' signals to the pure views; reading `.value` here re-renders on change. */
export function App(props: { model: PanelModel; workbench: Workbench; fabe: FabeModel; i18n: I18n; initialView?: View }) {
  const view = useSignal<View>(props.initialView ?? 'page');
  // The FABE view analyses every competitor: nothing is computed until it is first opened.
  const fabeOpened = useSignal(view.peek() === 'fabe');
  const select = (v: View) => {
    if (v === 'fabe') fabeOpened.value = true;
    view.value = v;
  };
  return (
    <I18nContext.Provider value={props.i18n}>
      <ViewTabs view={view.value} onSelect={select}>
        {{
          page: <PageView model={props.model} />,
          workbench: <WorkbenchView wb={props.workbench} />,
          fabe: fabeOpened.value ? <FabeView model={props.fabe} /> : null,
        }}
      </ViewTabs>
    </I18nContext.Provider>
  );
}

/** Its own component so a new read re-renders the page view only, not the workbench. */
function PageView(props: { model: PanelModel }) {
  return <Panel state={props.model.state.value} />;
}
