import { useEffect, useMemo, useState } from 'preact/hooks';
import { promotionHistoryOfRows } from '../../lib/analyses/history/promotions';
import { priceBands } from '../../lib/analyses/prices/price-bands';
import type { GroupMember, ProductListItem } from '../../lib/db/queries';
import type { ExchangeRate } from '../../lib/schema';
import { formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';
import { MARKETPLACE_NAME } from '../panel';
import { analyse } from '../workbench/model';
import { chartData } from './chart';
import { compareGroup, currenciesOf, memberPrice, unlinkedPairs, type CompareBasis } from './comparison';
import { DataTools } from './data-tools';
import { GroupComparison } from './group-comparison';
import type { HistoryModel } from './model';
import { PriceBandsView } from './price-bands';
import { PriceChart } from './price-chart';
import { PromotionHistoryView } from './promotion-history';
import { RatesEditor } from './rates-editor';
import { SnapshotDiff } from './snapshot-diff';
import { StatusLine } from './status-line';
import { TimelineTable } from './timeline-table';
import { ROLE_LABEL } from './tracking-card';
import { snapshotHeaders } from '../workspace/csv-headers';
import type { ReportModel } from '../report/model';
import { ReportSection } from '../report/report-section';

/**
 * The Competitors view: a tracked product's history (price chart, timeline table, what
 * changed between any two snapshots), a group's price comparison and price bands, the
 * exchange rates, and the user's data (export, import, storage, pruning). Each analysis
 * runs isolated: one that throws shows its error and the others still render. Page text
 * reaches the DOM only as text (JSX children and attribute values, never parsed as HTML).
 * With a `report` model, the audit report card (issue #10) follows the group it reports on.
 */
export function HistoryView(props: { model: HistoryModel; today?: string; report?: ReportModel }) {
  const { t } = useI18n();
  const m = props.model;
  useEffect(() => {
    m.open();
  }, [m]);
  const rates = m.settings.value.exchangeRates;
  const members = m.group.value?.members;
  const suggest = useMemo(() => (members ? unlinkedPairs(currenciesOf(members.map(memberPrice)), rates) : []), [members, rates]);
  return (
    <div class="history" data-testid="history">
      <ProductSection model={m} />
      <GroupSection model={m} />
      {props.report && <ReportSection report={props.report} history={m} {...(props.today ? { today: props.today } : {})} />}
      <section class="card" aria-labelledby="rates-heading" data-testid="rates-section">
        <h2 id="rates-heading">{t('ratesHeading')}</h2>
        <RatesEditor
          rates={rates}
          suggest={suggest}
          today={props.today ?? new Date().toISOString().slice(0, 10)}
          status={m.groupStatus.value}
          onSave={(rates) => void m.saveRates(rates)}
        />
      </section>
      <section class="card" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        <DataTools
          storage={m.storage.value}
          status={m.dataStatus.value}
          onExportJson={() => void m.exportJson()}
          onExportCsv={() => void m.exportCsv(undefined, snapshotHeaders(t))}
          onImport={(file) => void m.importFile(file)}
          onPrune={(choice) => void m.prune(choice)}
          onPersist={() => void m.persist()}
          onRefresh={() => void m.refreshStorage()}
        />
      </section>
    </div>
  );
}

function ProductSection(props: { model: HistoryModel }) {
  const { t, locale } = useI18n();
  const m = props.model;
  const tracked = m.tracked.value;
  const key = m.selectedKey.value;
  const item = tracked?.find((x) => x.product.key === key);
  return (
    <section class="card" aria-labelledby="history-heading" data-testid="history-product" data-product-key={key} data-tracked={tracked === undefined ? undefined : String(tracked.length)}>
      <h2 id="history-heading">{t('historyHeading')}</h2>
      {tracked === undefined ? (
        <p class="note">{t('loadingShort')}</p>
      ) : tracked.length === 0 ? (
        <p class="note" data-testid="history-empty">
          {t('historyEmpty')}
        </p>
      ) : (
        <>
          <label class="row">
            {t('historyProduct')}{' '}
            <select data-testid="history-select" value={key} onChange={(e) => m.selectProduct((e.currentTarget as HTMLSelectElement).value)}>
              {tracked.map((x) => (
                <option key={x.product.key} value={x.product.key}>
                  {optionText(x, t(ROLE_LABEL[x.product.role]))}
                </option>
              ))}
            </select>
          </label>
          {item && <ProductFacts item={item} />}
          <ProductHistory model={m} title={item?.product.title} />
          <ProductPromotions model={m} />
          {item && (
            <p class="row">
              <button type="button" data-testid="export-product-csv" onClick={() => void m.exportCsv(item.product.key, snapshotHeaders(t))}>
                {t('exportProductCsv')}
              </button>
              <span class="meta">{t('historyLastSeen', formatDateTime(new Date(item.product.lastSeenMs).toISOString(), locale))}</span>
            </p>
          )}
          <StatusLine status={m.dataStatus.value} only={['export-csv']} />
        </>
      )}
    </section>
  );
}

function optionText(x: ProductListItem, role: string): string {
  const title = x.product.title?.trim() || x.product.productId;
  return `${title.length > 70 ? `${title.slice(0, 69)}…` : title} · ${role}`;
}

function ProductFacts(props: { item: ProductListItem }) {
  const { t } = useI18n();
  const p = props.item.product;
  return (
    <p class="meta history-facts" data-role={p.role}>
      <span class={`badge badge-${p.marketplace}`}>{t(MARKETPLACE_NAME[p.marketplace])}</span>
      <span class={`tag role role-${p.role}`}>{t(ROLE_LABEL[p.role])}</span>
      <code>{p.productId}</code>
      {props.item.groups.map((g) => (
        <span key={g.id} class="group-chip">
          {g.name}
        </span>
      ))}
    </p>
  );
}

function ProductHistory(props: { model: HistoryModel; title?: string }) {
  const { t, locale } = useI18n();
  const snapshots = props.model.snapshots.value;
  const data = useMemo(() => (snapshots ? analyse(() => chartData(snapshots)) : undefined), [snapshots]);
  if (!snapshots || !data) return <p class="note">{t('loadingShort')}</p>;
  if (snapshots.length === 0) {
    return (
      <p class="note" data-testid="history-none">
        {t('historyNoSnapshots')}
      </p>
    );
  }
  return (
    <div class="product-history" data-testid="product-history" data-snapshots={String(snapshots.length)}>
      <h3 id="timeline-heading">{t('timelineHeading', formatNumber(snapshots.length, locale))}</h3>
      {data.ok ? (
        <>
          {data.value.chart ? <PriceChart chart={data.value.chart} /> : <p class="note">{t('chartDescNoPrice')}</p>}
          {snapshots.length === 1 && <p class="note">{t('historyOneSnapshot')}</p>}
          <TimelineTable points={data.value.points} labelledBy="timeline-heading" />
        </>
      ) : (
        <p class="alert" role="alert" data-testid="analysis-error">
          {t('analysisFailed', data.error)}
        </p>
      )}
      <h3>{t('diffHeading')}</h3>
      <SnapshotDiff snapshots={snapshots} />
    </div>
  );
}

/** 活动复盘: the selected product's promotions and badges over its snapshots (issue #10). */
function ProductPromotions(props: { model: HistoryModel }) {
  const { t } = useI18n();
  const snapshots = props.model.snapshots.value;
  // The rows' own key, not the selection: while a new selection loads, the rows are the old product's.
  const history = useMemo(() => (snapshots?.length ? analyse(() => promotionHistoryOfRows(snapshots[0]!.productKey, snapshots)) : undefined), [snapshots]);
  if (!history) return null;
  return (
    <div class="product-promotions" data-testid="product-promotions">
      <h3 id="promo-heading">{t('promo_heading')}</h3>
      {history.ok ? (
        <PromotionHistoryView history={history.value} headingId="promo-heading" />
      ) : (
        <p class="alert" role="alert" data-testid="analysis-error">
          {t('analysisFailed', history.error)}
        </p>
      )}
    </div>
  );
}

function GroupSection(props: { model: HistoryModel }) {
  const { t } = useI18n();
  const m = props.model;
  const groups = m.groups.value;
  const id = m.selectedGroupId.value;
  const data = m.group.value;
  const [basis, setBasis] = useState<CompareBasis>('price');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const rates = m.settings.value.exchangeRates;
  return (
    <section class="card" aria-labelledby="groups-heading" data-testid="group-section" data-group-id={id}>
      <h2 id="groups-heading">{t('groupsHeading')}</h2>
      {groups.length === 0 ? (
        <p class="note" data-testid="groups-empty">
          {t('groupsEmpty')}
        </p>
      ) : (
        <>
          <label class="row">
            {t('trackingGroup')}{' '}
            <select
              data-testid="group-select"
              value={id}
              onChange={(e) => {
                setConfirmDelete(false);
                m.selectGroup((e.currentTarget as HTMLSelectElement).value);
              }}
            >
              {groups.map((g) => (
                <option key={g.group.id} value={g.group.id}>
                  {g.group.name}
                </option>
              ))}
            </select>
          </label>
          {data && data.group.id === id ? <GroupBody members={data.members} rates={rates} basis={basis} onBasis={setBasis} groupName={data.group.name} /> : <p class="note">{t('loadingShort')}</p>}
          <div class="row">
            {confirmDelete ? (
              <>
                <span>{t('groupDeleteConfirm')}</span>
                <button
                  type="button"
                  class="danger"
                  data-testid="group-delete-go"
                  onClick={() => {
                    setConfirmDelete(false);
                    if (id) void m.deleteGroup(id);
                  }}
                >
                  {t('groupDelete')}
                </button>
                <button type="button" onClick={() => setConfirmDelete(false)}>
                  {t('cancel')}
                </button>
              </>
            ) : (
              <button type="button" data-testid="group-delete" onClick={() => setConfirmDelete(true)}>
                {t('groupDelete')}…
              </button>
            )}
          </div>
          <StatusLine status={m.groupStatus.value} only={['group-delete']} />
        </>
      )}
    </section>
  );
}

/** Fewer prices than this make bands of one product each: a note says so instead. */
export const MIN_GROUP_BAND_PRICES = 3;

export function GroupBody(props: { members: readonly GroupMember[]; rates: readonly ExchangeRate[]; basis: CompareBasis; onBasis(b: CompareBasis): void; groupName: string }) {
  const { t, locale } = useI18n();
  const { members, rates, basis } = props;
  const comparison = useMemo(() => analyse(() => compareGroup(members, basis, rates)), [members, basis, rates]);
  const mine = comparison.ok ? comparison.value.rows.find((r) => r.as === 'mine') : undefined;
  const bands = useMemo(
    () =>
      comparison.ok
        ? analyse(() => priceBands(comparison.value.rows.map((r) => ({ productId: r.key, ...(r.price ? { price: r.price } : {}) })), { rates, ...(mine?.price ? { userPrice: mine.price } : {}) }))
        : undefined,
    [comparison, rates, mine?.price],
  );
  if (!comparison.ok) {
    return (
      <p class="alert" role="alert" data-testid="analysis-error">
        {t('analysisFailed', comparison.error)}
      </p>
    );
  }
  return (
    <>
      <GroupComparison comparison={comparison.value} onBasis={props.onBasis} />
      <h3 id="group-bands-heading">{t('bandsHeadingGroup')}</h3>
      {bands?.ok && bands.value.count < MIN_GROUP_BAND_PRICES ? (
        <p class="note" data-testid="group-bands-few">
          {t('bandsGroupFew', formatNumber(bands.value.count, locale))}
        </p>
      ) : bands?.ok ? (
        <PriceBandsView bands={bands.value} user={mine?.price ? { price: mine.price, label: props.groupName } : undefined} headingId="group-bands-heading" />
      ) : bands ? (
        <p class="alert" role="alert" data-testid="analysis-error">
          {t('analysisFailed', bands.error)}
        </p>
      ) : null}
    </>
  );
}
