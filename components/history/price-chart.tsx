import { useId } from 'preact/hooks';
import { formatMoney, formatNumber } from '../format';
import { useI18n, type MessageKey } from '../i18n';
import { FRAME, scales, SERIES, stepPath, type ChartData, type SeriesKey } from './chart';

const SERIES_LABEL: Record<SeriesKey, MessageKey> = { price: 'fieldPrice', listPrice: 'fieldListPrice', couponPrice: 'fieldCouponPrice' };

/**
 * The price history as a small step chart (SVG). Colours come from the panel's CSS
 * variables, so it reads in light and dark; the lines differ in dash as well as colour.
 * For assistive technology it is one image with a title and a description that states
 * the first and last price, the low and the high; the timeline table below holds every
 * value.
 */
export function PriceChart(props: { chart: ChartData }) {
  const { t, locale } = useI18n();
  const id = useId();
  const c = props.chart;
  const { x, y } = scales(c);
  const money = (amount: number) => formatMoney({ amount, currency: c.currency }, locale);
  // Snapshots hours apart are told apart by time, days apart by date.
  const day = (ms: number) => (c.endMs - c.startMs < 36 * 3_600_000 ? shortTime(ms, locale) : shortDate(ms, locale));
  const prices = c.series.price.filter((p) => p !== undefined);
  const first = prices[0];
  const last = prices.at(-1);
  const desc =
    first && last
      ? t('chartDesc', [
          money(first.amount),
          day(first.ms),
          money(last.amount),
          day(last.ms),
          money(Math.min(...prices.map((p) => p.amount))),
          money(Math.max(...prices.map((p) => p.amount))),
          formatNumber(prices.length, locale),
        ])
      : t('chartDescNoPrice');
  const shown = SERIES.filter((k) => c.series[k].some(Boolean));
  return (
    <figure class="chart" data-testid="price-chart" data-currency={c.currency} data-points={String(c.priced)}>
      <svg
        class="chart-svg"
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{t('chartTitle', c.currency)}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <g class="chart-grid" aria-hidden="true">
          {(c.max === c.min ? [c.max] : [c.max, c.min]).map((v, i) => (
            <g key={i}>
              <line x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={y(v)} y2={y(v)} />
              <text x={FRAME.left - 4} y={y(v) + 4} text-anchor="end">
                {money(v)}
              </text>
            </g>
          ))}
          <text x={FRAME.left} y={FRAME.height - 6} text-anchor="start">
            {day(c.startMs)}
          </text>
          {c.endMs > c.startMs && (
            <text x={FRAME.width - FRAME.right} y={FRAME.height - 6} text-anchor="end">
              {day(c.endMs)}
            </text>
          )}
        </g>
        {shown.map((k) => (
          <g key={k} class={`chart-series chart-${k}`} aria-hidden="true" data-series={k}>
            <path d={stepPath(c.series[k], c.times, c.endMs, x, y)} fill="none" />
            {c.series[k].map((p, i) => (p ? <circle key={i} cx={x(p.ms)} cy={y(p.amount)} r={k === 'price' ? 3 : 2.5} /> : null))}
          </g>
        ))}
      </svg>
      <figcaption class="chart-legend">
        {shown.map((k) => (
          <span key={k} class={`legend legend-${k}`}>
            <span class="legend-swatch" aria-hidden="true" />
            {t(SERIES_LABEL[k])}
          </span>
        ))}
        {c.otherCurrency > 0 && <span class="meta">{t('chartOtherCurrency', formatNumber(c.otherCurrency, locale))}</span>}
      </figcaption>
    </figure>
  );
}

export function shortTime(ms: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  }
}

export function shortDate(ms: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(new Date(ms));
  } catch {
    return new Date(ms).toISOString().slice(0, 10);
  }
}
