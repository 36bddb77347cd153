import type { ReviewAnalysis } from '../../lib/schema';
import { fileBase } from '../fabe/fabe-view';
import { formatNumber } from '../format';
import { useI18n } from '../i18n';
import { MARKETPLACE_NAME } from '../panel';
import { reviewsCsv, reviewsMarkdown } from './exports';
import type { ReviewsModel, ReviewsState } from './model';
import { ReturnReasons } from './return-reasons';
import { StarChart } from './star-chart';
import { ThemeTrendsSection } from './theme-trends';
import { ThemeList, type QuoteContext } from './theme-list';

type Analysed = Extract<ReviewsState, { kind: 'analysed' }>;

/**
 * The Reviews view: what the buyers on the shown page praise and complain about. The
 * root's data-state names the case: no-read, no-reviews, error, small-sample (fewer
 * reviews than firm themes need: said first, themes shown as mentions) or analysed.
 * Review text only reaches the DOM as JSX text (Preact sets it as text, never as HTML).
 */
export function ReviewAnalysisView(props: { model: ReviewsModel }) {
  const { t } = useI18n();
  const state = props.model.state.value;
  if (state.kind === 'no-read') {
    return (
      <div class="rv" data-testid="reviews" data-state="no-read">
        <section class="status">
          <h2>{t('rvNoReadTitle')}</h2>
          <p class="note">{t('rvNoRead')}</p>
        </section>
      </div>
    );
  }
  if (state.kind === 'no-reviews') {
    return (
      <div class="rv" data-testid="reviews" data-state="no-reviews" data-page-kind={state.pageKind}>
        <section class="status">
          <h2>{t('rvNoReviewsTitle')}</h2>
          <p class="note">{t('rvNoReviewsHelp')}</p>
        </section>
      </div>
    );
  }
  const a = state.analysis;
  if (!a.ok) {
    return (
      <div class="rv" data-testid="reviews" data-state="error">
        <p class="alert" role="alert" data-testid="reviews-error">
          {t('rvFailed', a.error)}
        </p>
      </div>
    );
  }
  return <Analysis state={state} analysis={a.value} model={props.model} />;
}

function Analysis(props: { state: Analysed; analysis: ReviewAnalysis; model: ReviewsModel }) {
  const { t, locale } = useI18n();
  const { state, analysis: a } = props;
  const ctx: QuoteContext = { marketplace: state.marketplace, url: state.url, reviews: state.reviews };
  return (
    <div
      class="rv"
      data-testid="reviews"
      data-state={a.smallSample ? 'small-sample' : 'analysed'}
      data-review-count={String(a.reviewCount)}
      data-product-id={state.productId}
      data-marketplace={state.marketplace}
    >
      <header class="card rv-head">
        <span class={`badge badge-${state.marketplace}`}>{t(MARKETPLACE_NAME[state.marketplace])}</span>
        {state.title && (
          <span class="rv-title" title={state.title}>
            {state.title}
          </span>
        )}
        <p data-testid="review-sample" data-value={String(a.reviewCount)} data-small={String(a.smallSample)}>
          <strong>{t('rvSample', formatNumber(a.reviewCount, locale))}</strong>
          {a.languages.length > 0 && <span class="meta"> · {t('rvLanguages', a.languages.join(', '))}</span>}
        </p>
        {a.smallSample && (
          <div class="rv-small" role="note" data-testid="review-small-sample">
            <strong>{t('rvSmallSampleTitle')}</strong> {t('rvSmallSampleNote', formatNumber(a.reviewCount, locale))}
          </div>
        )}
      </header>
      {a.stars && (
        <section class="card" aria-labelledby="rv-stars-heading">
          <h2 id="rv-stars-heading">{t('rvStarsHeading')}</h2>
          <StarChart stars={a.stars} />
        </section>
      )}
      <section class="card" data-testid="review-themes" aria-labelledby="rv-themes-heading">
        <h2 id="rv-themes-heading">{t(a.smallSample ? 'rvMentionsHeading' : 'rvThemesHeading')}</h2>
        <ThemeList analysis={a} ctx={ctx} />
      </section>
      <section class="card" data-testid="review-returns" aria-labelledby="rv-returns-heading">
        <h2 id="rv-returns-heading">{t('rvReturnsHeading')}</h2>
        <ReturnReasons analysis={a} ctx={ctx} />
      </section>
      {a.pageTags && a.pageTags.length > 0 && (
        <section class="card" data-testid="review-page-tags">
          <h2>{t('rvPageTags')}</h2>
          <ul class="chips">
            {a.pageTags.map((tag, i) => (
              <li key={i} class={`chip${tag.negative ? ' chip-negative' : ''}`}>
                {tag.text}
                {tag.count !== undefined && <span class="count"> {formatNumber(tag.count, locale)}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {props.model.trends?.value && <ThemeTrendsSection state={props.model.trends.value} />}
      <ExportBar state={state} analysis={a} model={props.model} />
    </div>
  );
}

/**
 * Copy or download as Markdown or CSV, built on the click. The downloaded CSV starts with
 * a byte order mark (a spreadsheet then reads it as UTF-8); the copied one does not.
 */
function ExportBar(props: { state: Analysed; analysis: ReviewAnalysis; model: ReviewsModel }) {
  const { t, locale } = useI18n();
  const { state, analysis, model } = props;
  const ctx = { ...(state.productId ? { productId: state.productId } : {}), ...(state.title ? { title: state.title } : {}) };
  const name = fileBase('reviews', state.marketplace, state.productId ?? 'page');
  const md = () => reviewsMarkdown(analysis, ctx, t, locale);
  const csv = (bom: boolean) => reviewsCsv(analysis, ctx, { bom });
  const s = model.exportState.value;
  const status = s.kind === 'copied' ? t('rvCopied') : s.kind === 'downloaded' ? t('rvDownloaded', s.fileName) : s.kind === 'failed' ? t('rvExportFailed', s.detail) : '';
  return (
    <section class="card">
      <div class="rv-export row" role="group" aria-label={t('rvExport')} data-testid="review-export">
        <span class="meta">{t('rvExport')}</span>
        <button type="button" data-testid="review-copy-md" onClick={() => void model.copy('md', md())}>
          {t('rvCopyMarkdown')}
        </button>
        <button type="button" data-testid="review-copy-csv" onClick={() => void model.copy('csv', csv(false))}>
          {t('rvCopyCsv')}
        </button>
        <button type="button" data-testid="review-download-md" onClick={() => model.download('md', `${name}.md`, md(), 'text/markdown;charset=utf-8')}>
          {t('rvDownloadMarkdown')}
        </button>
        <button type="button" data-testid="review-download-csv" onClick={() => model.download('csv', `${name}.csv`, csv(true), 'text/csv;charset=utf-8')}>
          {t('rvDownloadCsv')}
        </button>
      </div>
      <p class={`rv-export-status ${s.kind === 'failed' ? 'bad' : 'ok'}`} role="status" data-testid="review-export-status" data-value={s.kind} data-what={s.kind === 'idle' ? undefined : s.what}>
        {status}
      </p>
    </section>
  );
}
