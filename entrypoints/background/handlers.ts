import { deleteDraft, saveDraft, storePageRead, type ListingLensDb } from '../../lib/db';
import { MessageRefused, type Handlers } from '../../lib/messaging';

/**
 * The background's answers, apart from browser wiring so tests drive them with a fake
 * IndexedDB. The tab id comes from the checked sender (lib/messaging), never the payload.
 */
export function backgroundHandlers(db: ListingLensDb, now: () => Date = () => new Date()): Handlers {
  return {
    async 'page-read'({ read }, sender) {
      if (sender.tabId === undefined) throw new MessageRefused('wrong-sender', 'No sender tab');
      // A content script reads its own document: a read of another site is not its to report.
      if (sender.url !== undefined && originOf(sender.url) !== originOf(read.url)) {
        throw new MessageRefused('wrong-sender', `Read of ${originOf(read.url)} sent from ${originOf(sender.url)}`);
      }
      const { snapshotId } = await storePageRead(db, sender.tabId, read, now());
      return { stored: true, snapshotId };
    },
    // Drafts come from the panel (the protocol admits only extension pages); the background
    // stamps the time so versions order by one clock.
    async 'draft-save'({ draft, checkpoint }) {
      const updatedAt = now().getTime();
      const { historyId } = await saveDraft(db, draft, { now: updatedAt, checkpoint });
      return { saved: true, updatedAt, historyId };
    },
    async 'draft-delete'({ id }) {
      return { deleted: await deleteDraft(db, id) };
    },
  };
}

function originOf(href: string): string {
  try {
    return new URL(href).origin;
  } catch {
    return 'invalid';
  }
}
