import type { ReadonlySignal } from '@preact/signals';
import type { DraftRow } from '../../lib/db/schema';
import type { KeywordCoverage, KeywordSuggestion, Marketplace, TitleField, TitleScore } from '../../lib/schema';
import type { AbCompare } from './ab-model';

/**
 * What the workbench view needs: signals to read and actions to call. The side panel
 * builds it (entrypoints/sidepanel/workbench-state.ts) over Dexie and the background;
 * tests build it over a fake database. The views never see either.
 */

/** Amazon shows five bullet points ("About this item"). */
export const AMAZON_BULLETS = 5;

export type SlotKey = 'title' | 'searchTerms' | 'shortTitle' | `bullet${number}`;

/** One editable text of a draft and the rule set it is scored by. */
export interface FieldSlot {
  key: SlotKey;
  field: TitleField;
  /** 0-based, for bullets. */
  bullet?: number;
}

/**
 * The fields a listing has per marketplace: Amazon's title, five bullets and the
 * backend search terms; JD's title and 短标题 (the short title shown in search and on
 * mobile); Taobao/Tmall's title (their 卖点 is not scored by the title rules).
 */
export function slotsFor(marketplace: Marketplace): FieldSlot[] {
  const title: FieldSlot = { key: 'title', field: 'title' };
  switch (marketplace) {
    case 'amazon':
      return [
        title,
        ...Array.from({ length: AMAZON_BULLETS }, (_, i): FieldSlot => ({ key: `bullet${i}`, field: 'bullet', bullet: i })),
        { key: 'searchTerms', field: 'searchTerms' },
      ];
    case 'jd':
      return [title, { key: 'shortTitle', field: 'shortTitle' }];
    case 'taobao':
    case 'tmall':
      return [title];
  }
}

/** The text of one slot of a draft ('' when the draft has none). */
export function slotText(draft: DraftRow, key: SlotKey): string {
  if (key === 'title') return draft.title;
  if (key === 'searchTerms') return draft.searchTerms;
  if (key === 'shortTitle') return draft.shortTitle ?? '';
  return draft.bullets[Number(key.slice('bullet'.length))] ?? '';
}

/** The draft with one slot's text replaced (bullets padded so index i exists). */
export function withSlotText(draft: DraftRow, key: SlotKey, text: string): DraftRow {
  if (key === 'title') return { ...draft, title: text };
  if (key === 'searchTerms') return { ...draft, searchTerms: text };
  if (key === 'shortTitle') return { ...draft, shortTitle: text };
  const i = Number(key.slice('bullet'.length));
  const bullets = [...draft.bullets];
  while (bullets.length <= i) bullets.push('');
  bullets[i] = text;
  return { ...draft, bullets };
}

/**
 * An analysis that may fail: one that throws shows its error where its result would be,
 * and the rest of the workbench still works (design: per-analysis isolation).
 */
export type Analysis<T> = { ok: true; value: T } | { ok: false; error: string };

/** Runs one analysis, catching what it throws. */
export function analyse<T>(run: () => T): Analysis<T> {
  try {
    return { ok: true, value: run() };
  } catch (err) {
    return { ok: false, error: String(err instanceof Error ? err.message : err).slice(0, 300) };
  }
}

/** A title scored beside the draft. */
export interface ScoredTitle {
  id: string;
  title: string;
  /** 'page': the shown tab's product; 'search': a search result; 'seen': a product read earlier. */
  source: 'page' | 'search' | 'seen';
  position?: number;
  sponsored?: boolean;
  /** ms since epoch, for 'seen'. */
  readAt?: number;
  score: Analysis<TitleScore>;
}

export type SaveState =
  | { kind: 'new' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; detail: string };

export type CopyWhat = 'title' | 'all';
export type CopyState = { kind: 'idle' } | { kind: 'copied'; what: CopyWhat } | { kind: 'failed'; what: CopyWhat; detail: string };

export interface DraftSummary {
  id: string;
  name: string;
  title: string;
  marketplace: Marketplace;
  updatedAt: number;
}

export interface HistoryEntry {
  id: number;
  savedAt: number;
  title: string;
}

export interface Workbench {
  draft: ReadonlySignal<DraftRow>;
  /** The draft is in the database (false for a new draft nobody has typed into yet). */
  persisted: ReadonlySignal<boolean>;
  drafts: ReadonlySignal<readonly DraftSummary[]>;
  history: ReadonlySignal<readonly HistoryEntry[]>;
  /** One slot's text; changes only when that slot does. */
  text(key: SlotKey): ReadonlySignal<string>;
  /** One slot's score, recomputed as its text, the brand, keywords or marketplace change. */
  score(key: SlotKey): ReadonlySignal<Analysis<TitleScore>>;
  /** The target keywords against the title. */
  coverage: ReadonlySignal<Analysis<readonly KeywordCoverage[]>>;
  /** The shown tab's product, scored (when it is a product page of the draft's marketplace). */
  livePage: ReadonlySignal<ScoredTitle | undefined>;
  competitors: ReadonlySignal<readonly ScoredTitle[]>;
  /** Suggested terms not yet among the keywords. */
  suggestions: ReadonlySignal<Analysis<readonly KeywordSuggestion[]>>;
  /** The shown tab's product a draft can start from (title present). */
  pageProduct: ReadonlySignal<{ marketplace: Marketplace; title: string } | undefined>;
  saveState: ReadonlySignal<SaveState>;
  copyState: ReadonlySignal<CopyState>;
  /** Two saved drafts of this product scored side by side (ab-model.ts). */
  compare: AbCompare;

  setText(key: SlotKey, text: string): void;
  setName(name: string): void;
  setBrand(brand: string): void;
  setMarketplace(marketplace: Marketplace): void;
  /** Adds terms not already listed (case- and width-insensitive); returns how many were new. */
  addKeywords(terms: readonly string[]): number;
  removeKeyword(term: string): void;
  /** Marks a version-worthy moment (the editor was left): saves now if anything changed. */
  checkpoint(): void;
  newDraft(): void;
  openDraft(id: string): Promise<void>;
  deleteDraft(): Promise<void>;
  startFromPage(): void;
  restore(historyId: number): Promise<void>;
  copy(what: CopyWhat, text: string): Promise<void>;
}
