import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveState } from '../../components/workbench/model';
import { blankDraft } from '../../entrypoints/sidepanel/draft-rows';
import { createDraftSaver, type SendDraft } from '../../entrypoints/sidepanel/draft-saver';
import type { DraftRow } from '../../lib/db';

function setup(send: SendDraft) {
  const state = { draft: signal<DraftRow>(blankDraft('d1', 'amazon')), persisted: signal(false), saveState: signal<SaveState>({ kind: 'new' }) };
  return { state, saver: createDraftSaver(state, send, 500) };
}
const ok = (updatedAt = 1) => ({ ok: true as const, data: { saved: true as const, updatedAt } });
const titled = (title: string): DraftRow => ({ ...blankDraft('d1', 'amazon'), title });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createDraftSaver', () => {
  it('saves once, a pause after the last edit, with the newest text', async () => {
    const send = vi.fn<SendDraft>(async () => ok());
    const { saver, state } = setup(send);
    saver.edit(titled('G'));
    await vi.advanceTimersByTimeAsync(300);
    saver.edit(titled('Ga'));
    await vi.advanceTimersByTimeAsync(499);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await saver.idle();
    expect(send.mock.calls.map(([d, cp]) => [d.title, cp])).toEqual([['Ga', false]]);
    expect([state.persisted.value, state.saveState.value]).toEqual([true, { kind: 'saved', at: 1 }]);
  });

  it('sends one save at a time, in order, so a slow answer cannot put an older text last', async () => {
    const answers: Array<() => void> = [];
    const order: string[] = [];
    const send = vi.fn<SendDraft>((d) => new Promise((resolve) => answers.push(() => (order.push(d.title), resolve(ok())))));
    const { saver } = setup(send);
    saver.edit(titled('one'));
    void saver.save(false);
    saver.edit(titled('two'));
    void saver.save(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1); // the second waits for the first's answer
    answers.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
    answers.shift()!();
    await saver.idle();
    expect(order).toEqual(['one', 'two']);
  });

  it('keeps a failed save pending: the state says why, the next checkpoint sends it again', async () => {
    const send = vi.fn<SendDraft>(async () => ({ ok: false as const, error: { code: 'handler-failed' as const, message: 'QuotaExceededError' } }));
    const { saver, state } = setup(send);
    saver.edit(titled('kept'));
    await saver.save(false);
    expect(state.saveState.value).toEqual({ kind: 'error', detail: 'QuotaExceededError' });
    expect(saver.dirty).toBe(true);
    send.mockResolvedValueOnce(ok(7));
    await saver.save(true);
    expect(send.mock.calls.at(-1)![0].title).toBe('kept');
    expect(state.saveState.value).toEqual({ kind: 'saved', at: 7 });
  });

  it('survives a send that throws instead of answering', async () => {
    const send = vi.fn<SendDraft>(async () => {
      throw new Error('Extension context invalidated.');
    });
    const { saver, state } = setup(send);
    saver.edit(titled('x'));
    await saver.save(false);
    expect(state.saveState.value).toMatchObject({ kind: 'error', detail: expect.stringContaining('Extension context invalidated') });
    send.mockResolvedValueOnce(ok());
    await saver.save(false);
    expect(state.saveState.value.kind).toBe('saved');
  });

  it('stores nothing for a new draft nobody typed into, even at a checkpoint; an unchanged stored one is re-sent as a checkpoint', async () => {
    const send = vi.fn<SendDraft>(async () => ok());
    const { saver } = setup(send);
    await saver.save(true);
    expect(send).not.toHaveBeenCalled();
    saver.load(titled('stored'), true);
    await saver.save(false);
    expect(send).not.toHaveBeenCalled();
    await saver.save(true);
    expect(send.mock.calls.map(([d, cp]) => [d.title, cp])).toEqual([['stored', true]]);
  });

  it('ignores an answer for a draft that is no longer open', async () => {
    let answer: (() => void) | undefined;
    const send = vi.fn<SendDraft>(() => new Promise((resolve) => (answer = () => resolve(ok(9)))));
    const { saver, state } = setup(send);
    saver.edit(titled('old'));
    void saver.save(false);
    await vi.advanceTimersByTimeAsync(0);
    saver.load({ ...blankDraft('d2', 'jd') }, false);
    answer!();
    await saver.idle();
    expect([state.draft.value.id, state.persisted.value, state.saveState.value.kind]).toEqual(['d2', false, 'new']);
  });
});
