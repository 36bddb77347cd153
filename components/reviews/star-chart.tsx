import type { StarDistribution } from '../../lib/schema';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';

/**
 * The star distribution as five horizontal bars, 5★ on top as the marketplaces show it.
 * Accessible as a list: each row's text says the star and its share (the bar itself is
 * decoration, hidden from screen readers). The caption says where the numbers come from
 * (the page's histogram or the reviews' own stars) and how many ratings are behind them.
 */
export function StarChart(props: { stars: StarDistribution }) {
  const { t, locale } = useI18n();
  const s = props.stars;
  const rows = [4, 3, 2, 1, 0];
  return (
    <figure class="rv-stars" data-testid="review-stars" data-source={s.source} data-sample={String(s.sampleSize)} data-low-share={String(s.lowShare)} data-polarised={String(s.polarised)}>
      <figcaption class="meta" data-testid="review-stars-source">
        {t(s.source === 'page' ? 'rvStarsFromPage' : 'rvStarsFromReviews', formatNumber(s.sampleSize, locale))}
      </figcaption>
      <ul class="rv-star-rows">
        {rows.map((i) => (
          <li key={i} class="rv-star-row" data-testid="review-star-row" data-stars={String(i + 1)} data-share={String(s.shares[i])}>
            <span class="rv-star-label" aria-label={t('rvStarRow', [String(i + 1), formatNumber(s.shares[i]!, locale, 1)])}>
              <span aria-hidden="true">{i + 1}★</span>
            </span>
            <span class="rv-bar" aria-hidden="true">
              <span class={`rv-bar-fill${i < 2 ? ' rv-bar-low' : ''}`} style={{ width: `${Math.min(100, Math.max(0, s.shares[i]!))}%` }} />
            </span>
            <span class="rv-star-share" aria-hidden="true">
              {formatNumber(s.shares[i]!, locale, 1)}%
            </span>
          </li>
        ))}
      </ul>
      <p class="rv-star-facts">
        <strong data-testid="review-low-share">{t('rvLowShare', formatNumber(s.lowShare, locale, 1))}</strong>
        {s.smallSample && (
          <span class="note" data-testid="review-stars-small">
            {' '}
            {t('rvStarsSmall')}
          </span>
        )}
      </p>
      {s.polarised && (
        <p class="alert" data-testid="review-polarised">
          {t('rvPolarised')}
        </p>
      )}
    </figure>
  );
}
