import type { StandingExplanation, StandingRefusal } from '../../lib/analyses/prices/price-standing';
import type { UnitPriceExplanation, UnitPriceRefusal } from '../../lib/analyses/prices/unit-price';
import type { UnitPrice } from '../../lib/schema';
import { formatMoney, formatNumber, formatRange, moneyRaw } from '../format';
import { useI18n, type MessageKey, type Translate } from '../i18n';
import { formatPct } from './change-line';
import type { CompareBasis, Comparison, ComparisonRow } from './comparison';

export const UNIT_REFUSAL: Record<UnitPriceRefusal, MessageKey> = {
  'no-price': 'unitNoPrice',
  'price-range': 'unitPriceRange',
  'no-quantity': 'unitNoQuantity',
  alternatives: 'unitAlternatives',
  'ambiguous-number': 'unitAmbiguous',
  'conflicting-quantities': 'unitConflicting',
  'weight-and-volume': 'unitWeightAndVolume',
  'count-and-measure': 'unitCountAndMeasure',
  'item-weight-only': 'unitItemWeightOnly',
};

export const STANDING_REFUSAL: Record<StandingRefusal, MessageKey> = {
  'no-price': 'standingNoPrice',
  'nothing-to-compare': 'standingNothing',
  'no-unit-price': 'standingNoUnitPrice',
  'mixed-units': 'standingMixedUnits',
};

/** `£1.39 / 100 g`, `¥0.52 / 件`. */
export function formatUnitPrice(u: UnitPrice, t: Translate, locale: string): string {
  const per = u.per.unit === 'count' ? t('unitEach') : `${u.per.quantity === 1 ? '' : `${formatNumber(u.per.quantity, locale)} `}${u.per.unit === 'm2' ? 'm²' : u.per.unit}`;
  return `${formatMoney(u.price, locale)} / ${per}`;
}

/**
 * The group's members side by side: price, unit price with the words it rests on (or why
 * there is none), and rank, percentile and gaps to the median and the cheapest — by price
 * or by unit price. Prices in another currency are left out of a standing unless the user
 * entered a rate; the note says how many and which rate would link them.
 */
export function GroupComparison(props: { comparison: Comparison; onBasis(basis: CompareBasis): void }) {
  const { t, locale } = useI18n();
  const c = props.comparison;
  const basisButton = (b: CompareBasis, label: MessageKey) => (
    <button type="button" data-testid={`basis-${b}`} aria-pressed={c.basis === b} onClick={() => props.onBasis(b)}>
      {t(label)}
    </button>
  );
  return (
    <div class="comparison" data-testid="group-comparison" data-basis={c.basis} data-currencies={c.currencies.join(' ')}>
      <div class="row" role="group" aria-label={t('compareBy')}>
        <span class="meta">{t('compareBy')}</span>
        {basisButton('price', 'compareByPrice')}
        {basisButton('unit', 'compareByUnit')}
      </div>
      <div class="table-scroll" role="region" aria-label={t('compareTable')} tabIndex={0}>
        <table class="data-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t('colProduct')}</th>
              <th scope="col">{t('fieldPrice')}</th>
              <th scope="col">{t('colUnitPrice')}</th>
              <th scope="col">{t('colRank')}</th>
              <th scope="col">{t('colPercentile')}</th>
              <th scope="col">{t('colVsMedian')}</th>
              <th scope="col">{t('colVsCheapest')}</th>
            </tr>
          </thead>
          <tbody>
            {c.rows.map((r) => (
              <Row key={r.key} row={r} />
            ))}
          </tbody>
        </table>
      </div>
      {c.converted && <p class="note">{t('compareConverted')}</p>}
      {c.unlinked.length > 0 && (
        <p class="note" data-testid="currency-note">
          {t('compareCurrenciesApart', c.unlinked.map(([a, b]) => `${a}→${b}`).join(', '))}
        </p>
      )}
      {c.rows.length < 2 && <p class="note">{t('compareNeedsTwo')}</p>}
      <p class="note">{t('compareHowTo', formatNumber(c.rows.length, locale))}</p>
    </div>
  );
}

function Row(props: { row: ComparisonRow }) {
  const { t, locale } = useI18n();
  const r = props.row;
  const s = r.standing;
  const st = s.ok ? s.standing : undefined;
  return (
    <tr
      data-testid="compare-row"
      data-product-key={r.key}
      data-as={r.as}
      data-price={r.price ? moneyRaw(r.price) : undefined}
      data-unit-price={r.unit.ok ? moneyRaw(r.unit.unitPrice.price) : undefined}
      data-unit-reason={r.unit.ok ? undefined : r.unit.reason}
      data-rank={st ? String(st.rank) : undefined}
      data-of={st ? String(st.of) : undefined}
      data-percentile={st ? String(st.percentile) : undefined}
      data-gap-median={st ? String(st.gapToMedianPct) : undefined}
      data-gap-cheapest={st ? String(st.gapToCheapestPct) : undefined}
      data-standing-reason={s.ok ? undefined : s.reason}
      class={r.as === 'mine' ? 'row-mine' : undefined}
    >
      <th scope="row" class="compare-product">
        {r.as === 'mine' && <span class="tag tag-mine">{t('roleMine')}</span>} <span class="compare-title">{r.title ?? r.productId}</span>
        <span class="meta">{r.productId}</span>
      </th>
      <td class="num">{r.priceRange && (!r.price || r.price.amount === r.priceRange.min.amount) ? formatRange(r.priceRange, locale) : r.price ? formatMoney(r.price, locale) : '—'}</td>
      <td>
        <UnitCell unit={r.unit} />
      </td>
      {s.ok ? (
        <>
          <td class="num">{t('rankOf', [formatNumber(s.standing.rank, locale), formatNumber(s.standing.of, locale)])}</td>
          <td class="num">{formatNumber(s.standing.percentile, locale, 1)}%</td>
          <td class="num">{formatPct(s.standing.gapToMedianPct, locale)}</td>
          <td class="num">{formatPct(s.standing.gapToCheapestPct, locale)}</td>
        </>
      ) : (
        <td colSpan={4} class="why-not">
          <StandingWhyNot standing={s} />
        </td>
      )}
    </tr>
  );
}

function UnitCell(props: { unit: UnitPriceExplanation }) {
  const { t, locale } = useI18n();
  const u = props.unit;
  if (u.ok) {
    return (
      <span class="unit-price">
        {formatUnitPrice(u.unitPrice, t, locale)}{' '}
        <span class="meta" data-testid="unit-basis">
          {t('unitBasis', [u.unitPrice.basis, u.unitPrice.from.split(' + ').map((f) => (f === 'title' ? t('fieldTitle') : f)).join(' + ')])}
        </span>
      </span>
    );
  }
  const words = [...new Set(u.statements.map((s) => s.text.trim()).filter(Boolean))].slice(0, 3);
  return (
    <span class="why-not" data-testid="unit-why-not">
      {t(UNIT_REFUSAL[u.reason])}
      {words.length > 0 && ' '}
      {words.length > 0 && <span class="meta">{words.map((w) => `“${w}”`).join(' · ')}</span>}
    </span>
  );
}

function StandingWhyNot(props: { standing: Extract<StandingExplanation, { ok: false }> }) {
  const { t, locale } = useI18n();
  const s = props.standing;
  return (
    <span data-testid="standing-why-not">
      {t(STANDING_REFUSAL[s.reason])}
      {s.excludedOtherCurrency > 0 && ` ${t('standingOtherCurrency', formatNumber(s.excludedOtherCurrency, locale))}`}
    </span>
  );
}
