import { productKey } from '../../lib/schema';
import type { HistoryModel } from './model';
import { SearchBandsCard } from './search-bands';
import { SinceLastVisitCard } from './since-last-visit';
import { TrackingCard } from './tracking-card';
import { visitSummary } from './visit';

/**
 * What the page view shows from the history model, each its own component so a change in
 * the database re-renders only its card: "since your last visit" (top), tracking (after
 * the product), price bands (after a search page's results).
 */

function shownKey(model: HistoryModel): string | undefined {
  const read = model.shownRead.value;
  return read?.product && (read.pageKind === 'product' || read.pageKind === 'reviews') ? productKey(read.marketplace, read.product.id) : undefined;
}

export function PageSummary(props: { model: HistoryModel }) {
  const key = shownKey(props.model);
  const current = props.model.current.value;
  const visit = key && current?.key === key ? visitSummary(current, props.model.shownRead.value) : undefined;
  return visit ? <SinceLastVisitCard visit={visit} /> : null;
}

export function PageTracking(props: { model: HistoryModel }) {
  const m = props.model;
  const key = shownKey(m);
  if (!key) return null;
  const current = m.current.value;
  return (
    <TrackingCard
      key={key}
      productKey={key}
      current={current?.key === key ? current : undefined}
      groups={m.groups.value}
      status={m.trackStatus.value}
      onTrack={(role, target) => void m.track(role, target)}
      onUntrack={(groupId) => void m.untrack(groupId)}
    />
  );
}

export function PageBands(props: { model: HistoryModel }) {
  const read = props.model.shownRead.value;
  if (read?.pageKind !== 'search' || !read.results?.length) return null;
  return <SearchBandsCard results={read.results} marketplace={read.marketplace} groups={props.model.groups.value} rates={props.model.settings.value.exchangeRates} />;
}
