import { useSignal } from '@preact/signals';
import { I18nContext, type I18n } from '../../components/i18n';
import { Panel } from '../../components/panel';
import { ViewTabs, type View } from '../../components/view-tabs';
import type { Workbench } from '../../components/workbench/model';
import { WorkbenchView } from '../../components/workbench/workbench';
import type { PanelModel } from './state';

/** Binds the models' signals to the pure views; reading `.value` here re-renders on change. */
export function App(props: { model: PanelModel; workbench: Workbench; i18n: I18n; initialView?: View }) {
  const view = useSignal<View>(props.initialView ?? 'page');
  return (
    <I18nContext.Provider value={props.i18n}>
      <ViewTabs view={view.value} onSelect={(v) => (view.value = v)}>
        {{
          page: <PageView model={props.model} />,
          workbench: <WorkbenchView wb={props.workbench} />,
        }}
      </ViewTabs>
    </I18nContext.Provider>
  );
}

/** Its own component so a new read re-renders the page view only, not the workbench. */
function PageView(props: { model: PanelModel }) {
  return <Panel state={props.model.state.value} />;
}
