import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { labelIn } from '../reviews/exports';
import type { FabeReviewFeeds } from './model';

/** Quotes shown per praised theme here; the Reviews view has the rest. */
const QUOTES = 2;

/**
 * What the reviews on this page say about the table's claims (lib/analyses/reviews
 * feeds.ts): themes buyers praise, with quotes to cite as evidence, and complaints about
 * a theme a chain claims, flagged with that chain's theme. With a small sample the
 * section says so, as the Reviews view does. Review text is JSX text only.
 */
export function ReviewFeeds(props: { feeds: FabeReviewFeeds }) {
  const { t, locale } = useI18n();
  const { feeds } = props;
  const count = formatNumber(feeds.reviewCount, locale);
  const name = (x: { aspect?: string; phrase?: string; label: { en: string; zh: string } }) => (x.phrase && !x.aspect ? `“${x.phrase}”` : labelIn(x.label, locale));
  return (
    <div class="rv-fabe-feeds">
      {feeds.smallSample && (
        <p class="note" data-testid="fabe-reviews-small">
          {t('rvSmallSampleNote', count)}
        </p>
      )}
      {feeds.praise.length === 0 && feeds.contradictions.length === 0 && <p class="note">{t('rvFabeNone')}</p>}
      {feeds.contradictions.length > 0 && (
        <>
          <h3>{t('rvFabeContradictions')}</h3>
          <ul>
            {feeds.contradictions.map((c) => (
              <li key={`${c.chainId}|${c.complaint.aspect ?? c.complaint.phrase}`} class="alert" data-testid="fabe-review-contradiction" data-chain-id={c.chainId} data-aspect={c.complaint.aspect} data-count={String(c.complaint.mentions)}>
                {t('rvFabeContradiction', [c.theme, formatNumber(c.complaint.mentions, locale), name(c.complaint)])}
                {c.evidence[0] && <blockquote class="rv-quote-text">{c.evidence[0].text}</blockquote>}
              </li>
            ))}
          </ul>
        </>
      )}
      {feeds.praise.length > 0 && (
        <>
          <h3>{t('rvFabePraise')}</h3>
          <ul>
            {feeds.praise.map((p) => (
              <li key={p.aspect ?? p.phrase} data-testid="fabe-review-praise" data-aspect={p.aspect} data-phrase={p.phrase} data-count={String(p.mentions)}>
                <strong>{name(p)}</strong> <span class="meta">{t('rvMentionCount', [formatNumber(p.mentions, locale), count])}</span>
                {p.evidence.slice(0, QUOTES).map((e, i) => (
                  <blockquote key={i} class="rv-quote-text">
                    {e.text}
                  </blockquote>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
