import {
  clearAllData,
  deleteDraft,
  deleteGroup,
  importData,
  isQuotaError,
  pruneSnapshots,
  requestPersistence,
  saveDraft,
  saveGroup,
  saveSettings,
  storePageRead,
  StoreRefused,
  trackProduct,
  untrackProduct,
  type ListingLensDb,
  type StorageLike,
} from '../../lib/db';
import { MessageRefused, type Handlers } from '../../lib/messaging';
import type { ChangeBadge } from './change-badge';
import { ImportUploads } from './import-uploads';

export interface BackgroundDeps {
  now?: () => Date;
  /** `navigator.storage` where it exists (tests pass a fake; absent in some contexts). */
  storage?: StorageLike;
  /** Ids for new groups (tests pass a counter). */
  newId?: () => string;
  /** The toolbar's "changed since your last visit" badge (change-badge.ts; tests pass a spy). */
  badge?: ChangeBadge;
}

/**
 * The background's answers, apart from browser wiring so tests drive them with a fake
 * IndexedDB. The tab id comes from the checked sender (lib/messaging), never the payload.
 * Every write is one transaction in lib/db; a refused write answers a named error —
 * `storage-full` when the disk or quota is full (nothing of that request was stored,
 * everything stored before is intact), `not-found`, `invalid-file`, `too-large`.
 */
export function backgroundHandlers(db: ListingLensDb, deps: BackgroundDeps | (() => Date) = {}): Handlers {
  const { now = () => new Date(), storage, newId, badge } = typeof deps === 'function' ? { now: deps } : deps;
  const ms = () => now().getTime();
  const uploads = new ImportUploads(ms);
  const handlers: Handlers = {
    async 'page-read'({ read }, sender) {
      if (sender.tabId === undefined) throw new MessageRefused('wrong-sender', 'No sender tab');
      // A content script reads its own document: a read of another site is not its to report.
      if (sender.url !== undefined && originOf(sender.url) !== originOf(read.url)) {
        throw new MessageRefused('wrong-sender', `Read of ${originOf(read.url)} sent from ${originOf(sender.url)}`);
      }
      const { snapshotId, snapshot } = await storePageRead(db, sender.tabId, read, now());
      // 'added': a tracked product's new visit differs from its last snapshot (lib/db/capture.ts).
      if (snapshot === 'added') badge?.changed(sender.tabId);
      return { stored: true, snapshotId };
    },
    // Drafts come from the panel (the protocol admits only extension pages); the background
    // stamps the time so versions order by one clock.
    async 'draft-save'({ draft, checkpoint }) {
      const updatedAt = ms();
      const { historyId } = await saveDraft(db, draft, { now: updatedAt, checkpoint });
      return { saved: true, updatedAt, historyId };
    },
    async 'draft-delete'({ id }) {
      return { deleted: await deleteDraft(db, id) };
    },
    async 'track-product'(req) {
      return trackProduct(db, req, { now: ms(), newId });
    },
    async 'untrack-product'(req) {
      return untrackProduct(db, req, { now: ms() });
    },
    async 'group-save'({ group }) {
      return { group: await saveGroup(db, group, { now: ms(), newId }) };
    },
    async 'group-delete'({ groupId }) {
      return deleteGroup(db, groupId, { now: ms() });
    },
    async 'settings-save'({ settings }) {
      return { settings: await saveSettings(db, settings, ms()) };
    },
    async 'import-data'({ text, part }) {
      const whole = part ? uploads.add(part, text) : { done: true as const, text };
      if (!whole.done) return whole;
      return { done: true, ...(await importData(db, whole.text, { now: ms() })) };
    },
    async 'prune-snapshots'({ before, keepPerProduct }) {
      return pruneSnapshots(db, { beforeMs: before === undefined ? undefined : Date.parse(before), keepPerProduct });
    },
    async 'product-seen'({ tabId }) {
      badge?.seen(tabId);
      return { cleared: badge !== undefined };
    },
    async 'clear-data'() {
      return { removed: await clearAllData(db) };
    },
    async 'request-persistence'() {
      return requestPersistence(storage);
    },
  };
  return Object.fromEntries(Object.entries(handlers).map(([type, handler]) => [type, named(handler as (...args: never[]) => unknown)])) as Handlers;
}

/** Turns the database layer's refusals into message errors the sender can name. */
function named<F extends (...args: never[]) => unknown>(handler: F): F {
  return (async (...args: Parameters<F>) => {
    try {
      return await handler(...args);
    } catch (err) {
      if (err instanceof StoreRefused) throw new MessageRefused(err.code, err.message);
      if (isQuotaError(err)) {
        throw new MessageRefused(
          'storage-full',
          'Storage is full (QuotaExceededError): nothing from this request was saved; what was stored before is intact. Free disk space, or prune old snapshots.',
        );
      }
      throw err;
    }
  }) as F;
}

function originOf(href: string): string {
  try {
    return new URL(href).origin;
  } catch {
    return 'invalid';
  }
}
