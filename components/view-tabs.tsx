import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useI18n, type MessageKey } from './i18n';

// The workspace's order (issue #8): Page, Title, FABE, Reviews, Prices, Competitors — ids kept (workbench is "Title", history "Competitors").
export const VIEWS = ['page', 'workbench', 'fabe', 'reviews', 'prices', 'history'] as const;
export type View = (typeof VIEWS)[number];
const LABEL: Record<View, MessageKey> = { page: 'viewPage', workbench: 'wsViewTitle', fabe: 'viewFabe', reviews: 'rvView', prices: 'wsViewPrices', history: 'viewHistory' };

/**
 * The panel's views as an ARIA tab list: Tab reaches the selected tab, arrow keys,
 * Home and End move between tabs (and select them), as screen-reader users expect.
 * Views stay mounted (hidden when not selected) so a draft's textarea keeps its undo
 * history and the page view keeps its state; a view may render nothing until first shown.
 */
export function ViewTabs(props: { view: View; onSelect(view: View): void; children: Record<View, ComponentChildren> }) {
  const { t } = useI18n();
  const tabs = useRef<Partial<Record<View, HTMLButtonElement | null>>>({});
  const move = (to: View) => {
    props.onSelect(to);
    tabs.current[to]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = VIEWS.indexOf(props.view);
    const to =
      e.key === 'ArrowRight' ? VIEWS[(i + 1) % VIEWS.length]
      : e.key === 'ArrowLeft' ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length]
      : e.key === 'Home' ? VIEWS[0]
      : e.key === 'End' ? VIEWS[VIEWS.length - 1]
      : undefined;
    if (!to) return;
    e.preventDefault();
    move(to);
  };
  return (
    <div class="views">
      <div class="view-tabs" role="tablist" aria-label={t('viewTabsLabel')} onKeyDown={onKeyDown}>
        {VIEWS.map((v) => (
          <button
            key={v}
            ref={(el) => void (tabs.current[v] = el)}
            type="button"
            role="tab"
            id={`tab-${v}`}
            class="view-tab"
            data-testid={`tab-${v}`}
            aria-selected={props.view === v}
            aria-controls={`view-${v}`}
            tabIndex={props.view === v ? 0 : -1}
            onClick={() => props.onSelect(v)}
          >
            {t(LABEL[v])}
          </button>
        ))}
      </div>
      {VIEWS.map((v) => (
        <div key={v} role="tabpanel" id={`view-${v}`} aria-labelledby={`tab-${v}`} hidden={props.view !== v}>
          {props.children[v]}
        </div>
      ))}
    </div>
  );
}
