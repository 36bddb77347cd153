import type { Issue, Product, Promotion, RichContentKind } from '../../lib/schema';
import { BADGE_LABEL, PROMOTION_LABEL, RICH_LABEL } from './labels';
import type { ComponentChildren } from 'preact';
import { formatDateTime, formatNumber } from '../format';
import { useI18n } from '../i18n';

/** Fields the reader named in an issue: "not found" there, "none shown" elsewhere. */
const unreadOf = (issues: readonly Issue[]) => new Set(issues.map((i) => i.field.replace(/^product\./, '').split('.')[0]));

/**
 * What the page shows about the listing beyond title and price (issue #10): media, rich
 * content, variations, badges, promotions, Q&A, delivery. A part the page does not show is
 * said to be absent ("none shown"), and one the reader could not read says "not found" —
 * never a 0 that looks like a count.
 */
export function ListingPartsView(props: { product: Product; issues: readonly Issue[]; readAt: string }) {
  const { t, locale } = useI18n();
  const p = props.product;
  const unread = unreadOf(props.issues);
  const absent = (name: string) => <span class={unread.has(name) ? 'field-missing' : 'meta'}>{t(unread.has(name) ? 'notFound' : 'listing_noneShown')}</span>;
  const num = (n: number) => formatNumber(n, locale);
  const media = p.media;
  return (
    <section class="card listing-parts" data-testid="listing-parts">
      <h3>{t('listing_partsHeading')}</h3>
      <dl class="fields">
        <Part name="media" raw={media ? `${media.imageCount ?? ''}/${media.videoCount ?? 0}` : ''} label={t('listing_media')}>
          {media?.imageCount !== undefined ? t('listing_imagesCount', num(media.imageCount)) : absent('media')}
          {' · '}
          {media?.videoCount !== undefined ? t('listing_videosCount', num(media.videoCount)) : t('listing_noVideo')}
        </Part>
        <Part name="richContent" raw={p.richContent?.kinds.join(' ') ?? ''} label={t('listing_richContent')}>
          {p.richContent ? richText(p.richContent.kinds, p.richContent.imageCount, t, num) : absent('richContent')}
        </Part>
        <Part name="variations" raw={p.variations ? `${p.variations.dimensions.join('×')}/${p.variations.count ?? ''}` : ''} label={t('listing_variations')}>
          {p.variations ? (
            <>
              {p.variations.dimensions.join(' × ')}
              {p.variations.count !== undefined && ` · ${t('listing_variantsCount', num(p.variations.count))}`}
              {p.variations.selected && ` · ${t('listing_selected', p.variations.selected)}`}
            </>
          ) : (
            absent('variations')
          )}
        </Part>
        <Part name="questionCount" raw={p.questionCount ?? ''} label={t('listing_questions')}>
          {p.questionCount !== undefined ? num(p.questionCount) : absent('questionCount')}
        </Part>
        <Part name="delivery" raw={p.delivery?.fulfilledBy ?? ''} label={t('listing_delivery')}>
          {p.delivery ? deliveryText(p.delivery, t) : absent('delivery')}
        </Part>
      </dl>
      <h4>{t('listing_badges')}</h4>
      {p.badges ? (
        <ul class="chips" data-part="badges" data-part-value={String(p.badges.length)}>
          {p.badges.map((b, i) => (
            <li key={i} class="chip" data-badge={b.kind} title={b.text}>
              {t(BADGE_LABEL[b.kind])}
              {b.category && ` · ${b.category}`}
            </li>
          ))}
        </ul>
      ) : (
        <p data-part="badges" data-part-value="">{absent('badges')}</p>
      )}
      <h4>{t('listing_promotions')}</h4>
      {p.promotions ? (
        <ul class="promotions" data-part="promotions" data-part-value={String(p.promotions.length)}>
          {p.promotions.map((x, i) => (
            <li key={i} data-promotion={x.kind}>
              <strong>{t(PROMOTION_LABEL[x.kind])}</strong> {x.text}
              {endOf(x, props.readAt, locale, t)}
            </li>
          ))}
        </ul>
      ) : (
        <p data-part="promotions" data-part-value="">{absent('promotions')}</p>
      )}
    </section>
  );
}

type T = ReturnType<typeof useI18n>['t'];

function richText(kinds: readonly RichContentKind[], images: number | undefined, t: T, num: (n: number) => string): string {
  const names = kinds.map((k) => t(RICH_LABEL[k]));
  return images !== undefined ? `${names.join(', ')} · ${t('listing_imagesCount', num(images))}` : names.join(', ');
}

function deliveryText(d: NonNullable<Product['delivery']>, t: T): string {
  const parts = [d.promise, d.freeShipping ? t('listing_freeShipping') : undefined, d.fulfilledBy ? t(d.fulfilledBy === 'marketplace' ? 'listing_fulfilledMarketplace' : 'listing_fulfilledSeller') : undefined, d.prime ? 'Prime' : undefined];
  return parts.filter(Boolean).join(' · ');
}

/** "ends 26 Nov, 21:00" from an absolute end or readAt + the countdown; else the page's words. */
function endOf(x: Promotion, readAt: string, locale: string, t: T): string {
  const at = x.endsAt ?? (x.endsInSeconds !== undefined ? new Date(Date.parse(readAt) + x.endsInSeconds * 1000).toISOString() : undefined);
  if (at) return ` · ${t('listing_endsAt', formatDateTime(at, locale))}`;
  return x.endsText ? ` · ${x.endsText}` : '';
}

/**
 * One labelled listing part. `data-part`/`data-part-value` (not the core fields'
 * data-field) so the tests of the core fields keep their exact set.
 */
function Part(props: { name: string; raw: string | number; label: string; children: ComponentChildren }) {
  return (
    <div class="field" data-part={props.name} data-part-value={String(props.raw)}>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
