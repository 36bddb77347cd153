import type { Product } from '../lib/schema';
import { Field, MissingField } from './field';
import { formatMoney, formatNumber, formatRange, moneyRaw, rangeRaw } from './format';
import { useI18n } from './i18n';

/**
 * The product's core fields. On a product page a missing core field is shown as missing;
 * on a review page (which has no price) only what was read is shown.
 */
export function ProductView(props: { product: Product; showMissing: boolean }) {
  const { t, locale } = useI18n();
  const p = props.product;
  const missing = (name: string, label: string) => (props.showMissing ? <MissingField name={name} label={label} /> : null);
  return (
    <section class="card product">
      {p.title ? (
        <h2 class="product-title" data-field="title" data-value={p.title}>
          {p.title}
        </h2>
      ) : (
        <h2 class="product-title field-missing" data-missing-field="title">
          {t('fieldTitle')}: {t('notFound')}
        </h2>
      )}
      <dl class="fields">
        {p.price ? (
          <Field name="price" raw={moneyRaw(p.price)} label={t('fieldPrice')}>
            <strong class="price">{formatMoney(p.price, locale)}</strong>
          </Field>
        ) : p.priceRange ? (
          <Field name="priceRange" raw={rangeRaw(p.priceRange)} label={t('fieldPriceRange')}>
            <strong class="price">{formatRange(p.priceRange, locale)}</strong>
          </Field>
        ) : (
          missing('price', t('fieldPrice'))
        )}
        {p.listPrice && (
          <Field name="listPrice" raw={moneyRaw(p.listPrice)} label={t('fieldListPrice')}>
            <s>{formatMoney(p.listPrice, locale)}</s>
          </Field>
        )}
        {p.rating !== undefined ? (
          <Field name="rating" raw={p.rating} label={t('fieldRating')}>
            <span class="stars" aria-hidden="true">
              {stars(p.rating)}
            </span>{' '}
            {t('ratingOutOfFive', formatNumber(p.rating, locale, 1))}
          </Field>
        ) : (
          missing('rating', t('fieldRating'))
        )}
        {p.reviewCount !== undefined ? (
          <Field name="reviewCount" raw={p.reviewCount} label={t('fieldReviewCount')}>
            {formatNumber(p.reviewCount, locale)}
          </Field>
        ) : (
          missing('reviewCount', t('fieldReviewCount'))
        )}
        <Field name="id" raw={p.id} label={t('fieldId')}>
          <code>{p.id}</code>
        </Field>
      </dl>
      {p.bullets && p.bullets.length > 0 ? (
        <div class="bullets" data-field="bullets" data-value={String(p.bullets.length)}>
          <h3>{t('fieldBullets')}</h3>
          <ul>
            {p.bullets.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </div>
      ) : (
        props.showMissing && (
          <dl class="fields">
            <MissingField name="bullets" label={t('fieldBullets')} />
          </dl>
        )
      )}
    </section>
  );
}

/**
 * A product page whose reader found no product at all (no id): the core fields are shown
 * as missing so the failure is as visible as a partial read.
 */
export function ProductMissing() {
  const { t } = useI18n();
  return (
    <section class="card product">
      <dl class="fields">
        <MissingField name="title" label={t('fieldTitle')} />
        <MissingField name="price" label={t('fieldPrice')} />
        <MissingField name="rating" label={t('fieldRating')} />
        <MissingField name="reviewCount" label={t('fieldReviewCount')} />
      </dl>
    </section>
  );
}

/** ★★★★☆ for 4.2: whole stars, rounded (the number is shown beside it). */
export function stars(rating: number): string {
  const full = Math.min(5, Math.max(0, Math.round(rating)));
  return '★'.repeat(full) + '☆'.repeat(5 - full);
}
