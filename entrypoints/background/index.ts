import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ListingLensDb, pruneTabReads, removeTabRead, removeTabReadsBefore } from '../../lib/db';
import { listen } from '../../lib/messaging';
import { toolbarBadge } from './change-badge';
import { backgroundHandlers } from './handlers';
import { wireShortcuts } from './shortcuts';
import { openPanelFromToolbar } from './panel-opening';

/**
 * The only writer of the database. Everything it knows lives there: the service worker may
 * be stopped at any moment and the panel may be closed when a page is read.
 */
export default defineBackground(() => {
  const startedAt = Date.now();
  const db = new ListingLensDb();
  const warn = (what: string) => (err: unknown) => console.warn(`[Listing Lens] ${what}:`, err);

  openPanelFromToolbar();
  // navigator.storage: estimate() here; persist() only where the context is a window (lib/db/storage.ts).
  const badge = toolbarBadge();
  listen(backgroundHandlers(db, { storage: globalThis.navigator?.storage, badge }));
  wireShortcuts(db, badge, warn);

  browser.tabs.onRemoved.addListener((tabId) => {
    removeTabRead(db, tabId).catch(warn('removing a closed tab’s read'));
  });
  // A new browser session numbers tabs afresh: last session's rows would match wrong tabs.
  browser.runtime.onStartup.addListener(() => {
    removeTabReadsBefore(db, startedAt).catch(warn('clearing last session’s reads'));
  });
  // Tabs closed while the worker was stopped never reached onRemoved.
  browser.tabs
    .query({})
    .then((tabs) => pruneTabReads(db, tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])), startedAt))
    .catch(warn('pruning reads of closed tabs'));
});
