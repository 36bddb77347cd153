import type { ReviewTag } from '../lib/schema';
import { formatNumber } from './format';
import { useI18n } from './i18n';

export const FIRST_TAGS = 12;

/** Review tags with their counts (`质量很好 128`); the ones the page marks as critical stand out. */
export function ReviewTagsView(props: { tags: readonly ReviewTag[] }) {
  const { t, locale } = useI18n();
  const shown = props.tags.slice(0, FIRST_TAGS);
  return (
    <div class="review-tags" data-field="reviewTags" data-value={String(props.tags.length)}>
      <h3>{t('sectionReviewTags')}</h3>
      <ul class="chips">
        {shown.map((tag, i) => (
          <li key={i} class={`chip${tag.negative ? ' chip-negative' : ''}`} data-negative={tag.negative ? 'true' : undefined}>
            {tag.text}
            {tag.count !== undefined && <span class="count"> {formatNumber(tag.count, locale)}</span>}
          </li>
        ))}
        {props.tags.length > shown.length && <li class="chip chip-more">{t('moreCount', formatNumber(props.tags.length - shown.length, locale))}</li>}
      </ul>
    </div>
  );
}
