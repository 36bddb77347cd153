import type { ComponentChildren } from 'preact';
import { useSignal } from '@preact/signals';
import { FabeView } from '../../components/fabe/fabe-view';
import type { FabeModel } from '../../components/fabe/model';
import { HistoryView } from '../../components/history/history-view';
import type { HistoryModel } from '../../components/history/model';
import { PageBands, PageSummary, PageTracking } from '../../components/history/page-extras';
import { I18nContext, type I18n } from '../../components/i18n';
import { Panel } from '../../components/panel';
import { PricesView } from '../../components/prices/prices-view';
import type { ReportModel } from '../../components/report/model';
import type { ReviewsModel } from '../../components/reviews/model';
import { ReviewAnalysisView } from '../../components/reviews/review-analysis-view';
import { ViewTabs, type View } from '../../components/view-tabs';
import type { Workbench } from '../../components/workbench/model';
import { WorkbenchView } from '../../components/workbench/workbench';
import { WorkspaceHeader } from '../../components/workspace/header';
import type { LanguageChoice } from '../../components/workspace/language';
import { PanelTools } from '../../components/workspace/panel-tools';
import type { PanelModel } from './state';

/** Binds the models' signals to the pure views; reading `.value` here re-renders on change. */
export function App(props: {
  model: PanelModel;
  workbench: Workbench;
  fabe: FabeModel;
  history: HistoryModel;
  /** The Reviews view's model (absent: the view stays empty). */
  reviews?: ReviewsModel;
  /** The audit report card in the Competitors view (absent: no card). */
  report?: ReportModel;
  i18n: I18n;
  initialView?: View;
  /** The language switch (absent: none is shown). */
  language?: { value: LanguageChoice; onChange(choice: LanguageChoice): void };
}) {
  const view = useSignal<View>(props.initialView ?? 'page');
  // The FABE and Competitors views query and analyse a lot: nothing runs until each is first opened.
  const fabeOpened = useSignal(view.peek() === 'fabe');
  const historyOpened = useSignal(view.peek() === 'history');
  const pricesOpened = useSignal(view.peek() === 'prices');
  // The review analysis runs only once the Reviews view is first opened.
  const reviewsOpened = useSignal(view.peek() === 'reviews');
  const select = (v: View) => {
    if (v === 'fabe') fabeOpened.value = true;
    if (v === 'history') historyOpened.value = true;
    if (v === 'prices') pricesOpened.value = true;
    if (v === 'reviews') reviewsOpened.value = true;
    view.value = v;
  };
  return (
    <I18nContext.Provider value={props.i18n}>
      <Header model={props.model} tools={props.language && <PanelTools language={props.language.value} onLanguage={props.language.onChange} />} />
      <ViewTabs view={view.value} onSelect={select}>
        {{
          page: <PageView model={props.model} history={props.history} />,
          workbench: <WorkbenchView wb={props.workbench} />,
          history: historyOpened.value ? <HistoryView model={props.history} report={props.report} /> : null,
          fabe: fabeOpened.value ? <FabeView model={props.fabe} /> : null,
          reviews: reviewsOpened.value && props.reviews ? <ReviewAnalysisView model={props.reviews} /> : null,
          prices: pricesOpened.value ? <PricesTab model={props.model} history={props.history} /> : null,
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
      header={false}
      state={props.model.state.value}
      slots={{ summary: <PageSummary model={h} />, tracking: <PageTracking model={h} />, bands: <PageBands model={h} /> }}
    />
  );
}

/** The workspace header re-renders on a new read or tab only. */
function Header(props: { model: PanelModel; tools?: ComponentChildren }) {
  return <WorkspaceHeader state={props.model.state.value} tools={props.tools} />;
}

function PricesTab(props: { model: PanelModel; history: HistoryModel }) {
  return <PricesView state={props.model.state.value} history={props.history} />;
}
