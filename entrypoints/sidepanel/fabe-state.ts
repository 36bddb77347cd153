import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { pickCompetitors } from '../../components/fabe/competitors';
import type { FabeCompetitor, FabeExportWhat, FabeModel, FabeReviewFeeds, FabeState } from '../../components/fabe/model';
import { analyse, type Analysis } from '../../components/workbench/model';
import * as fabeAnalyses from '../../lib/analyses/fabe';
import { analyseReviews, contradictions, praiseEvidence, reviewInputOf } from '../../lib/analyses/reviews';
import type { ListingLensDb } from '../../lib/db';
import type { FabeTable, Marketplace, PageRead } from '../../lib/schema';
import type { TableBuilder } from './fabe-builder';
import { createExportActions } from './export-actions';
import { watchCompetitorSources } from './fabe-sources';

export type FabeAnalyses = Pick<typeof fabeAnalyses, 'buildFabeTable' | 'gapMatrix' | 'sellingPointDrafts'>;

export interface FabeDeps {
  /** Read only. */
  db: ListingLensDb;
  /** The shown tab's read, when there is one. */
  read: ReadonlySignal<PageRead | undefined>;
  copy(text: string): Promise<void>;
  /** Hands the text to the browser as a file download. */
  download(fileName: string, text: string, type: string): void;
  /** The FABE analyses (tests pass ones that throw; the panel uses lib/analyses/fabe). */
  analyses?: FabeAnalyses;
  /**
   * Builds a read's table; by default `analyses.buildFabeTable`, in this thread. The panel
   * passes its worker (fabe-builder.ts): the table then arrives later, and until it does the
   * product shows as `building` and a competitor is counted in `competitorsBuilding`.
   */
  buildTable?: TableBuilder;
  /** How long "Copied" stays visible. */
  copyShownMs?: number;
}

export interface FabeStateModel extends FabeModel {
  stop(): void;
}

/** 一句话卖点 drafts shown. */
export const DRAFT_LIMIT = 5;

/**
 * The FABE view's model: the shown product's table, its competitors' tables (from
 * Dexie, live), the gap matrix and the drafts as computed signals. Each analysis runs
 * through `analyse`, so one that throws becomes that section's error; the gap matrix and
 * the drafts are built on the table and wait (undefined) when it failed. Tables are kept
 * per read, so a new search result arriving does not rebuild every competitor's table.
 */
export function createFabe(deps: FabeDeps): FabeStateModel {
  const { buildFabeTable, gapMatrix, sellingPointDrafts } = deps.analyses ?? fabeAnalyses;
  const exports = createExportActions<FabeExportWhat>(deps);
  const mineRead = computed(() => {
    const read = deps.read.value;
    return read?.product ? read : undefined;
  });
  // A string, so a re-read of the same product (a late price) does not start a new query.
  const mineKey = computed(() => {
    const p = mineRead.value;
    return p ? `${p.marketplace}\u0000${p.product!.id}` : '';
  });
  const mineRef = computed(() => {
    const key = mineKey.value;
    if (!key) return undefined;
    const [marketplace, id] = key.split('\u0000') as [Marketplace, string];
    return { marketplace, id };
  });
  const watched = watchCompetitorSources(deps.db, mineRef);

  const buildTable = deps.buildTable ?? buildFabeTable;
  type TableResult = Analysis<FabeTable | undefined>;
  let cache = new Map<string, TableResult>();
  /** Reads whose table is on its way. */
  const building = new Set<string>();
  /** The reads the last state asked for: a table that arrives for a read no longer shown is dropped. */
  let wanted = new Set<string>();
  /** Bumped when a table arrives, so `state` looks again. */
  const arrived = signal(0);
  const settle = (key: string, result: TableResult) => {
    building.delete(key);
    if (!wanted.has(key)) return;
    cache.set(key, result);
    arrived.value++;
  };
  /**
   * The read's table, or undefined while it is being built. The build starts here, on the
   * first ask, inside `state`: guarded by `building` and the cache, so asking again starts
   * nothing, and lazy like the rest of the view (nothing is built until the FABE view reads
   * the state).
   */
  const tableOf = (read: PageRead, next: Map<string, TableResult>): TableResult | undefined => {
    const key = `${read.marketplace}\u0000${read.product?.id ?? ''}\u0000${read.readAt}\u0000${read.url}`;
    wanted.add(key);
    let hit = next.get(key) ?? cache.get(key);
    if (!hit && !building.has(key)) {
      const made = analyse(() => buildTable(read));
      if (!made.ok) hit = made;
      else if (!(made.value instanceof Promise)) hit = { ok: true, value: made.value };
      else {
        building.add(key);
        made.value.then(
          (table) => settle(key, { ok: true, value: table }),
          (err: unknown) => settle(key, { ok: false, error: String(err instanceof Error ? err.message : err).slice(0, 300) }),
        );
      }
    }
    if (hit) next.set(key, hit);
    return hit;
  };

  // The review feeds of a table, kept with it: competitors arriving do not re-run them.
  const feeds = new WeakMap<FabeTable, Analysis<FabeReviewFeeds>>();
  const feedsOf = (read: PageRead, table: FabeTable): Analysis<FabeReviewFeeds> => {
    let hit = feeds.get(table);
    if (!hit) {
      hit = analyse(() => {
        const a = analyseReviews(reviewInputOf(read));
        return { reviewCount: a.reviewCount, smallSample: a.smallSample, praise: praiseEvidence(a), contradictions: contradictions(a, table) };
      });
      feeds.set(table, hit);
    }
    return hit;
  };

  const state = computed((): FabeState => {
    void arrived.value;
    const shown = deps.read.value;
    const read = mineRead.value;
    if (!read) return { kind: 'no-product', pageKind: shown?.pageKind };
    const product = read.product!;
    const next = new Map<string, TableResult>();
    wanted = new Set();
    const table = tableOf(read, next);
    const { picks, searchUnread } = pickCompetitors(read, watched.sources.value);
    const competitors: FabeCompetitor[] = [];
    let competitorsBuilding = 0;
    for (const p of picks) {
      const t = tableOf(p.read, next);
      if (!t) competitorsBuilding++;
      else competitors.push({ productId: p.read.product!.id, title: p.read.product!.title, source: p.source, position: p.position, readAt: p.read.readAt, table: t });
    }
    cache = next; // tables of reads no longer shown are dropped
    if (!table) return { kind: 'building', marketplace: read.marketplace, productId: product.id, title: product.title };
    const mine = table.ok ? table.value : undefined;
    const others = competitors.flatMap((c) => (c.table.ok && c.table.value ? [c.table.value] : []));
    return {
      kind: 'product',
      marketplace: read.marketplace,
      productId: product.id,
      title: product.title,
      thin: !product.bullets?.some((b) => b.trim()) && !product.description?.trim(),
      table,
      competitors,
      searchUnread,
      ...(competitorsBuilding ? { competitorsBuilding } : {}),
      gap: mine && analyse(() => gapMatrix(mine, others)),
      drafts: mine && analyse(() => sellingPointDrafts(mine, { limit: DRAFT_LIMIT })),
      ...(mine && read.reviews?.length ? { reviewFeeds: feedsOf(read, mine) } : {}),
    };
  });

  let stopSources: (() => void) | undefined;

  return {
    state,
    exportState: exports.exportState,
    copy: exports.copy,
    download: exports.download,
    open() {
      stopSources ??= watched.start();
    },
    stop() {
      stopSources?.();
      stopSources = undefined;
      exports.stop();
    },
  };
}
