import { useId } from 'preact/hooks';
import type { Money, PriceBand, PriceBands } from '../../lib/schema';
import { formatMoney, formatNumber, moneyRaw } from '../format';
import { useI18n, type Translate } from '../i18n';

/**
 * 价格带: how many products sit in each price band, as a histogram (SVG) and a table. The
 * bands come from priceBands (lib/analyses/prices): readable widths, [from, to) bands, an
 * overflow band for far outliers (drawn hatched, its range in the label), crowded bands
 * (red ocean) and empty ones (room). The quartiles are ticks under the bars; the user's
 * price, when given, is a marker over its band. The table holds every number the chart
 * draws and carries the test contract (data-from, data-to, data-count per band).
 */

const W = 320;
const H = 150;
const LEFT = 8;
const RIGHT = 8;
const TOP = 22;
const BOTTOM = 30;

export interface UserPrice {
  price: Money;
  /** Whose price it is: the group's name. */
  label: string;
}

export function PriceBandsView(props: { bands: PriceBands; user?: UserPrice; headingId: string }) {
  const { t, locale } = useI18n();
  const id = useId();
  const b = props.bands;
  const money = (amount: number) => formatMoney({ amount, currency: b.currency }, locale);
  if (b.count === 0) {
    return (
      <div class="price-bands" data-testid="price-bands" data-count="0" data-currency={b.currency} data-without-price={String(b.withoutPrice)} data-excluded={String(b.excludedOtherCurrency)}>
        <p class="note">{t('bandsNone', [formatNumber(b.withoutPrice, locale), formatNumber(b.excludedOtherCurrency, locale)])}</p>
      </div>
    );
  }
  const n = b.bands.length;
  const slot = (W - LEFT - RIGHT) / n;
  const most = Math.max(1, ...b.bands.map((x) => x.count));
  const plotH = H - TOP - BOTTOM;
  const xOf = (value: number) => {
    const i = b.bands.findIndex((x, j) => value >= x.from && (value < x.to || j === n - 1));
    if (i < 0) return value < b.bands[0]!.from ? LEFT : W - RIGHT;
    const band = b.bands[i]!;
    const within = band.to > band.from ? (value - band.from) / (band.to - band.from) : 0.5;
    return round(LEFT + (i + Math.min(1, Math.max(0, within))) * slot);
  };
  const crowdedMost = b.bands.reduce((best, x) => (x.count > best.count ? x : best), b.bands[0]!);
  const userBand = b.userBand === undefined ? undefined : b.bands[b.userBand];
  const desc = [
    t('bandsDesc', [formatNumber(b.count, locale), formatNumber(n, locale), money(b.width), formatNumber(crowdedMost.count, locale), bandRange(crowdedMost, money, t)]),
    userBand && props.user ? t('bandsDescUser', [formatMoney(props.user.price, locale), bandRange(userBand, money, t)]) : '',
  ].join(' ');
  const labelEvery = Math.ceil(n / 6);
  return (
    <div
      class="price-bands"
      data-testid="price-bands"
      data-currency={b.currency}
      data-count={String(b.count)}
      data-width={String(b.width)}
      data-bands={String(n)}
      data-without-price={String(b.withoutPrice)}
      data-excluded={String(b.excludedOtherCurrency)}
      data-q1={String(b.quartiles[0])}
      data-q2={String(b.quartiles[1])}
      data-q3={String(b.quartiles[2])}
      data-user-band={b.userBand === undefined ? undefined : String(b.userBand)}
      data-user-price={props.user && b.userBand !== undefined ? moneyRaw(props.user.price) : undefined}
    >
      <svg class="bands-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t('bandsTitle', b.currency)}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="5" class="hatch-line" />
          </pattern>
        </defs>
        <g aria-hidden="true">
          <line class="bands-axis" x1={LEFT} x2={W - RIGHT} y1={TOP + plotH} y2={TOP + plotH} />
          {b.bands.map((band, i) => {
            const h = band.count === 0 ? 0 : Math.max(2, round((band.count / most) * plotH));
            const x = round(LEFT + i * slot + 1);
            return (
              <g key={i} class={`band band-${band.kind}${band.overflow ? ' band-overflow' : ''}${b.userBand === i ? ' band-user' : ''}`}>
                {band.count > 0 ? (
                  <rect x={x} y={TOP + plotH - h} width={round(slot - 2)} height={h} fill={band.overflow ? `url(#${id}-hatch)` : undefined} />
                ) : (
                  <line class="band-empty-mark" x1={x} x2={round(x + slot - 2)} y1={TOP + plotH - 1} y2={TOP + plotH - 1} />
                )}
                {band.count > 0 && (
                  <text class="band-count" x={round(x + (slot - 2) / 2)} y={TOP + plotH - h - 3} text-anchor="middle">
                    {formatNumber(band.count, locale)}
                  </text>
                )}
                {(i % labelEvery === 0 || band.overflow) && (
                  <text class="band-label" x={x} y={H - BOTTOM + 12} text-anchor="start">
                    {band.overflow === 'above' ? `≥${money(band.from)}` : band.overflow === 'below' ? `≤${money(band.to)}` : money(band.from)}
                  </text>
                )}
              </g>
            );
          })}
          {b.quartiles.map((q, i) => {
            // Quartiles closer than a label's width show the median's label only.
            const crowded = i !== 1 && Math.abs(xOf(q) - xOf(b.quartiles[1])) < 16;
            return (
              <g key={`q${i}`} class="quartile">
                <line x1={xOf(q)} x2={xOf(q)} y1={TOP + plotH} y2={TOP + plotH + 5} />
                {!crowded && (
                  <text x={xOf(q)} y={H - 4} text-anchor="middle">
                    {i === 1 ? t('bandsMedianShort') : `Q${i === 0 ? 1 : 3}`}
                  </text>
                )}
              </g>
            );
          })}
          {userBand && props.user && (
            <g class="user-marker">
              <line x1={round(LEFT + (b.userBand! + 0.5) * slot)} x2={round(LEFT + (b.userBand! + 0.5) * slot)} y1={TOP - 4} y2={TOP + plotH} />
              <text x={round(LEFT + (b.userBand! + 0.5) * slot)} y={TOP - 8} text-anchor="middle">
                {t('bandsYou')}
              </text>
            </g>
          )}
        </g>
      </svg>
      <p class="meta bands-summary">
        {t('bandsSummary', [formatNumber(b.count, locale), money(b.min), money(b.max), money(b.quartiles[0]), money(b.quartiles[1]), money(b.quartiles[2])])}
        {b.withoutPrice > 0 && ` · ${t('bandsWithoutPrice', formatNumber(b.withoutPrice, locale))}`}
        {b.excludedOtherCurrency > 0 && ` · ${t('bandsOtherCurrency', formatNumber(b.excludedOtherCurrency, locale))}`}
      </p>
      {props.user &&
        (userBand ? (
          <p class="note" data-testid="bands-user">
            {t('bandsUserIn', [props.user.label, formatMoney(props.user.price, locale), bandRange(userBand, money, t)])}
          </p>
        ) : (
          <p class="note" data-testid="bands-user">
            {t('bandsUserApart', [props.user.label, formatMoney(props.user.price, locale), b.currency])}
          </p>
        ))}
      <div class="table-scroll" role="region" aria-labelledby={props.headingId} tabIndex={0}>
        <table class="data-table bands-table">
          <thead>
            <tr>
              <th scope="col">{t('colBand')}</th>
              <th scope="col">{t('colProducts')}</th>
              <th scope="col">{t('colBandKind')}</th>
            </tr>
          </thead>
          <tbody>
            {b.bands.map((band, i) => (
              <tr
                key={i}
                data-testid="price-band"
                data-from={String(band.from)}
                data-to={String(band.to)}
                data-count={String(band.count)}
                data-kind={band.kind}
                data-overflow={band.overflow}
                data-user={b.userBand === i ? 'true' : undefined}
                class={b.userBand === i ? 'row-mine' : undefined}
              >
                <th scope="row">{bandRange(band, money, t)}</th>
                <td class="num">{formatNumber(band.count, locale)}</td>
                <td>
                  {band.kind === 'crowded' ? t('bandCrowded') : band.kind === 'empty' ? t('bandEmpty') : ''}
                  {band.overflow && ` ${t('bandOverflow')}`}
                  {b.userBand === i && props.user && <span class="tag tag-mine">{t('bandsYou')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** `€10.00 – €15.00` (the upper end excluded, except in the last band). */
export function bandRange(band: PriceBand, money: (n: number) => string, t: Translate): string {
  return t('bandRange', [money(band.from), money(band.to)]);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
