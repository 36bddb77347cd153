import type { Marketplace, Product } from '../lib/schema';
import { Field, MissingField } from './field';
import { formatNumber } from './format';
import { useI18n, type MessageKey } from './i18n';
import { OptionsView } from './options-view';
import { PriceFields } from './price-fields';
import { ReviewTagsView } from './review-tags';
import { ShopView } from './shop-view';

/** Core fields a product page may be missing; which ones a marketplace's pages have differs. */
export type CoreField = 'price' | 'rating' | 'reviewCount' | 'bullets';

/**
 * The core fields each marketplace's product pages show, so the panel calls one "not
 * found" only where it should have been there: Taobao/Tmall items have no star average
 * (描述/服务/物流 are shop scores) and JD shows a 好评率, not stars; none of the three has
 * Amazon-style bullet points (their spec tables are not bullets).
 */
export const EXPECTED_ON_PRODUCT_PAGE: Readonly<Record<Marketplace, readonly CoreField[]>> = {
  amazon: ['price', 'rating', 'reviewCount', 'bullets'],
  taobao: ['price', 'reviewCount'],
  tmall: ['price', 'reviewCount'],
  jd: ['price', 'reviewCount'],
};

const CORE_LABEL: Record<CoreField, MessageKey> = {
  price: 'fieldPrice',
  rating: 'fieldRating',
  reviewCount: 'fieldReviewCount',
  bullets: 'fieldBullets',
};

/**
 * The product's fields. On a product page a core field the marketplace normally shows is
 * shown as missing when the reader did not find it; on a review page (which has no price)
 * only what was read is shown.
 */
export function ProductView(props: { product: Product; marketplace: Marketplace; showMissing: boolean }) {
  const { t, locale } = useI18n();
  const p = props.product;
  const expected = props.showMissing ? EXPECTED_ON_PRODUCT_PAGE[props.marketplace] : [];
  const missing = (name: CoreField) => (expected.includes(name) ? <MissingField name={name} label={t(CORE_LABEL[name])} /> : null);
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
        <PriceFields product={p} showMissing={expected.includes('price')} />
        {p.rating !== undefined ? (
          <Field name="rating" raw={p.rating} label={t('fieldRating')}>
            <span class="stars" aria-hidden="true">
              {stars(p.rating)}
            </span>{' '}
            {t('ratingOutOfFive', formatNumber(p.rating, locale, 1))}
          </Field>
        ) : (
          missing('rating')
        )}
        {p.reviewCount !== undefined ? (
          <Field name="reviewCount" raw={p.reviewCount} label={t('fieldReviewCount')}>
            {formatNumber(p.reviewCount, locale)}
          </Field>
        ) : (
          missing('reviewCount')
        )}
        {p.salesVolume && (
          // The page's own wording ("月销 1万+", "2K+ bought in past month"): never a made-up exact number.
          <Field name="salesVolume" raw={p.salesVolume.text} label={t('fieldSalesVolume')}>
            {p.salesVolume.text}
          </Field>
        )}
        <Field name="id" raw={p.id} label={t('fieldId')}>
          <code>{p.id}</code>
        </Field>
      </dl>
      {p.shop && <ShopView shop={p.shop} />}
      {p.options && p.options.length > 0 && <OptionsView groups={p.options} />}
      {p.reviewTags && p.reviewTags.length > 0 && <ReviewTagsView tags={p.reviewTags} />}
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
        expected.includes('bullets') && (
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
export function ProductMissing(props: { marketplace: Marketplace }) {
  const { t } = useI18n();
  const fields = EXPECTED_ON_PRODUCT_PAGE[props.marketplace].filter((f) => f !== 'bullets');
  return (
    <section class="card product">
      <dl class="fields">
        <MissingField name="title" label={t('fieldTitle')} />
        {fields.map((f) => (
          <MissingField key={f} name={f} label={t(CORE_LABEL[f])} />
        ))}
      </dl>
    </section>
  );
}

/** ★★★★☆ for 4.2: whole stars, rounded (the number is shown beside it). */
export function stars(rating: number): string {
  const full = Math.min(5, Math.max(0, Math.round(rating)));
  return '★'.repeat(full) + '☆'.repeat(5 - full);
}
