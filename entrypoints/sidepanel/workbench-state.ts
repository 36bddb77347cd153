import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { competitorCandidates, minedTitles } from '../../components/workbench/candidates';
import { keywordKey } from '../../components/workbench/keyword-text';
import {
  analyse,
  slotText,
  withSlotText,
  type Analysis,
  type CopyState,
  type CopyWhat,
  type SaveState,
  type ScoredTitle,
  type SlotKey,
  type Workbench,
} from '../../components/workbench/model';
import * as titleAnalyses from '../../lib/analyses/title';
import { DraftRowSchema, type DraftRow, type ListingLensDb } from '../../lib/db';
import type { ResponseOf, Result } from '../../lib/messaging';
import type { Marketplace, PageRead, TitleField, TitleScore } from '../../lib/schema';
import { createAbCompare } from './ab-state';
import { blankDraft, draftFromProduct } from './draft-rows';
import { createDraftSaver, type SendDraft } from './draft-saver';
import { idleScheduler, memoScorer } from './title-scorer';
import { watchDraftSources } from './workbench-sources';

export interface WorkbenchDeps {
  /** Read only: the background writes (through `save` / `remove`). */
  db: ListingLensDb;
  /** The shown tab's read, when there is one. */
  read: ReadonlySignal<PageRead | undefined>;
  save: SendDraft;
  remove(id: string): Promise<Result<ResponseOf<'draft-delete'>>>;
  copy(text: string): Promise<void>;
  newId?: () => string;
  /** Pause in typing after which the draft is saved (the history is throttled separately). */
  saveDelayMs?: number;
  /** How long "Copied" stays visible. */
  copyShownMs?: number;
  /** The title analyses (tests pass fakes with known spans; the panel uses lib/analyses/title). */
  analyses?: TitleAnalyses;
  /** Runs `fn` when the browser is idle; returns a cancel function (default: requestIdleCallback). */
  whenIdle?: (fn: () => void) => () => void;
}

export type TitleAnalyses = Pick<typeof titleAnalyses, 'scoreTitle' | 'keywordCoverage' | 'suggestKeywords'>;

export interface WorkbenchModel extends Workbench {
  start(): void;
  /** Saves what is pending now and stops listening. */
  stop(): void;
  /** Resolves when every save asked for so far has been answered. */
  flush(): Promise<void>;
}

export const SAVE_DELAY_MS = 600;
const MAX_KEYWORDS = 500;

const FIELD_OF: Record<string, TitleField> = { title: 'title', searchTerms: 'searchTerms', shortTitle: 'shortTitle' };
const fieldOf = (key: SlotKey): TitleField => FIELD_OF[key] ?? 'bullet';

/**
 * The copywriter's workbench: the draft being edited lives in a signal (typing never
 * waits for the database); every slot's score is a computed signal of that slot's text,
 * so a keystroke in one bullet rescores that bullet only. The draft is saved through the
 * background a moment after typing pauses; the draft list, history and competitors come
 * from Dexie through liveQuery.
 */
export function createWorkbench(deps: WorkbenchDeps): WorkbenchModel {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const { scoreTitle, keywordCoverage, suggestKeywords } = deps.analyses ?? titleAnalyses;
  const draft = signal<DraftRow>(blankDraft(newId(), deps.read.peek()?.marketplace ?? 'amazon'));
  const persisted = signal(false);
  const saveState = signal<SaveState>({ kind: 'new' });
  const copyState = signal<CopyState>({ kind: 'idle' });

  const draftId = computed(() => draft.value.id);
  const marketplace = computed(() => draft.value.marketplace);
  const keywords = computed(() => draft.value.keywords);
  const brand = computed(() => draft.value.brand?.trim() || undefined);
  const ownProductId = computed(() => draft.value.productId);

  const sources = watchDraftSources(deps.db, { draftId, marketplace });

  const texts = new Map<SlotKey, ReadonlySignal<string>>();
  const text = (key: SlotKey) => cached(texts, key, () => computed(() => slotText(draft.value, key)));
  const scores = new Map<SlotKey, ReadonlySignal<Analysis<TitleScore>>>();
  const score = (key: SlotKey) =>
    cached(scores, key, () =>
      computed(() => {
        const t = text(key).value;
        const context = { marketplace: marketplace.value, field: fieldOf(key), brand: brand.value, keywords: keywords.value };
        return analyse(() => scoreTitle(t, context));
      }),
    );

  const coverage = computed(() => {
    const scored = score('title').value;
    if (scored.ok && scored.value.keywords) return { ok: true as const, value: scored.value.keywords };
    const t = text('title').value;
    const options = { marketplace: marketplace.value, brand: brand.value };
    return analyse(() => keywordCoverage(t, keywords.value, options));
  });

  const inputs = computed(() => ({
    marketplace: marketplace.value,
    ownProductId: ownProductId.value,
    shown: deps.read.value,
    searches: sources.searches.value,
    seen: sources.seen.value,
  }));
  // Competitors' scores depend on the keywords and marketplace, never on the draft's text.
  const scoreOther = memoScorer(scoreTitle, () => ({ marketplace: marketplace.value, keywords: keywords.value }));
  const competitors = computed(() => competitorCandidates(inputs.value).map((c) => scoreOther(c, c.source)));
  const livePage = computed((): ScoredTitle | undefined => {
    const read = deps.read.value;
    const p = read?.product;
    if (!read || !p?.title || read.marketplace !== marketplace.value) return undefined;
    return scoreOther({ id: p.id, title: p.title, brand: p.brand }, 'page');
  });
  const mined = computed(() => minedTitles(inputs.value));
  // Suggestions mine every competitor title again (milliseconds, not the microseconds a
  // score takes), so they follow the title when the browser is idle — between keystrokes,
  // never inside one. The score itself is never deferred.
  const settledTitle = signal(draft.peek().title);
  const whenIdle = deps.whenIdle ?? idleScheduler;
  let cancelIdle = () => {};
  const stopSettling = effect(() => {
    const t = text('title').value;
    cancelIdle();
    cancelIdle = whenIdle(() => (settledTitle.value = t));
  });
  const suggestions = computed(() => {
    const t = settledTitle.value;
    const have = new Set(keywords.value.map(keywordKey));
    const options = { marketplace: marketplace.value, limit: 20 };
    return analyse(() => suggestKeywords(t, mined.value, options).filter((s) => !have.has(keywordKey(s.term))).slice(0, 12));
  });
  const pageProduct = computed(() => {
    const read = deps.read.value;
    const title = read?.pageKind === 'product' ? read.product?.title : undefined;
    return read && title ? { marketplace: read.marketplace, title } : undefined;
  });

  // --- saving -------------------------------------------------------------------------
  const saver = createDraftSaver({ draft, persisted, saveState }, deps.save, deps.saveDelayMs ?? SAVE_DELAY_MS);
  /** Set by any user action: the newest stored draft is then not opened over it. */
  let touched = false;
  const edit = (next: DraftRow) => {
    touched = true;
    saver.edit(next);
  };
  const save = saver.save;
  const load = saver.load;

  async function openStored(id: string): Promise<boolean> {
    const parsed = DraftRowSchema.safeParse(await deps.db.drafts.get(id));
    if (!parsed.success) return false;
    load(parsed.data, true);
    return true;
  }

  const cleanups: Array<() => void> = [];
  let copyTimer: ReturnType<typeof setTimeout> | undefined;
  // A/B drafts: "Use A/B" opens a draft through the same action as the draft menu.
  const compare = createAbCompare({
    db: deps.db,
    draft,
    persisted,
    competitorTitles: mined,
    analyses: { scoreTitle, keywordCoverage, suggestKeywords },
    openDraft: (id) => model.openDraft(id),
  });

  const model: WorkbenchModel = {
    draft,
    persisted,
    drafts: sources.drafts,
    history: sources.history,
    text,
    score,
    coverage,
    livePage,
    competitors,
    suggestions,
    pageProduct,
    saveState,
    copyState,
    compare,

    setText: (key, value) => edit(withSlotText(draft.peek(), key, value)),
    setName: (name) => edit({ ...draft.peek(), name: name.slice(0, 200) }),
    setBrand: (value) => {
      const b = value.slice(0, 200);
      edit({ ...draft.peek(), brand: b.trim() ? b : undefined });
    },
    setMarketplace: (mp: Marketplace) => {
      if (mp !== draft.peek().marketplace) edit({ ...draft.peek(), marketplace: mp });
    },
    addKeywords(terms) {
      const current = draft.peek().keywords;
      const have = new Set(current.map(keywordKey));
      const added: string[] = [];
      for (const raw of terms) {
        const term = raw.trim().slice(0, 200);
        const key = keywordKey(term);
        if (!key || have.has(key) || current.length + added.length >= MAX_KEYWORDS) continue;
        have.add(key);
        added.push(term);
      }
      if (added.length) edit({ ...draft.peek(), keywords: [...current, ...added] });
      return added.length;
    },
    removeKeyword(term) {
      const key = keywordKey(term);
      edit({ ...draft.peek(), keywords: draft.peek().keywords.filter((k) => keywordKey(k) !== key) });
    },
    checkpoint: () => void save(true),
    newDraft() {
      touched = true;
      void save(true);
      load(blankDraft(newId(), deps.read.peek()?.marketplace ?? draft.peek().marketplace), false);
    },
    async openDraft(id) {
      touched = true;
      if (id === draft.peek().id) return;
      void save(true);
      await openStored(id);
    },
    async deleteDraft() {
      touched = true;
      const current = draft.peek();
      saver.discard();
      await saver.idle(); // a save still in flight must not re-create it afterwards
      if (persisted.peek()) {
        const res = await deps.remove(current.id);
        if (!res.ok) {
          saveState.value = { kind: 'error', detail: res.error.message };
          return;
        }
      }
      if (draft.peek().id !== current.id) return;
      const next = sources.drafts.peek().find((d) => d.id !== current.id);
      if (!next || !(await openStored(next.id))) load(blankDraft(newId(), current.marketplace), false);
    },
    startFromPage() {
      const read = deps.read.peek();
      if (!read?.product?.title) return;
      touched = true;
      void save(true);
      saver.load(draftFromProduct(newId(), read.marketplace, read.product), false);
      saver.edit(draft.peek()); // a new draft with text: stored at once, as a version
      void save(true);
    },
    async restore(historyId) {
      const row = await deps.db.draftHistory.get(historyId);
      const current = draft.peek();
      const parsed = DraftRowSchema.safeParse(row?.draft);
      if (!row || row.draftId !== current.id || !parsed.success) return;
      edit({ ...parsed.data, id: current.id });
      void save(true);
    },
    async copy(what: CopyWhat, value: string) {
      if (copyTimer !== undefined) clearTimeout(copyTimer);
      try {
        await deps.copy(value);
        copyState.value = { kind: 'copied', what };
      } catch (err) {
        copyState.value = { kind: 'failed', what, detail: String(err instanceof Error ? err.message : err).slice(0, 200) };
      }
      copyTimer = setTimeout(() => (copyState.value = { kind: 'idle' }), deps.copyShownMs ?? 2500);
    },

    start() {
      cleanups.push(sources.start(), compare.start());
      // Open the newest draft when the panel opens, unless the user has already started one.
      cleanups.push(
        effect(() => {
          const list = sources.drafts.value;
          if (touched || persisted.peek() || !sources.draftsLoaded.value) return;
          touched = true;
          if (list[0]) void openStored(list[0].id);
        }),
      );
    },
    stop() {
      if (saver.dirty) void save(false);
      for (const c of cleanups.splice(0)) c();
      stopSettling();
      cancelIdle();
      if (copyTimer !== undefined) clearTimeout(copyTimer);
    },
    flush: () => save(false),
  };
  return model;
}

function cached<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}
