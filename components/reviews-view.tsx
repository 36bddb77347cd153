import type { Review } from '../lib/schema';
import { formatDay, formatNumber } from './format';
import { useI18n } from './i18n';
import { stars } from './product-view';

export const FIRST_REVIEWS = 5;

export function ReviewsView(props: { reviews: readonly Review[] }) {
  const { t, locale } = useI18n();
  const shown = props.reviews.slice(0, FIRST_REVIEWS);
  return (
    <section class="card" data-field="reviews" data-value={String(props.reviews.length)}>
      <h2>{t('sectionReviews', formatNumber(props.reviews.length, locale))}</h2>
      <ul class="reviews">
        {shown.map((r, i) => (
          <li key={r.id ?? i} class="review">
            <div class="review-head">
              {r.rating !== undefined && (
                <span class="stars" title={t('ratingOutOfFive', formatNumber(r.rating, locale, 1))}>
                  {stars(r.rating)}
                </span>
              )}
              {r.title && <strong class="review-title">{r.title}</strong>}
            </div>
            <div class="meta">
              {r.author && <span>{r.author}</span>}
              {r.date ? <span>{formatDay(r.date, locale)}</span> : r.dateText && <span>{r.dateText}</span>}
              {r.verified && <span class="tag tag-ok">{t('verifiedPurchase')}</span>}
              {r.variant && <span>{r.variant}</span>}
            </div>
            {r.body && <p class="review-body">{r.body}</p>}
            {r.photos !== undefined && r.photos > 0 && <p class="meta review-photos">{t('reviewPhotos', formatNumber(r.photos, locale))}</p>}
            {r.followUp && (
              <p class="review-follow-up">
                <strong>{t('reviewFollowUp')}</strong> {r.followUp}
              </p>
            )}
            {r.helpfulVotes !== undefined && r.helpfulVotes > 0 && (
              <p class="meta">{t('helpfulVotes', formatNumber(r.helpfulVotes, locale))}</p>
            )}
          </li>
        ))}
      </ul>
      {props.reviews.length > shown.length && <p class="note">{t('showingFirst', String(shown.length))}</p>}
    </section>
  );
}
