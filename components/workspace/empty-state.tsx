import { useI18n, type MessageKey } from '../i18n';
import { BLOCKED_MESSAGE, MARKETPLACE_NAME } from '../panel';
import type { PanelState } from '../panel-state';

/**
 * A tab with nothing to show for the current page still says why and what to do — never
 * a blank area: reading, not a marketplace page, blocked (the marketplace's own words),
 * an error, or a page this tab has nothing for (`why`).
 */
export function EmptyState(props: { state: PanelState; view: string; why: MessageKey; whyArg?: string }) {
  const { t } = useI18n();
  const s = props.state;
  const [heading, note]: [string, string] =
    s.kind === 'loading'
      ? [t('stateLoading'), t('wsEmptyReading')]
      : s.kind === 'no-marketplace'
        ? [t('stateNoMarketplace'), t('stateNoMarketplaceHint')]
        : s.kind === 'blocked'
          ? [t('blockedTitle'), t(BLOCKED_MESSAGE[s.read.marketplace][s.read.blockedReason ?? 'captcha'], t(MARKETPLACE_NAME[s.read.marketplace]))]
          : s.kind === 'error'
            ? [t('errorTitle'), t(s.message)]
            : [t('wsEmptyNothing'), t(props.why, props.whyArg)];
  return (
    <section class="status ws-empty" data-testid={`${props.view}-empty`} data-state={s.kind}>
      <h2>{heading}</h2>
      <p class="note">{note}</p>
    </section>
  );
}
