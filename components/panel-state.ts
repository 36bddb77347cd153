import type { PageRead } from '../lib/schema';
import type { MessageKey } from './i18n';

/** What the panel shows; each kind is the root's `data-state`. */
export type PanelState =
  | { kind: 'loading'; hint?: 'no-content-script' }
  | { kind: 'no-marketplace' }
  | { kind: 'blocked'; read: PageRead }
  | { kind: 'read'; read: PageRead }
  | { kind: 'error'; message: ErrorKey; detail?: string };

export type ErrorKey = Extract<MessageKey, `error${string}`>;

export interface PanelInputs {
  /** The tab shown; undefined while it is being looked up. `url` is present only on hosts we read. */
  tab?: { id: number; url?: string };
  /** True when the tab's URL is one our content scripts run on. */
  expectsRead: boolean;
  /** The tab's stored read: undefined while loading, null when there is none. */
  read?: PageRead | null;
  /** The content script did not answer a read request. */
  contentScriptMissing?: boolean;
  failure?: { message: ErrorKey; detail?: string };
}

/**
 * The panel's state from what it knows. A stored read counts only when it is of the page
 * the tab shows now: after a navigation the old read stays in the database until the new
 * one arrives, and showing it meanwhile would show the previous page's values.
 */
export function derivePanelState(input: PanelInputs): PanelState {
  if (input.failure) return { kind: 'error', ...input.failure };
  if (!input.tab) return { kind: 'loading' };
  if (!input.expectsRead) return { kind: 'no-marketplace' };
  const read = input.read;
  if (read === undefined) return { kind: 'loading' };
  if (read === null || !samePage(read.url, input.tab.url)) {
    return input.contentScriptMissing ? { kind: 'loading', hint: 'no-content-script' } : { kind: 'loading' };
  }
  return read.pageKind === 'blocked' ? { kind: 'blocked', read } : { kind: 'read', read };
}

/** Same document: the fragment aside (a `#reviews` jump is not a new page). */
export function samePage(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const strip = (href: string) => {
    try {
      const u = new URL(href);
      u.hash = '';
      return u.href.slice(0, 4000); // reads keep at most 4000 characters of the URL
    } catch {
      return href;
    }
  };
  return strip(a) === strip(b);
}
