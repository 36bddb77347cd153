import type { SummaryLine } from '../../lib/analyses/history/since-last-visit';
import type { Money, PriceRange, Product, TextDiffPart } from '../../lib/schema';

type SalesVolume = NonNullable<Product['salesVolume']>;
import { safeHref } from '../field';
import { formatMoney, formatNumber, formatRange, moneyRaw, rangeRaw } from '../format';
import { useI18n, type MessageKey, type Translate } from '../i18n';

/**
 * One change between two snapshots, worded for people, with its raw before/after in
 * data-* (the test contract; locale-free). Text changes show the word/character diff:
 * each inserted or deleted stretch is an <ins>/<del> whose only child is a text node, so
 * page text is never parsed as HTML.
 */

const LABEL: Record<string, MessageKey> = {
  price: 'fieldPrice',
  priceRange: 'fieldPriceRange',
  listPrice: 'fieldListPrice',
  couponPrice: 'fieldCouponPrice',
  coupons: 'fieldCoupons',
  promotions: 'promo_fieldPromotions',
  badges: 'promo_fieldBadges',
  rating: 'fieldRating',
  reviewCount: 'fieldReviewCount',
  salesVolume: 'fieldSalesVolume',
  availability: 'histAvailability',
  seller: 'histSeller',
  title: 'fieldTitle',
  images: 'histImages',
};

/** `bullets[2]` → "Bullet point 3", `specs.材质` → "材质", `salesRanks.Kitchen` → "Sales rank (Kitchen)". */
export function fieldLabel(field: string, t: Translate): string {
  const bullet = /^bullets\[(\d+)\]$/.exec(field);
  if (bullet) return t('histBullet', String(Number(bullet[1]) + 1));
  if (field.startsWith('specs.')) return field.slice('specs.'.length);
  if (field.startsWith('salesRanks.')) return t('histSalesRankIn', field.slice('salesRanks.'.length));
  const key = LABEL[field];
  return key ? t(key) : field;
}

const isMoney = (v: unknown): v is Money => typeof v === 'object' && v !== null && typeof (v as Money).amount === 'number' && typeof (v as Money).currency === 'string';
const isRange = (v: unknown): v is PriceRange => typeof v === 'object' && v !== null && isMoney((v as PriceRange).min) && isMoney((v as PriceRange).max);
const isSales = (v: unknown): v is SalesVolume => typeof v === 'object' && v !== null && typeof (v as SalesVolume).text === 'string' && typeof (v as SalesVolume).min === 'number';

/** The contract's raw value: `24.99 GBP`, `4.3`, the text itself; arrays by length. */
export function rawValue(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (isMoney(v)) return moneyRaw(v);
  if (isRange(v)) return rangeRaw(v);
  if (isSales(v)) return v.text;
  if (Array.isArray(v)) return String(v.length);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function displayValue(field: string, v: unknown, locale: string): string {
  if (isMoney(v)) return formatMoney(v, locale);
  if (isRange(v)) return formatRange(v, locale);
  if (isSales(v)) return v.text;
  if (typeof v === 'number') {
    if (field === 'rating') return formatNumber(v, locale, 1);
    if (field.startsWith('salesRanks.')) return `#${formatNumber(v, locale)}`;
    return formatNumber(v, locale);
  }
  if (typeof v === 'string') return v;
  return rawValue(v) ?? '';
}

/** `−20 %` / `+3.5 %` in the UI locale (a real minus sign for a fall). */
export function formatPct(pct: number, locale: string): string {
  const n = formatNumber(Math.abs(pct), locale, 1);
  return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${n}%`;
}

export function ChangeLine(props: { line: SummaryLine }) {
  const { t, locale } = useI18n();
  const c = props.line;
  const isText = c.diff !== undefined || c.field === 'title' || c.field.startsWith('bullets[') || c.field.startsWith('specs.');
  return (
    <li
      class={`change change-${c.kind}`}
      data-testid="change"
      data-change-field={c.field}
      data-group={c.group}
      data-kind={c.kind}
      data-before={c.field === 'images' ? undefined : rawValue(c.before)}
      data-after={c.field === 'images' ? undefined : rawValue(c.after)}
      data-delta-pct={c.deltaPct === undefined ? undefined : String(c.deltaPct)}
    >
      <span class="change-field">{fieldLabel(c.field, t)}</span>{' '}
      {c.field === 'images' ? <ImagesChange line={c} /> : isText ? <TextChange line={c} /> : <ValueChange line={c} />}
      {c.deltaPct !== undefined && c.kind === 'changed' && (
        <>
          {' '}
          <span class="change-pct">({c.field.startsWith('salesRanks.') ? rankWords(c.delta ?? 0, t, locale) : formatPct(c.deltaPct, locale)})</span>
        </>
      )}
    </li>
  );
}

/** A rank falling in number is a climb. */
function rankWords(delta: number, t: Translate, locale: string): string {
  const n = formatNumber(Math.abs(delta), locale);
  return delta < 0 ? t('histRankClimbed', n) : t('histRankFell', n);
}

function ValueChange(props: { line: SummaryLine }) {
  const { t, locale } = useI18n();
  const c = props.line;
  const show = (v: unknown) => displayValue(c.field, v, locale);
  if (c.kind === 'added') return <span class="change-value">{t('histNowShown', show(c.after))}</span>;
  if (c.kind === 'removed') return <span class="change-value">{t('histNoLongerShown', show(c.before))}</span>;
  return (
    <span class="change-value">
      <span class="change-before">{show(c.before)}</span>
      <span aria-hidden="true"> → </span>
      <span class="visually-hidden"> {t('histBecame')} </span>
      <span class="change-after">{show(c.after)}</span>
    </span>
  );
}

function TextChange(props: { line: SummaryLine }) {
  const c = props.line;
  if (c.diff) return <TextDiff parts={c.diff} />;
  if (c.kind === 'added') return <TextDiff parts={[{ op: 'insert', text: String(c.after ?? '') }]} />;
  if (c.kind === 'removed') return <TextDiff parts={[{ op: 'delete', text: String(c.before ?? '') }]} />;
  return <TextDiff parts={[{ op: 'delete', text: String(c.before ?? '') }, { op: 'insert', text: String(c.after ?? '') }]} />;
}

/** Inserted and deleted stretches as <ins>/<del> holding text only; the words "added"/"removed" for screen readers. */
export function TextDiff(props: { parts: readonly TextDiffPart[] }) {
  const { t } = useI18n();
  return (
    <span class="diff-text" data-testid="text-diff">
      {props.parts.map((p, i) =>
        p.op === 'insert' ? (
          <span key={i}>
            <span class="visually-hidden"> {t('histInserted')} </span>
            <ins>{p.text}</ins>
          </span>
        ) : p.op === 'delete' ? (
          <span key={i}>
            <span class="visually-hidden"> {t('histDeleted')} </span>
            <del>{p.text}</del>
          </span>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </span>
  );
}

function ImagesChange(props: { line: SummaryLine }) {
  const { t, locale } = useI18n();
  const c = props.line;
  const added = c.added ?? [];
  const removed = c.removed ?? [];
  if (!added.length && !removed.length) return <span class="change-value">{t('histImagesReordered')}</span>;
  return (
    <span class="change-value" data-added={String(added.length)} data-removed={String(removed.length)}>
      {t('histImagesCount', [formatNumber(added.length, locale), formatNumber(removed.length, locale)])}
      <ul class="change-images">
        {added.map((url, i) => (
          <li key={`a${i}`}>
            <ImageName url={url} op="insert" />
          </li>
        ))}
        {removed.map((url, i) => (
          <li key={`r${i}`}>
            <ImageName url={url} op="delete" />
          </li>
        ))}
      </ul>
    </span>
  );
}

/** An image URL shown by its file name (a link when it is http(s)); never loaded into the panel. */
function ImageName(props: { url: string; op: 'insert' | 'delete' }) {
  const { t } = useI18n();
  const name = props.url.replace(/[?#].*$/, '').split('/').filter(Boolean).at(-1) ?? props.url;
  const href = safeHref(props.url);
  const text = href ? (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {name}
    </a>
  ) : (
    name
  );
  return props.op === 'insert' ? (
    <>
      <span class="visually-hidden">{t('histInserted')} </span>
      <ins>{text}</ins>
    </>
  ) : (
    <>
      <span class="visually-hidden">{t('histDeleted')} </span>
      <del>{text}</del>
    </>
  );
}
