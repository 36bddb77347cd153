import type { SearchResult } from '../lib/schema';
import { Field, safeHref } from './field';
import { formatMoney, formatNumber } from './format';
import { useI18n } from './i18n';
import { stars } from './product-view';

export const FIRST_RESULTS = 10;

export function SearchView(props: { results: readonly SearchResult[]; totalResults?: number }) {
  const { t, locale } = useI18n();
  const shown = props.results.slice(0, FIRST_RESULTS);
  return (
    <section class="card" data-field="results" data-value={String(props.results.length)}>
      <h2>{t('sectionResults', formatNumber(props.results.length, locale))}</h2>
      {props.totalResults !== undefined && (
        <dl class="fields">
          <Field name="totalResults" raw={props.totalResults} label={t('fieldTotalResults')}>
            {formatNumber(props.totalResults, locale)}
          </Field>
        </dl>
      )}
      <ol class="results">
        {shown.map((r) => (
          <li key={`${r.position}-${r.id}`} class="result" data-result-id={r.id}>
            <span class="position">{r.position}</span>
            <div class="result-body">
              <ResultTitle result={r} />
              <div class="meta">
                {r.price && <span class="price">{formatMoney(r.price, locale)}</span>}
                {r.rating !== undefined && (
                  <span>
                    <span class="stars" aria-hidden="true">
                      {stars(r.rating)}
                    </span>{' '}
                    {formatNumber(r.rating, locale, 1)}
                  </span>
                )}
                {r.reviewCount !== undefined && <span>({formatNumber(r.reviewCount, locale)})</span>}
                {/* The tile's own sales wording ("1000+人付款", "已售10万+"), never a made-up number. */}
                {r.salesVolume && <span class="sales">{r.salesVolume.text}</span>}
                {r.shop && <span class="shop-name">{r.shop}</span>}
                {r.sponsored && <span class="tag">{t('sponsored')}</span>}
              </div>
            </div>
          </li>
        ))}
      </ol>
      {props.results.length > shown.length && <p class="note">{t('showingFirst', String(shown.length))}</p>}
    </section>
  );
}

function ResultTitle(props: { result: SearchResult }) {
  const href = safeHref(props.result.url);
  return href ? (
    <a class="result-title" href={href} target="_blank" rel="noreferrer noopener">
      {props.result.title}
    </a>
  ) : (
    <span class="result-title">{props.result.title}</span>
  );
}
