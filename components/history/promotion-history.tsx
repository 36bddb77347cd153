import { Fragment, type JSX } from 'preact';
import type { BadgeKind, Money, PromotionHistory, PromotionKind, PromotionSpan } from '../../lib/schema';
import { formatMoney, formatNumber, moneyRaw } from '../format';
import { useI18n, type MessageKey } from '../i18n';
import { compactDateTime } from './timeline-table';

/**
 * 活动复盘 (issue #10): a tracked product's promotions and badges over its snapshots, newest
 * first. Snapshots are visits, not a continuous record, so a start or end is shown as the
 * two visits that bound it ("between A and B") whenever both are known, and never as a
 * single made-up instant. Page wording is rendered as text only.
 */

export const PROMOTION_KIND_LABEL: Record<PromotionKind, MessageKey> = {
  coupon: 'promo_kindCoupon',
  deal: 'promo_kindDeal',
  threshold: 'promo_kindThreshold',
  gift: 'promo_kindGift',
  'subscribe-save': 'promo_kindSubscribeSave',
  discount: 'promo_kindDiscount',
  programme: 'promo_kindProgramme',
  other: 'promo_kindOther',
};

export const BADGE_KIND_LABEL: Record<BadgeKind, MessageKey> = {
  'amazons-choice': 'promo_badgeAmazonsChoice',
  'best-seller': 'promo_badgeBestSeller',
  'new-release': 'promo_badgeNewRelease',
  'climate-pledge': 'promo_badgeClimatePledge',
  prime: 'promo_badgePrime',
  'small-business': 'promo_badgeSmallBusiness',
  'jd-self-operated': 'promo_badgeJdSelfOperated',
  'jd-plus': 'promo_badgeJdPlus',
  'tmall-flagship': 'promo_badgeTmallFlagship',
  tmall: 'promo_badgeTmall',
  'billion-subsidy': 'promo_badgeBillionSubsidy',
  official: 'promo_badgeOfficial',
  other: 'promo_badgeOther',
};

/** The kind's label: the same `other` means another thing for a promotion and a badge. */
export function kindLabel(span: Pick<PromotionSpan, 'type' | 'kind'>): MessageKey {
  return span.type === 'badge' ? BADGE_KIND_LABEL[span.kind as BadgeKind] : PROMOTION_KIND_LABEL[span.kind as PromotionKind];
}

/** The table, or the empty state; `headingId` labels the scrolling region. */
export function PromotionHistoryView(props: { history: PromotionHistory; headingId: string }) {
  const { t, locale } = useI18n();
  const h = props.history;
  const when = (iso: string) => <time dateTime={iso}>{compactDateTime(iso, locale)}</time>;
  if (h.spans.length === 0) {
    return (
      <p class="note" data-testid="promo-empty">
        {t('promo_empty', formatNumber(h.snapshots, locale))}
      </p>
    );
  }
  return (
    <div data-testid="promotion-history" data-spans={String(h.spans.length)}>
      {h.from && h.to && (
        <p class="meta" data-testid="promo-covered">
          {t('promo_covered', [formatNumber(h.snapshots, locale), compactDateTime(h.from, locale), compactDateTime(h.to, locale)])}
        </p>
      )}
      <div class="table-scroll" role="region" aria-labelledby={props.headingId} tabIndex={0}>
        <table class="data-table" data-testid="promo-table">
          <thead>
            <tr>
              <th scope="col">{t('promo_colItem')}</th>
              <th scope="col">{t('promo_colKind')}</th>
              <th scope="col">{t('promo_colStarted')}</th>
              <th scope="col">{t('promo_colEnded')}</th>
              <th scope="col">{t('promo_colStatedEnd')}</th>
              <th scope="col">{t('promo_colPriceBefore')}</th>
              <th scope="col">{t('promo_colPriceDuring')}</th>
              <th scope="col">{t('promo_colPriceAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {h.spans.map((s) => (
              <SpanRow key={`${s.type}|${s.kind}|${s.text}|${s.firstSeen}`} span={s} when={when} />
            ))}
          </tbody>
        </table>
      </div>
      <p class="note">{t('promo_note')}</p>
    </div>
  );
}

function SpanRow(props: { span: PromotionSpan; when: (iso: string) => JSX.Element }) {
  const { t, locale } = useI18n();
  const { span: s, when } = props;
  const money = (m: Money | undefined) => (m ? formatMoney(m, locale) : '—');
  // Two ISO instants into one message: split it around the placeholders so each stays a <time>.
  const between = (a: string, b: string) => interleave(t('promo_between', ['\uE000', '\uE001']), when(a), when(b));
  const during =
    s.priceDuringMin && s.priceDuringMax && s.priceDuringMin.amount !== s.priceDuringMax.amount
      ? `${money(s.priceDuringMin)} – ${money(s.priceDuringMax)}`
      : money(s.priceDuringMin);
  return (
    <tr data-testid="promo-span" data-type={s.type} data-kind={s.kind} data-first-seen={s.firstSeen} data-gone-by={s.goneBy} data-price-before={s.priceBefore ? moneyRaw(s.priceBefore) : undefined}>
      <th scope="row">
        {s.text}{' '}
        <span class={`tag promo-${s.type}`}>{t(s.type === 'badge' ? 'promo_typeBadge' : 'promo_typePromotion')}</span>
      </th>
      <td>{t(kindLabel(s))}</td>
      <td data-testid="promo-started">{s.notSeenAt ? between(s.notSeenAt, s.firstSeen) : interleave(t('promo_onOrBefore', '\uE000'), when(s.firstSeen))}</td>
      <td data-testid="promo-ended">{s.goneBy ? between(s.lastSeen, s.goneBy) : interleave(t('promo_stillShown', '\uE000'), when(s.lastSeen))}</td>
      <td class="nowrap">{s.statedEnd ? when(s.statedEnd) : '—'}</td>
      <td class="num">{money(s.priceBefore)}</td>
      <td class="num" data-testid="promo-during">{during}</td>
      <td class="num">{money(s.priceAfter)}</td>
    </tr>
  );
}

/** A message with \uE000 / \uE001 marking where the first / second element goes, as children. */
function interleave(message: string, first: JSX.Element, second?: JSX.Element) {
  return message.split(/([\uE000\uE001])/).map((part, i) => <Fragment key={i}>{part === '\uE000' ? first : part === '\uE001' ? second : part}</Fragment>);
}
