import type { Marketplace, Review, ReviewAnalysis, ReviewQuote, ReviewTheme } from '../../lib/schema';
import { formatDay, formatNumber } from '../format';
import { useI18n } from '../i18n';
import { labelIn, SENTIMENT_LABEL } from './exports';
import { reviewUrl } from './review-link';

/** Quotes shown per theme (the analysis keeps up to five; the export has them all). */
export const QUOTES_SHOWN = 3;

export interface QuoteContext {
  marketplace: Marketplace;
  url: string;
  reviews: readonly Review[];
}

/**
 * Themes, complaints first: name in the UI language, side, how many reviews. With a
 * small sample the count reads "2 of 10 reviews" rather than a share, so two buyers do
 * not look like 20 % of the market. Each quote names its review (author, date, stars).
 */
export function ThemeList(props: { analysis: ReviewAnalysis; ctx: QuoteContext }) {
  const { t, locale } = useI18n();
  const a = props.analysis;
  return (
    <>
      {a.themes.length === 0 && (
        <p class="note" data-testid="review-no-themes">
          {t('rvNoThemes')}
        </p>
      )}
      <ul class="rv-themes">
        {a.themes.map((th) => (
          <li
            key={`${th.aspect ?? th.phrase}|${th.sentiment}`}
            class={`rv-theme rv-${th.sentiment}`}
            data-testid="review-theme"
            data-aspect={th.aspect}
            data-phrase={th.phrase}
            data-sentiment={th.sentiment}
            data-count={String(th.mentions)}
            data-share={String(th.share)}
          >
            <div class="rv-theme-head">
              <span class={`tag rv-side rv-side-${th.sentiment}`}>{t(SENTIMENT_LABEL[th.sentiment])}</span>
              <strong class="rv-theme-name" data-testid="review-theme-name">
                {th.phrase && !th.aspect ? `“${th.phrase}”` : labelIn(th.label, locale)}
              </strong>
              <span class="meta" data-testid="review-theme-count">
                {a.smallSample
                  ? t('rvMentionCount', [formatNumber(th.mentions, locale), formatNumber(a.reviewCount, locale)])
                  : `${t('rvMentionCount', [formatNumber(th.mentions, locale), formatNumber(a.reviewCount, locale)])} · ${t('rvShare', formatNumber(th.share, locale, 1))}`}
              </span>
            </div>
            <Quotes theme={th} ctx={props.ctx} />
          </li>
        ))}
      </ul>
      {a.belowThreshold > 0 && (
        <p class="note" data-testid="review-below-threshold" data-value={String(a.belowThreshold)}>
          {t('rvBelowThreshold', formatNumber(a.belowThreshold, locale))}
        </p>
      )}
    </>
  );
}

export function Quotes(props: { theme: Pick<ReviewTheme, 'quotes'>; ctx: QuoteContext }) {
  const { t } = useI18n();
  const quotes = props.theme.quotes.slice(0, QUOTES_SHOWN);
  if (quotes.length === 0) return null;
  return (
    <ul class="rv-quotes" aria-label={t('rvQuotesLabel')}>
      {quotes.map((q) => (
        <Quote key={q.reviewIndex} quote={q} ctx={props.ctx} />
      ))}
    </ul>
  );
}

function Quote(props: { quote: ReviewQuote; ctx: QuoteContext }) {
  const { t, locale } = useI18n();
  const { quote: q, ctx } = props;
  const review = ctx.reviews[q.reviewIndex];
  const href = reviewUrl(ctx.marketplace, ctx.url, q.reviewId);
  const date = q.date && /^\d{4}-\d{2}-\d{2}$/.test(q.date) ? formatDay(q.date, locale) : q.date;
  const cite = [review?.author ?? t('rvAnonymous'), date, q.rating !== undefined ? `${formatNumber(q.rating, locale, 1)}★` : undefined].filter(Boolean).join(' · ');
  return (
    <li class="rv-quote" data-testid="review-quote" data-review-index={String(q.reviewIndex)} data-review-id={q.reviewId} data-rating={q.rating === undefined ? undefined : String(q.rating)} data-date={q.date}>
      <blockquote class="rv-quote-text">{q.text}</blockquote>
      <span class="meta rv-quote-cite" data-testid="review-quote-cite">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" title={t('rvOpenReview')}>
            {cite}
          </a>
        ) : (
          cite
        )}
      </span>
    </li>
  );
}
