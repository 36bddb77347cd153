import type { HistoryModel } from '../history/model';
import type { ReportModel } from './model';
import { ReportCard } from './report-card';

/**
 * The report card in the Competitors view, on the view's current group (the group chosen
 * above it): its own component, so a group or report change re-renders only the card.
 */
export function ReportSection(props: { report: ReportModel; history: HistoryModel; today?: string }) {
  const id = props.history.selectedGroupId.value;
  const name = props.history.groups.value.find((g) => g.group.id === id)?.group.name;
  return <ReportCard model={props.report} {...(name !== undefined ? { groupName: name } : {})} {...(props.today ? { today: props.today } : {})} />;
}
