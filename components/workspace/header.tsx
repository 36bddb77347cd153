import type { ComponentChildren } from 'preact';
import { useI18n, type MessageKey } from '../i18n';
import { KIND_NAME, MARKETPLACE_NAME } from '../panel';
import type { PanelState } from '../panel-state';
import { pageLabel } from './page-label';
import { readHealth, type HealthLevel } from './read-health';

const HEALTH_TEXT: Record<HealthLevel, MessageKey> = {
  ok: 'wsHealthOk',
  partial: 'wsHealthPartial',
  degraded: 'wsHealthDegraded',
  blocked: 'wsHealthBlocked',
  unsupported: 'wsHealthUnsupported',
  reading: 'wsHealthReading',
  none: 'wsHealthNone',
  error: 'wsHealthError',
};

/**
 * Above every tab: which page the panel is about (title, search words or address), on
 * which marketplace and of what kind, and how healthy its read is — so a tab deep in the
 * Competitors view still says whose numbers it shows. A live region: a re-read or a tab
 * switch is announced. The marketplace badge carries the `marketplace` field of the test
 * contract (data-field/data-value) for every tab.
 */
export function WorkspaceHeader(props: { state: PanelState; /** The language switch and options link, top right (before the tabs in Tab order). */ tools?: ComponentChildren }) {
  const { t, locale } = useI18n();
  const state = props.state;
  const read = state.kind === 'read' || state.kind === 'blocked' ? state.read : undefined;
  const health = readHealth(state);
  const label = read ? pageLabel(read) : undefined;
  const healthText = t(HEALTH_TEXT[health.level], new Intl.NumberFormat(locale).format(health.issues));
  return (
    <header class="ws-header" data-testid="ws-header" data-health={health.level} data-issues={String(health.issues)}>
      <div class="ws-top">
        <h1>{t('extName')}</h1>
        {props.tools}
      </div>
      {read && label ? (
        <div class="ws-where">
          <span class={`badge badge-${read.marketplace}`} data-field="marketplace" data-value={read.marketplace} title={t('fieldMarketplace')}>
            {t(MARKETPLACE_NAME[read.marketplace])}
          </span>
          <span class="kind" data-testid="ws-kind" data-value={read.pageKind}>
            {t(KIND_NAME[read.pageKind])}
          </span>
          <span class="ws-page" data-testid="ws-page" data-kind={label.kind} title={read.url}>
            {label.kind === 'search' ? t('wsSearchFor', label.text) : label.text}
          </span>
        </div>
      ) : (
        <p class="ws-where ws-page meta" data-testid="ws-page" data-kind="none">
          {t(state.kind === 'no-marketplace' ? 'wsNoPage' : state.kind === 'error' ? 'wsNoPageError' : 'wsWaitingPage')}
        </p>
      )}
      <span class={`ws-health ws-health-${health.level}`} data-testid="ws-health" role="status" aria-live="polite">
        <span class="ws-dot" aria-hidden="true" />
        {healthText}
      </span>
    </header>
  );
}
