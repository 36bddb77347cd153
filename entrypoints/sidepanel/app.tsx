import { useSignal } from '@preact/signals';
import { FabeView } from '../../components/fabe/fabe-view';
import type { FabeModel } from '../../components/fabe/model';
import { HistoryView } from '../../components/history/history-view';
import type { HistoryModel } from '../../components/history/model';
import { PageBands, PageSummary, PageTracking } from '../../components/history/page-extras';
import { I18nContext, type I18n } from '../../components/i18n';
import { Panel } from '../../components/panel';
import { ViewTabs, type View } from '../../components/view-tabs';
import type { Workbench } from '../../components/workbench/model';
import { WorkbenchView } from '../../components/workbench/workbench';
import type { PanelModel } from './state';

/** Binds the models' signals to the pure views; reading `.value` here re-renders on change. */
export function App(props: { model: PanelModel; workbench: Workbench; fabe: FabeModel; history: HistoryModel; i18n: I18n; initialView?: View }) {
  const view = useSignal<View>(props.initialView ?? 'page');
  // The FABE and Competitors views query and analyse a lot: nothing runs until each is first opened.
  const fabeOpened = useSignal(view.peek() === 'fabe');
  const historyOpened = useSignal(view.peek() === 'history');
  const select = (v: View) => {
    if (v === 'fabe') fabeOpened.value = true;
    if (v === 'history') historyOpened.value = true;
    view.value = v;
  };
  return (
    <I18nContext.Provider value={props.i18n}>
      <ViewTabs view={view.value} onSelect={select}>
        {{
          page: <PageView model={props.model} history={props.history} />,
          workbench: <WorkbenchView wb={props.workbench} />,
          history: historyOpened.value ? <HistoryView model={props.history} /> : null,
          fabe: fabeOpened.value ? <FabeView model={props.fabe} /> : null,
        }}
      </ViewTabs>
    </I18nContext.Provider>
  );
}

/**
 * Its own component so a new read re-renders the page view only, not the workbench. The
 * history cards are components of their own too: a database change re-renders only them.
 */
function PageView(props: { model: PanelModel; history: HistoryModel }) {
  const h = props.history;
  return (
    <Panel
      state={props.model.state.value}
      slots={{ summary: <PageSummary model={h} />, tracking: <PageTracking model={h} />, bands: <PageBands model={h} /> }}
    />
  );
}
