import { browser } from 'wxt/browser';

/**
 * The toolbar badge that says "this tracked product changed since your last visit", per
 * tab: set when a read stores a new snapshot (capture.ts: a new visit whose state differs),
 * cleared when the panel shows that tab. Tab-specific, so other tabs keep the plain button;
 * no permission (the action's own API).
 */
export interface ChangeBadge {
  changed(tabId: number): void;
  seen(tabId: number): void;
  /** Feedback for "track this product" from the menu or the shortcut (no panel open to show it). */
  tracked(tabId: number): void;
  notTracked(tabId: number): void;
}

export function toolbarBadge(): ChangeBadge {
  // Chrome MV3 `action`; Firefox builds as MV2 (`browserAction`).
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  const warn = (err: unknown) => console.warn('[Listing Lens] badge:', err);
  return {
    changed(tabId) {
      if (!action) return;
      action.setBadgeBackgroundColor({ tabId, color: '#c62828' }).catch(warn);
      action.setBadgeText({ tabId, text: browser.i18n.getMessage('wsBadgeText') || '!' }).catch(warn);
      action.setTitle({ tabId, title: browser.i18n.getMessage('wsBadgeTitle') }).catch(warn);
    },
    tracked(tabId) {
      if (!action) return;
      action.setBadgeBackgroundColor({ tabId, color: '#1a7f37' }).catch(warn);
      action.setBadgeText({ tabId, text: '✓' }).catch(warn);
      action.setTitle({ tabId, title: browser.i18n.getMessage('wsBadgeTracked') }).catch(warn);
    },
    notTracked(tabId) {
      if (!action) return;
      action.setBadgeBackgroundColor({ tabId, color: '#9a6700' }).catch(warn);
      action.setBadgeText({ tabId, text: '?' }).catch(warn);
      action.setTitle({ tabId, title: browser.i18n.getMessage('wsBadgeNotTracked') }).catch(warn);
    },
    seen(tabId) {
      if (!action) return;
      action.setBadgeText({ tabId, text: '' }).catch(warn);
      action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') }).catch(warn);
    },
  };
}
