import { useEffect, useMemo, useState } from 'preact/hooks';
import { explainUnitPrice } from '../../lib/analyses/prices/unit-price';
import { productKey, type PageRead, type Product } from '../../lib/schema';
import type { CompareBasis } from '../history/comparison';
import { formatUnitPrice, UNIT_REFUSAL } from '../history/group-comparison';
import { GroupBody } from '../history/history-view';
import type { HistoryModel } from '../history/model';
import { PageBands } from '../history/page-extras';
import { useI18n } from '../i18n';
import type { PanelState } from '../panel-state';
import { PriceFields } from '../price-fields';
import { analyse } from '../workbench/model';
import { EmptyState } from '../workspace/empty-state';

/**
 * The Prices tab: for a product, its price, list and coupon prices, unit price (with the
 * words it rests on, or why there is none) and, when it is tracked in a group, where it
 * stands among the group; for a search page, the page's price bands (价格带). Everything
 * is reused from the page and Competitors views; this tab only gathers it.
 */
export function PricesView(props: { state: PanelState; history: HistoryModel }) {
  const state = props.state;
  const read = state.kind === 'read' ? state.read : undefined;
  if (!read) return <EmptyState state={state} view="prices" why="wsPricesNothing" />;
  if (read.pageKind === 'search') {
    return (
      <div class="prices" data-testid="prices" data-state="search">
        {read.results?.length ? <PageBands model={props.history} /> : <EmptyState state={state} view="prices" why="wsPricesNoResults" />}
      </div>
    );
  }
  if (!read.product) return <EmptyState state={state} view="prices" why="wsPricesNothing" />;
  return (
    <div class="prices" data-testid="prices" data-state="product">
      <ProductPrices read={read} product={read.product} />
      <Standing read={read} history={props.history} />
    </div>
  );
}

function ProductPrices(props: { read: PageRead; product: Product }) {
  const { t, locale } = useI18n();
  const unit = useMemo(() => analyse(() => explainUnitPrice(props.product, undefined, { locale: props.read.locale })), [props.product, props.read.locale]);
  return (
    <section class="card" aria-labelledby="prices-heading">
      <h2 id="prices-heading">{t('wsPricesHeading')}</h2>
      <dl class="fields">
        <PriceFields product={props.product} showMissing={props.read.pageKind === 'product'} />
        <div class="field" data-testid="unit-price" data-ok={unit.ok && unit.value.ok ? 'true' : 'false'}>
          <dt>{t('colUnitPrice')}</dt>
          <dd>
            {!unit.ok ? (
              t('analysisFailed', unit.error)
            ) : unit.value.ok ? (
              <>
                {formatUnitPrice(unit.value.unitPrice, t, locale)}
                <span class="meta"> {t('unitBasis', [unit.value.unitPrice.basis, unit.value.unitPrice.from.split(' + ').map((f) => (f === 'title' ? t('fieldTitle') : f)).join(' + ')])}</span>
              </>
            ) : (
              <span class="note">{t(UNIT_REFUSAL[unit.value.reason])}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Where the product stands in a group it is tracked in (the group the Competitors view compares). */
function Standing(props: { read: PageRead; history: HistoryModel }) {
  const { t } = useI18n();
  const m = props.history;
  const [basis, setBasis] = useState<CompareBasis>('price');
  useEffect(() => m.open(), [m]);
  const key = productKey(props.read.marketplace, props.read.product!.id);
  const current = m.current.value;
  const group = m.group.value;
  const inGroup = group?.members.some((x) => x.key === key) ? group : undefined;
  return (
    <section class="card" aria-labelledby="standing-heading" data-testid="prices-standing" data-group-id={inGroup?.group.id}>
      <h2 id="standing-heading">{t('wsStandingHeading')}</h2>
      {inGroup ? (
        <>
          <p class="meta">{t('wsStandingIn', inGroup.group.name)}</p>
          <GroupBody members={inGroup.members} rates={m.settings.value.exchangeRates} basis={basis} onBasis={setBasis} groupName={inGroup.group.name} />
        </>
      ) : (
        <p class="note" data-testid="standing-none">
          {t(current?.groups.length ? 'loadingShort' : 'wsStandingNone')}
        </p>
      )}
    </section>
  );
}
