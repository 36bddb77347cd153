import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { draftsOfProduct, pairOf, withPick, type AbCompare, type AbPair, type AbSide } from '../../components/workbench/ab-model';
import { analyse, type DraftSummary } from '../../components/workbench/model';
import { compareDrafts, minedTerms, type CompareAnalyses } from '../../lib/analyses/title/compare-drafts';
import type { CompetitorTitle } from '../../lib/analyses/title/suggest';
import { DraftRowSchema, listDrafts, type DraftRow, type ListingLensDb } from '../../lib/db';

export interface AbDeps {
  db: ListingLensDb;
  /** The draft in the editor, as typed (its stored row may be a save behind). */
  draft: ReadonlySignal<DraftRow>;
  persisted: ReadonlySignal<boolean>;
  /** Competitors' titles of the draft's marketplace (the workbench's mined titles). */
  competitorTitles: ReadonlySignal<readonly CompetitorTitle[]>;
  analyses: CompareAnalyses;
  openDraft(id: string): Promise<void>;
}

/**
 * A/B drafts over the stored drafts. Nothing is read or scored until the comparison is
 * opened: then the drafts come from Dexie through liveQuery (a save shows at once), the
 * open draft as typed, and competitors' terms are mined once per set of titles — not on
 * every keystroke, which only rescores the fields.
 */
export function createAbCompare(deps: AbDeps): AbCompare & { start(): () => void } {
  const open = signal(false);
  const rows = signal<readonly DraftRow[]>([]);
  const loaded = signal(false);
  const picks = signal<Partial<AbPair>>({});

  const stored = computed(() => {
    const live = deps.draft.value;
    // The open draft as typed stands in for its stored row; unsaved, it is no choice yet.
    // (The editor's copy keeps the updatedAt it was opened with; the stored row's is newer.)
    const all = rows.value.map((r) => (r.id === live.id ? { ...live, updatedAt: Math.max(live.updatedAt, r.updatedAt) } : r));
    if (deps.persisted.value && !all.some((r) => r.id === live.id)) all.unshift(live);
    return draftsOfProduct(live, all);
  });
  const choices = computed((): readonly DraftSummary[] =>
    stored.value.map((d) => ({ id: d.id, name: d.name, title: d.title, marketplace: d.marketplace, updatedAt: d.updatedAt })),
  );
  const pair = computed(() => pairOf(deps.draft.value.id, stored.value, picks.value));
  const marketplace = computed(() => deps.draft.value.marketplace);
  const terms = computed(() => analyse(() => minedTerms(deps.competitorTitles.value, marketplace.value, 20, deps.analyses)));
  const result = computed(() => {
    const p = pair.value;
    if (!open.value || !p) return undefined;
    const byId = (id: string) => stored.value.find((d) => d.id === id)!;
    const mined = terms.value;
    return analyse(() => {
      if (!mined.ok) throw new Error(mined.error);
      return compareDrafts(byId(p.a), byId(p.b), { marketplace: marketplace.value, competitorTerms: mined.value, analyses: deps.analyses });
    });
  });

  return {
    open,
    setOpen: (value) => (open.value = value),
    loaded,
    choices,
    pair,
    pick(side: AbSide, id: string) {
      const p = pair.peek();
      if (p) picks.value = withPick(p, side, id);
    },
    result,
    async use(side: AbSide) {
      const p = pair.peek();
      if (!p) return;
      picks.value = p; // opening B makes it the current draft: the sides must not swap
      await deps.openDraft(p[side]);
    },
    start() {
      let stop = () => {};
      const stopEffect = effect(() => {
        stop();
        stop = () => {};
        if (!open.value) return void (loaded.value = false);
        const sub = liveQuery(() => listDrafts(deps.db)).subscribe({
          next: (list) => {
            rows.value = list.flatMap((r) => {
              const d = DraftRowSchema.safeParse(r);
              return d.success ? [d.data] : [];
            });
            loaded.value = true;
          },
          error: (err: unknown) => console.warn('[Listing Lens] draft comparison query failed:', err),
        });
        stop = () => sub.unsubscribe();
      });
      return () => {
        stopEffect();
        stop();
      };
    },
  };
}
