import type { Money, TimelinePoint } from '../../lib/schema';
import { formatMoney, formatNumber, moneyRaw } from '../format';
import { useI18n } from '../i18n';

/**
 * Every point of a product's timeline as a table — the chart's data for people who do
 * not see the chart, and the values the chart rounds. Newest first. Scrolls sideways in a
 * narrow panel (the region is focusable so the keyboard can scroll it).
 */
export function TimelineTable(props: { points: readonly TimelinePoint[]; labelledBy: string }) {
  const { t, locale } = useI18n();
  const money = (m: Money | undefined) => (m ? formatMoney(m, locale) : '—');
  const rows = props.points.toReversed();
  return (
    <div class="table-scroll" role="region" aria-labelledby={props.labelledBy} tabIndex={0}>
      <table class="data-table" data-testid="timeline" data-points={String(props.points.length)}>
        <thead>
          <tr>
            <th scope="col">{t('colDate')}</th>
            <th scope="col">{t('fieldPrice')}</th>
            <th scope="col">{t('fieldListPrice')}</th>
            <th scope="col">{t('fieldCouponPrice')}</th>
            <th scope="col">{t('fieldRating')}</th>
            <th scope="col">{t('fieldReviewCount')}</th>
            <th scope="col">{t('colSalesRank')}</th>
            <th scope="col">{t('fieldSalesVolume')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.at} data-testid="timeline-point" data-at={p.at} data-price={p.price ? moneyRaw(p.price) : undefined}>
              <th scope="row" class="nowrap">
                <time dateTime={p.at}>{compactDateTime(p.at, locale)}</time>
              </th>
              <td class="num">{money(p.price)}</td>
              <td class="num">{money(p.listPrice)}</td>
              <td class="num">{money(p.couponPrice)}</td>
              <td class="num">{p.rating === undefined ? '—' : formatNumber(p.rating, locale, 1)}</td>
              <td class="num">{p.reviewCount === undefined ? '—' : formatNumber(p.reviewCount, locale)}</td>
              <td>{p.salesRank ? <span title={p.salesRank.category}>#{formatNumber(p.salesRank.rank, locale)} <span class="meta">{p.salesRank.category}</span></span> : '—'}</td>
              <td>{p.salesVolume?.text ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `26/11/2026, 16:50` — short enough for a table cell. */
export function compactDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
  } catch {
    return iso;
  }
}
