import type { Coupon, Money, PriceRange, Product } from '../lib/schema';
import { Field, MissingField } from './field';
import { formatMoney, formatNumber, formatRange, moneyRaw, rangeRaw } from './format';
import { useI18n, type Translate } from './i18n';

/**
 * The price rows of a product: price (with the page's own label, 淘宝价 / 到手价 / Deal
 * Price), a SKU price range, the struck list price, the after-coupon price and the coupons.
 * A range is always shown as a range: when `price` is only the range's minimum (the
 * readers' convention for Tmall/JD SKU ranges) the price row shows the range, never the
 * bare minimum as if it were the price.
 */
export function PriceFields(props: { product: Product; showMissing: boolean }) {
  const { t, locale } = useI18n();
  const p = props.product;
  const range = p.priceRange;
  const price = p.price;
  const rangeInPriceRow = range !== undefined && (price === undefined || isRangeMin(price, range));
  const label = p.priceLabel ? (
    <>
      {' '}
      <span class="price-label" data-field="priceLabel" data-value={p.priceLabel}>
        {p.priceLabel}
      </span>
    </>
  ) : null;
  const rangeValue = (r: PriceRange) => (
    <strong class="price" data-field="priceRange" data-value={rangeRaw(r)}>
      {formatRange(r, locale)}
    </strong>
  );
  return (
    <>
      {price ? (
        <Field name="price" raw={moneyRaw(price)} label={t('fieldPrice')}>
          {rangeInPriceRow ? rangeValue(range!) : <strong class="price">{formatMoney(price, locale)}</strong>}
          {label}
        </Field>
      ) : range ? (
        <div class="field">
          <dt>{t('fieldPrice')}</dt>
          <dd>
            {rangeValue(range)}
            {label}
          </dd>
        </div>
      ) : (
        props.showMissing && <MissingField name="price" label={t('fieldPrice')} />
      )}
      {range && !rangeInPriceRow && (
        <div class="field">
          <dt>{t('fieldPriceRange')}</dt>
          <dd>{rangeValue(range)}</dd>
        </div>
      )}
      {p.listPrice && (
        <Field name="listPrice" raw={moneyRaw(p.listPrice)} label={t('fieldListPrice')}>
          <s>{formatMoney(p.listPrice, locale)}</s>
        </Field>
      )}
      {p.couponPrice && (
        <Field name="couponPrice" raw={moneyRaw(p.couponPrice)} label={t('fieldCouponPrice')}>
          <strong class="price price-coupon">{formatMoney(p.couponPrice, locale)}</strong>
        </Field>
      )}
      {p.coupons && p.coupons.length > 0 && (
        <Field name="coupons" raw={p.coupons.length} label={t('fieldCoupons')}>
          <ul class="chips coupons">
            {p.coupons.map((c, i) => {
              const terms = couponTerms(c, locale, t);
              return (
                <li key={i} class="coupon">
                  <span class="tag tag-coupon">{c.text}</span>
                  {terms && ' '}
                  {terms && <span class="terms">{terms}</span>}
                </li>
              );
            })}
          </ul>
        </Field>
      )}
    </>
  );
}

/** `price` is the range's lower end: the page showed a range, not this one number. */
function isRangeMin(price: Money, range: PriceRange): boolean {
  return price.currency === range.min.currency && price.amount === range.min.amount;
}

/**
 * What the reader parsed from a coupon's text, in the UI language ("spend ¥199.00, ¥10.00
 * off" / "满¥199.00减¥10.00"); undefined when it parsed nothing (the text says it all).
 */
export function couponTerms(c: Coupon, locale: string, t: Translate): string | undefined {
  const money = (m: Money) => formatMoney(m, locale);
  const percent = c.percentOff === undefined ? undefined : formatNumber(c.percentOff, locale, 1);
  if (c.threshold && c.discount) return t('couponSpendSave', [money(c.threshold), money(c.discount)]);
  if (c.threshold && percent) return t('couponSpendPercent', [money(c.threshold), percent]);
  if (c.discount) return t('couponSave', money(c.discount));
  if (percent) return t('couponPercent', percent);
  return undefined;
}
