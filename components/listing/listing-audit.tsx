import { useMemo } from 'preact/hooks';
import { scoreListing } from '../../lib/analyses/listing';
import type { ListingScore, PageRead } from '../../lib/schema';
import { useI18n } from '../i18n';
import { ListingPartsView } from './listing-parts-view';
import { ListingScoreView } from './listing-score-view';

/**
 * The Page tab's listing audit for a product read: the listing parts as read, then the
 * score. The score runs isolated: if it throws, its card says so and the rest still shows.
 */
export function ListingAudit(props: { read: PageRead }) {
  const { t } = useI18n();
  const { read } = props;
  const result = useMemo((): { score: ListingScore } | { error: string } => {
    try {
      return { score: scoreListing(read) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  }, [read]);
  if (!read.product) return null;
  return (
    <>
      <ListingPartsView product={read.product} issues={read.issues} readAt={read.readAt} />
      {'score' in result ? (
        <ListingScoreView score={result.score} />
      ) : (
        <section class="card status-error" data-testid="listing-score-error">
          <h3>{t('listing_scoreHeading')}</h3>
          <p>{t('listing_scoreFailed')}</p>
          <p class="meta">{result.error}</p>
        </section>
      )}
    </>
  );
}
