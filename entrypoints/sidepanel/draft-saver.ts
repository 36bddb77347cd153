import type { Signal } from '@preact/signals';
import type { SaveState } from '../../components/workbench/model';
import type { DraftRow } from '../../lib/db';
import type { ResponseOf, Result } from '../../lib/messaging';

export type SendDraft = (draft: DraftRow, checkpoint: boolean) => Promise<Result<ResponseOf<'draft-save'>>>;

export interface DraftSaver {
  /** The user changed the draft: show it at once, save it after a pause. */
  edit(next: DraftRow): void;
  /** Saves now what is pending (a checkpoint: also an unchanged, stored draft). */
  save(checkpoint: boolean): Promise<void>;
  /** Shows another draft; nothing pending of the previous one is kept. */
  load(row: DraftRow, stored: boolean): void;
  /** Forgets pending changes (the draft is being deleted). */
  discard(): void;
  /** Resolves when every save asked for so far has been answered. */
  idle(): Promise<void>;
  readonly dirty: boolean;
}

/**
 * Saving a draft: a moment after typing pauses, one at a time and in order (a slow
 * answer never lets an older text overwrite a newer one), through the background. A
 * failed save keeps the text and is retried with the next edit or checkpoint.
 */
export function createDraftSaver(
  state: { draft: Signal<DraftRow>; persisted: Signal<boolean>; saveState: Signal<SaveState> },
  send: SendDraft,
  delayMs: number,
): DraftSaver {
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();
  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  function save(checkpoint: boolean): Promise<void> {
    stopTimer();
    // A checkpoint of an unchanged, stored draft still counts: it may be the version the
    // history's throttle held back. A new draft nobody typed into is not stored at all.
    if (!dirty && !(checkpoint && state.persisted.peek())) return queue;
    dirty = false;
    const snapshot = state.draft.peek();
    state.saveState.value = { kind: 'saving' };
    queue = queue.then(async () => {
      let res: Result<ResponseOf<'draft-save'>>;
      try {
        res = await send(snapshot, checkpoint);
      } catch (err) {
        res = { ok: false, error: { code: 'no-receiver', message: String(err).slice(0, 300) } };
      }
      if (state.draft.peek().id !== snapshot.id) return; // another draft is open now
      if (!res.ok) {
        dirty = true;
        state.saveState.value = { kind: 'error', detail: res.error.message };
        return;
      }
      state.persisted.value = true;
      if (!dirty) state.saveState.value = { kind: 'saved', at: res.data.updatedAt };
    });
    return queue;
  }

  return {
    edit(next) {
      state.draft.value = next;
      dirty = true;
      stopTimer();
      timer = setTimeout(() => void save(false), delayMs);
    },
    save,
    load(row, stored) {
      stopTimer();
      dirty = false;
      state.draft.value = row;
      state.persisted.value = stored;
      state.saveState.value = stored ? { kind: 'saved', at: row.updatedAt } : { kind: 'new' };
    },
    discard() {
      stopTimer();
      dirty = false;
    },
    idle: () => queue,
    get dirty() {
      return dirty;
    },
  };
}
