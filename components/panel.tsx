import type { ComponentChildren } from 'preact';
import type { BlockReason, Marketplace, PageKind, PageRead } from '../lib/schema';
import { formatDateTime } from './format';
import { ListingAudit } from './listing/listing-audit';
import { useI18n, type MessageKey } from './i18n';
import type { PanelState } from './panel-state';
import { ProductMissing, ProductView } from './product-view';
import { ReaderHealth } from './reader-health';
import { ReviewsView } from './reviews-view';
import { SearchView } from './search-view';

export const MARKETPLACE_NAME: Record<Marketplace, MessageKey> = {
  amazon: 'marketplaceAmazon',
  taobao: 'marketplaceTaobao',
  tmall: 'marketplaceTmall',
  jd: 'marketplaceJd',
};
export const KIND_NAME: Record<PageKind, MessageKey> = {
  product: 'kindProduct',
  search: 'kindSearch',
  reviews: 'kindReviews',
  blocked: 'kindBlocked',
  unsupported: 'kindUnsupported',
};
/**
 * What to do about a wall, per marketplace and reason, in the marketplace's own terms:
 * Taobao/Tmall put a slider (滑块验证) in front of pages and bounce to login.taobao.com;
 * JD sends you to a 快速验证 risk check or passport.jd.com. Each message names the
 * marketplace through its placeholder.
 */
export const BLOCKED_MESSAGE: Readonly<Record<Marketplace, Record<BlockReason, MessageKey>>> = {
  amazon: { captcha: 'blockedCaptcha', login: 'blockedLogin', 'risk-check': 'blockedRiskCheck' },
  taobao: { captcha: 'blockedSlider', login: 'blockedLoginReload', 'risk-check': 'blockedRiskCheck' },
  tmall: { captcha: 'blockedSlider', login: 'blockedLoginReload', 'risk-check': 'blockedRiskCheck' },
  jd: { captcha: 'blockedCaptcha', login: 'blockedLoginReload', 'risk-check': 'blockedJdRiskCheck' },
};

/** Cards from other models shown with a read: at the top, after the product, after search results. */
export interface PanelSlots {
  summary?: ComponentChildren;
  tracking?: ComponentChildren;
  bands?: ComponentChildren;
}

/**
 * The side panel's whole view for one state. Page text only ever reaches the DOM as JSX
 * text or attribute values, which Preact sets as text — never parsed as HTML.
 */
export function Panel(props: { state: PanelState; slots?: PanelSlots; /** false inside the workspace, whose header says the same above every tab. */ header?: boolean }) {
  const { state } = props;
  const read = state.kind === 'read' || state.kind === 'blocked' ? state.read : undefined;
  return (
    <main class="panel" data-testid="panel" data-state={state.kind} data-page-kind={read?.pageKind} aria-busy={state.kind === 'loading'}>
      {props.header !== false && <PanelHeader read={read} />}
      <PanelBody state={state} slots={props.slots} />
    </main>
  );
}

function PanelHeader(props: { read?: PageRead }) {
  const { t } = useI18n();
  const read = props.read;
  return (
    <header class="panel-header">
      <h1>{t('extName')}</h1>
      {read && (
        <div class="where">
          <span class={`badge badge-${read.marketplace}`} data-field="marketplace" data-value={read.marketplace} title={t('fieldMarketplace')}>
            {t(MARKETPLACE_NAME[read.marketplace])}
          </span>
          <span class="kind">{t(KIND_NAME[read.pageKind])}</span>
        </div>
      )}
    </header>
  );
}

function PanelBody(props: { state: PanelState; slots?: PanelSlots }) {
  const { t } = useI18n();
  const state = props.state;
  switch (state.kind) {
    case 'loading':
      return (
        <section class="status status-loading">
          <div class="spinner" aria-hidden="true" />
          <p>{t('stateLoading')}</p>
          {state.hint === 'no-content-script' && <p class="note">{t('stateLoadingHint')}</p>}
        </section>
      );
    case 'no-marketplace':
      return (
        <section class="status">
          <h2>{t('stateNoMarketplace')}</h2>
          <p class="note">{t('stateNoMarketplaceHint')}</p>
        </section>
      );
    case 'blocked': {
      const reason = state.read.blockedReason ?? 'captcha';
      return (
        <section class="status status-blocked" data-testid="blocked-reason" data-value={reason}>
          <h2>{t('blockedTitle')}</h2>
          <p>{t(BLOCKED_MESSAGE[state.read.marketplace][reason], t(MARKETPLACE_NAME[state.read.marketplace]))}</p>
        </section>
      );
    }
    case 'error':
      return (
        <section class="status status-error" role="alert">
          <h2>{t('errorTitle')}</h2>
          <p>{t(state.message)}</p>
          {state.detail && <p class="meta">{state.detail}</p>}
        </section>
      );
    case 'read':
      return <ReadView read={state.read} slots={props.slots} />;
  }
}

function ReadView(props: { read: PageRead; slots?: PanelSlots }) {
  const { t, locale } = useI18n();
  const read = props.read;
  const slots = props.slots ?? {};
  return (
    <div class="read">
      {slots.summary}
      {read.pageKind === 'unsupported' && (
        <section class="status">
          <p>{t('unsupportedPage', t(MARKETPLACE_NAME[read.marketplace]))}</p>
        </section>
      )}
      {read.product ? (
        <ProductView product={read.product} marketplace={read.marketplace} showMissing={read.pageKind === 'product'} />
      ) : (
        read.pageKind === 'product' && <ProductMissing marketplace={read.marketplace} />
      )}
      {read.product && slots.tracking}
      {read.product && read.pageKind === 'product' && <ListingAudit read={read} />}
      {read.pageKind === 'search' && <SearchView results={read.results ?? []} totalResults={read.totalResults} />}
      {read.pageKind === 'search' && slots.bands}
      {read.reviews && read.reviews.length > 0 && <ReviewsView reviews={read.reviews} />}
      {read.pageKind === 'reviews' && !read.reviews?.length && <ReviewsView reviews={[]} />}
      {read.pageKind !== 'unsupported' && <ReaderHealth issues={read.issues} />}
      <footer class="meta">{t('readAt', formatDateTime(read.readAt, locale))}</footer>
    </div>
  );
}
