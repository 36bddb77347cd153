import { browser } from 'wxt/browser';
import type { ListingLensDb } from '../../lib/db';
import type { ChangeBadge } from './change-badge';
import { trackTabProduct } from './quick-track';

/** Ids of the context-menu items and the named command (wxt.config.ts declares the command). */
export const MENU_OPEN = 'open-panel';
export const MENU_TRACK = 'track-product';
export const COMMAND_TRACK = 'track-product';

/**
 * The context-menu items (on marketplace pages only: documentUrlPatterns are the
 * manifest's own host permissions) to open the panel and to track the page's product, and
 * the keyboard command to track it (opening the panel is the action's own shortcut,
 * `_execute_action`). Opening the panel must happen inside the click's user gesture, so
 * sidePanel.open is called before anything is awaited.
 */
export function wireShortcuts(db: ListingLensDb, badge: ChangeBadge, warn: (what: string) => (err: unknown) => void): void {
  const firefox = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
  browser.runtime.onInstalled.addListener(() => {
    const documentUrlPatterns = browser.runtime.getManifest().host_permissions ?? [];
    void browser.contextMenus
      .removeAll()
      .then(() => {
        browser.contextMenus.create({ id: MENU_OPEN, title: browser.i18n.getMessage('wsMenuOpen'), contexts: ['page'], documentUrlPatterns });
        browser.contextMenus.create({ id: MENU_TRACK, title: browser.i18n.getMessage('wsMenuTrack'), contexts: ['page'], documentUrlPatterns });
      })
      .catch(warn('creating the context menu'));
  });

  const track = (tabId: number) =>
    trackTabProduct(db, tabId, Date.now())
      .then((r) => (r.tracked ? badge.tracked(tabId) : badge.notTracked(tabId)))
      .catch(warn('tracking from the menu or shortcut'));

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined || tabId < 0) return;
    if (info.menuItemId === MENU_OPEN) {
      const opening = import.meta.env.FIREFOX ? firefox.sidebarAction?.open() : browser.sidePanel.open({ tabId });
      void opening?.catch(warn('opening the panel from the menu'));
    } else if (info.menuItemId === MENU_TRACK) void track(tabId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_TRACK && tab?.id !== undefined && tab.id >= 0) void track(tab.id);
  });
}
