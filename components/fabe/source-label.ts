import type { FabePart, StatementSource } from '../../lib/schema';
import type { MessageKey, Translate } from '../i18n';

export const PART_LABEL: Record<FabePart, MessageKey> = {
  F: 'fabePartF',
  A: 'fabePartA',
  B: 'fabePartB',
  E: 'fabePartE',
  none: 'fabePartNone',
};

/**
 * Where a statement came from, as the user would find it on the page: "Bullet 3",
 * "Spec “Material”", "Review · 2024-03-05 · 2★", "Description ¶2". Indexes in the
 * source are 0-based; people count from 1.
 */
export function sourceLabel(source: StatementSource, t: Translate): string {
  const n = source.index === undefined ? undefined : String(source.index + 1);
  switch (source.origin) {
    case 'title':
      return t('fabeSourceTitle');
    case 'bullet':
      return n ? t('fabeSourceBullet', n) : t('fabeSourceBullets');
    case 'description':
      return n ? t('fabeSourceDescriptionPart', n) : t('fabeSourceDescription');
    case 'spec':
      return source.specName ? t('fabeSourceSpec', source.specName) : t('fabeSourceSpecs');
    case 'review':
      return [
        t('fabeSourceReview'),
        source.reviewDate,
        source.reviewRating === undefined ? undefined : `${source.reviewRating}★`,
      ]
        .filter((x) => x !== undefined && x !== '')
        .join(' · ');
  }
}
